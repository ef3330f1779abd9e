package org.perfdesk.importing.reading;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Text copied from a web page or a Markdown file: a line with two or more pipes is a
 * table row (Markdown's separator rows |---|---| are dropped), a line with tabs is a row
 * split at its tabs, anything else a paragraph.
 */
final class TextFormat {

	private static final Pattern SEPARATOR_CELL = Pattern.compile("\\s*:?-{2,}:?\\s*");

	private TextFormat() {
	}

	static Source read(String text, int maxLines) {
		List<Line> lines = new ArrayList<>();
		List<String> problems = new ArrayList<>();
		// a Word table pasted as text: each cell on a line of its own after a tab, a
		// blank
		// line after each row
		List<String> block = new ArrayList<>();
		for (String raw : text.split("\\r\\n|\\r|\\n", -1)) {
			if (lines.size() >= maxLines) {
				problems.add("文件超过 " + maxLines + " 行，只读取了前 " + maxLines + " 行");
				break;
			}
			if (raw.startsWith("\t") && raw.indexOf('\t', 1) < 0) {
				block.add(Normaliser.normalise(raw));
				continue;
			}
			flush(block, lines);
			Line line = line(raw);
			if (line != null) {
				lines.add(line);
			}
		}
		flush(block, lines);
		return new Source("text", RunOnLines.split(spacedTables(lines)), problems);
	}

	private static void flush(List<String> block, List<Line> lines) {
		if (block.stream().filter(c -> !c.isEmpty()).count() > 1) {
			lines.add(new Line(block, true));
		}
		else if (block.stream().anyMatch(c -> !c.isEmpty())) {
			lines.add(Line.paragraph(block.stream().filter(c -> !c.isEmpty()).findFirst().orElseThrow()));
		}
		block.clear();
	}

	static Line line(String raw) {
		String stripped = raw.strip();
		if (stripped.isEmpty()) {
			return null;
		}
		if (count(stripped, '|') >= 2) {
			String body = stripped;
			if (body.startsWith("|")) {
				body = body.substring(1);
			}
			if (body.endsWith("|")) {
				body = body.substring(0, body.length() - 1);
			}
			String[] parts = body.split("\\|", -1);
			boolean separator = true;
			List<String> cells = new ArrayList<>(parts.length);
			for (String part : parts) {
				separator &= SEPARATOR_CELL.matcher(part).matches() || part.isBlank();
				cells.add(Normaliser.normalise(part));
			}
			if (separator) {
				return null;
			}
			return new Line(cells, true);
		}
		if (raw.indexOf('\t') >= 0) {
			List<String> cells = new ArrayList<>();
			for (String part : raw.split("\\t", -1)) {
				cells.add(Normaliser.normalise(part));
			}
			// empty cells are kept, leading and trailing: they are the columns the row
			// has
			// blank, and what lines it up with its header
			if (cells.stream().filter(c -> !c.isEmpty()).count() > 1) {
				return new Line(cells, true);
			}
		}
		// text copied from a PDF: cells apart by runs of spaces
		String[] spaced = raw.strip().split("(?: {2,}|\u3000+)");
		if (spaced.length >= 3 || spaced.length == 2 && spaced[0].length() <= 20 && spaced[1].length() <= 80) {
			List<String> cells = new ArrayList<>();
			for (String part : spaced) {
				cells.add(Normaliser.normalise(part));
			}
			return new Line(cells, true);
		}
		String text = Normaliser.normalise(raw);
		return text.isEmpty() ? null : Line.paragraph(text);
	}

	/**
	 * Text copied from a PDF with one space between cells: a paragraph whose words are
	 * all column headings (一级指标 二级指标 三级指标 指标值 …) is a header row, and the paragraphs
	 * under it, up to the next blank-free sentence, are rows split at their spaces when
	 * they have about as many words as the header has columns.
	 */
	static List<Line> spacedTables(List<Line> lines) {
		List<Line> out = new ArrayList<>(lines.size());
		int width = 0;
		for (Line line : lines) {
			if (line.table()) {
				width = 0;
				out.add(line);
				continue;
			}
			String[] words = line.text().split(" ");
			if (words.length >= 4 && RunOnLines.headerWords(java.util.Arrays.asList(words)) == words.length) {
				width = words.length;
				out.add(new Line(java.util.Arrays.asList(words), true));
			}
			else if (width > 0 && words.length >= 3 && words.length <= width + 1) {
				out.add(new Line(java.util.Arrays.asList(words), true));
			}
			else {
				width = 0;
				out.add(line);
			}
		}
		return out;
	}

	private static int count(String s, char c) {
		int n = 0;
		for (int i = 0; i < s.length(); i++) {
			if (s.charAt(i) == c) {
				n++;
			}
		}
		return n;
	}

}
