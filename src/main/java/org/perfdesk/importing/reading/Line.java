package org.perfdesk.importing.reading;

import java.util.List;

/**
 * One line of a document as read: a row of a table (its cells, left to right, a merged
 * cell's text in its first column and empty cells after it) or a paragraph (one cell).
 * Every cell is already normalised ({@link Normaliser}). A line read from a PDF also has
 * each cell's left edge on the page ({@code positions}, in points), which places its
 * cells under the header's columns however many cells the row left out.
 */
public record Line(List<String> cells, boolean table, List<Float> positions) {

	public Line {
		cells = List.copyOf(cells);
		positions = positions == null ? null : List.copyOf(positions);
	}

	public Line(List<String> cells, boolean table) {
		this(cells, table, null);
	}

	public static Line paragraph(String text) {
		return new Line(List.of(text), false);
	}

	/** The cells joined by a space, for searching a line as a sentence. */
	public String text() {
		return String.join(" ", cells).strip();
	}

	public boolean blank() {
		return cells.stream().allMatch(String::isBlank);
	}

}
