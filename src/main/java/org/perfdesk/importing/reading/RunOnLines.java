package org.perfdesk.importing.reading;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A whole table flattened onto one line (a web page copied without its row breaks): where
 * a long row holds a run of four or more header cells (一级指标 | 二级指标 | 三级指标 | 指标值 | …), the
 * cells before it are one row, the run is the header, and the cells after it are cut into
 * rows as wide as the header, up to the next such run.
 */
final class RunOnLines {

	private static final int LONG = 16;

	private static final Pattern HEADER_WORD = Pattern
		.compile(".*(指标|指标值|完成值|分值|权重|得分|原因|预算数|执行数|执行率|预期|实际|单位|性质|项目资金|资金总额|备注|改进措施).*");

	private RunOnLines() {
	}

	static List<Line> split(List<Line> lines) {
		List<Line> out = new ArrayList<>(lines.size());
		for (Line line : lines) {
			if (!line.table() || line.cells().size() < LONG) {
				out.add(line);
				continue;
			}
			out.addAll(rows(line.cells()));
		}
		return out;
	}

	/**
	 * The grid's width is the longest header run's (the indicator table's header spans
	 * the whole grid); its start fixes where rows begin, so the cells are cut into rows
	 * of that width from there, and what stands before the first boundary is one row.
	 */
	private static List<Line> rows(List<String> cells) {
		int width = 0;
		int at = -1;
		for (int i = 0; i < cells.size(); i++) {
			int run = headerRun(cells, i);
			if (run > width) {
				width = run;
				at = i;
			}
			if (run > 0) {
				i += run - 1;
			}
		}
		if (width < 4) {
			return List.of(new Line(cells, true));
		}
		List<Line> rows = new ArrayList<>();
		int offset = at % width;
		if (offset > 0) {
			rows.add(new Line(cells.subList(0, offset), true));
		}
		chunk(cells.subList(offset, cells.size()), width, rows);
		return rows;
	}

	private static void chunk(List<String> cells, int width, List<Line> rows) {
		for (int k = 0; k < cells.size(); k += width) {
			Line row = new Line(cells.subList(k, Math.min(cells.size(), k + width)), true);
			if (!row.blank()) {
				rows.add(row);
			}
		}
	}

	/** How many of these cells, from the first, are column headings. */
	static int headerWords(List<String> cells) {
		return headerRun(cells, 0);
	}

	/** How many header-like cells start at i (short words naming a column, no digits). */
	private static int headerRun(List<String> cells, int i) {
		int n = 0;
		while (i + n < cells.size()) {
			String c = cells.get(i + n).replace(" ", "");
			if (c.isEmpty() || c.length() > 14 || c.chars().anyMatch(Character::isDigit)
					|| !HEADER_WORD.matcher(c).matches()) {
				break;
			}
			n++;
		}
		return n;
	}

}
