package org.perfdesk.importing.reading;

import java.util.List;

/**
 * A document reduced to what extraction needs whatever its format: its lines in reading
 * order, each a paragraph or a table row, and what was noticed while reading (a table cut
 * off, pages or rows beyond the limits).
 */
public record Source(String format, List<Line> lines, List<String> problems) {

	public Source {
		lines = List.copyOf(lines);
		problems = List.copyOf(problems);
	}

	/** The whole text, one line per line, cells separated by a space. */
	public String text() {
		StringBuilder s = new StringBuilder();
		for (Line line : lines) {
			s.append(line.text()).append('\n');
		}
		return s.toString();
	}

}
