package org.perfdesk.importing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The source text cut into pieces, each value that was read marked at its first place in
 * the text (项目名称, 全年预算数 …, each indicator's name), so the preview shows where every value
 * came from. Marks never overlap: a later value inside an earlier one's mark is not
 * marked again.
 */
public final class SourceMarks {

	/** A piece of the text; {@code label} names the value it is, null for plain text. */
	public record Piece(String text, String label) {
	}

	/** A value to find, with its label. */
	public record Value(String label, String text) {
	}

	private SourceMarks() {
	}

	public static List<Piece> mark(String source, List<Value> values) {
		record Mark(int start, int end, String label) {
		}
		List<Mark> marks = new ArrayList<>();
		for (Value v : values) {
			if (v.text() == null || v.text().isBlank() || v.text().length() > 300) {
				continue;
			}
			int from = 0;
			while (true) {
				int at = source.indexOf(v.text(), from);
				if (at < 0) {
					break;
				}
				int end = at + v.text().length();
				boolean free = marks.stream().noneMatch(m -> at < m.end() && m.start() < end);
				if (free) {
					marks.add(new Mark(at, end, v.label()));
					break;
				}
				from = at + 1;
			}
		}
		marks.sort(Comparator.comparingInt(Mark::start));
		List<Piece> pieces = new ArrayList<>();
		int at = 0;
		for (Mark m : marks) {
			if (m.start() > at) {
				pieces.add(new Piece(source.substring(at, m.start()), null));
			}
			pieces.add(new Piece(source.substring(m.start(), m.end()), m.label()));
			at = m.end();
		}
		if (at < source.length()) {
			pieces.add(new Piece(source.substring(at), null));
		}
		return pieces;
	}

}
