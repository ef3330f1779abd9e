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
		return new Source("text", RunOnLines.split(lines), problems);
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
		String text = Normaliser.normalise(raw);
		return text.isEmpty() ? null : Line.paragraph(text);
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
