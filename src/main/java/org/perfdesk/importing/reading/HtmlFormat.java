package org.perfdesk.importing.reading;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * A published web page: its tables as rows with row and column spans laid out on a grid
 * (a spanned cell's text in its first place, the others empty, as in a .docx), and the
 * text of its other blocks as paragraphs. Scripts, styles and navigation are dropped.
 */
final class HtmlFormat {

	private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "section",
			"article", "td", "th", "caption", "title", "center", "blockquote", "pre", "dd", "dt");

	private HtmlFormat() {
	}

	static Source read(String html, int maxLines) {
		Document document = Jsoup.parse(html);
		document.select("script, style, noscript, nav, header nav, iframe").remove();
		List<Line> lines = new ArrayList<>();
		StringBuilder paragraph = new StringBuilder();
		walk(document.body() != null ? document.body() : document, lines, paragraph, maxLines);
		flush(paragraph, lines);
		List<String> problems = lines.size() >= maxLines ? List.of("网页超过 " + maxLines + " 行，只读取了前 " + maxLines + " 行")
				: List.of();
		String title = document.title();
		if (!title.isBlank() && (lines.isEmpty() || !lines.get(0).text().contains(Normaliser.normalise(title)))) {
			lines.add(0, Line.paragraph(Normaliser.normalise(title)));
		}
		return new Source("html", lines, problems);
	}

	private static void walk(Node node, List<Line> lines, StringBuilder paragraph, int maxLines) {
		for (Node child : node.childNodes()) {
			if (lines.size() >= maxLines) {
				return;
			}
			if (child instanceof TextNode t) {
				paragraph.append(t.getWholeText());
			}
			else if (child instanceof Element e) {
				String tag = e.normalName();
				if (tag.equals("table")) {
					flush(paragraph, lines);
					table(e, lines, maxLines);
				}
				else if (tag.equals("br")) {
					flush(paragraph, lines);
				}
				else if (BLOCKS.contains(tag)) {
					flush(paragraph, lines);
					walk(e, lines, paragraph, maxLines);
					flush(paragraph, lines);
				}
				else {
					walk(e, lines, paragraph, maxLines);
				}
			}
		}
	}

	private static void flush(StringBuilder paragraph, List<Line> lines) {
		String text = Normaliser.normalise(paragraph.toString());
		if (!text.isEmpty()) {
			lines.add(Line.paragraph(text));
		}
		paragraph.setLength(0);
	}

	/** No table is read wider than this, as in a sheet. */
	private static final int MAX_COLUMNS = 60;

	private static void table(Element table, List<Line> lines, int maxLines) {
		// the rows of this table only, not of a table nested in one of its cells; the
		// grid
		// is bounded in rows and columns, so spans cannot make it large
		List<Element> rows = table.select("tr")
			.stream()
			.filter(r -> r.closest("table") == table)
			.limit(Math.max(0, maxLines - lines.size()))
			.toList();
		Map<Integer, Map<Integer, Boolean>> taken = new HashMap<>();
		for (int r = 0; r < rows.size(); r++) {
			List<String> cells = new ArrayList<>();
			int column = 0;
			for (Element cell : rows.get(r).children()) {
				if (!cell.normalName().equals("td") && !cell.normalName().equals("th")) {
					continue;
				}
				while (column < MAX_COLUMNS && taken.getOrDefault(r, Map.of()).containsKey(column)) {
					cells.add("");
					column++;
				}
				if (column >= MAX_COLUMNS) {
					break;
				}
				int colspan = span(cell.attr("colspan"));
				int rowspan = span(cell.attr("rowspan"));
				cells.add(Normaliser.normalise(cell.wholeText()));
				for (int c = 1; c < colspan && column + c < MAX_COLUMNS; c++) {
					cells.add("");
				}
				for (int down = 1; down < rowspan && r + down < rows.size(); down++) {
					for (int c = 0; c < colspan && column + c < MAX_COLUMNS; c++) {
						taken.computeIfAbsent(r + down, k -> new HashMap<>()).put(column + c, true);
					}
				}
				column += colspan;
			}
			while (column < MAX_COLUMNS && taken.getOrDefault(r, Map.of()).containsKey(column)) {
				cells.add("");
				column++;
			}
			Line line = new Line(cells, true);
			if (!line.blank()) {
				lines.add(line);
			}
		}
	}

	/** A span attribute, bounded: a page cannot make one cell a million columns wide. */
	private static int span(String attribute) {
		try {
			int n = Integer.parseInt(attribute.strip());
			return Math.max(1, Math.min(n, 50));
		}
		catch (NumberFormatException e) {
			return 1;
		}
	}

}
