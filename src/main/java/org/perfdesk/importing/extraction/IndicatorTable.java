package org.perfdesk.importing.extraction;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.perfdesk.importing.reading.Line;

/**
 * The indicator table of a target or self-evaluation table: found by its header row (一级指标
 * / 二级指标 / 三级指标 or 指标名称, with 指标值, 实际完成值, 分值, 得分 …), then read row by row until its 总分 /
 * 合计 row or the end of the table. Each row is lined up with the header from the left or
 * from the right, whichever puts numbers in the weight and score columns (a merged cell
 * leaves the row short at its left in text copied from a web page). Rows that state only
 * a group and its weight are the group's subtotal, not an indicator.
 */
public final class IndicatorTable {

	enum Column {

		LEVEL1, GROUP_WEIGHT, LEVEL2, NAME, NATURE, TARGET, UNIT, ACTUAL, WEIGHT, SCORE_RATE, SCORE, WEIGHTED, REASON

	}

	/**
	 * Each column's header words, most specific first; a cell takes the first column it
	 * matches.
	 */
	private static final List<Map.Entry<Column, List<String>>> HEADERS = List.of(
			Map.entry(Column.LEVEL1, List.of("一级指标")), Map.entry(Column.LEVEL2, List.of("二级指标")),
			Map.entry(Column.NAME, List.of("三级指标", "指标名称", "具体指标", "指标内容", "关键性指标", "关键指标", "考核内容", "评价要点")),
			Map.entry(Column.NATURE, List.of("指标性质", "指标方向", "运算符", "比较符", "指标值类型", "指标类型", "值类型")),
			Map.entry(Column.REASON, List.of("偏差原因", "原因分析", "未完成原因", "改进措施", "扣分原因", "偏差")),
			Map.entry(Column.ACTUAL,
					List.of("实际完成值", "年度完成值", "全年实际完成值", "实际完成", "完成值", "实际值", "全年完成值", "实际完成情况", "执行情况", "完成情况")),
			Map.entry(Column.TARGET,
					List.of("调整后指标值", "调整指标值", "年度指标值", "预期指标值", "年度目标值", "指标值", "目标值", "预期值", "预期实现值", "绩效标准", "年初指标值",
							"计划值", "标准值")),
			Map.entry(Column.UNIT, List.of("度量单位", "计量单位", "单位")), Map.entry(Column.SCORE_RATE, List.of("得分率", "得分系数")),
			Map.entry(Column.WEIGHTED, List.of("加权得分", "折算得分")),
			Map.entry(Column.WEIGHT, List.of("分值", "权重", "指标权重", "标准分", "满分", "分数")),
			Map.entry(Column.SCORE, List.of("得分", "自评得分", "指标得分", "评分", "实际得分")));

	private static final java.util.regex.Pattern GROUP_WITH_WEIGHT = java.util.regex.Pattern
		.compile("^(.{2,20}?)\\s*[(（]\\s*(\\d{1,3}(?:\\.\\d{1,2})?)\\s*分?\\s*[)）]$");

	private static final List<String> TOTAL_ROW = List.of("总分", "合计", "总计", "综合得分", "自评总分", "得分合计", "分值合计", "自评得分",
			"总得分");

	private static final List<String> STOP = List.of("填表人", "填报人", "联系电话", "单位负责人", "项目负责人", "财务负责人", "评价结论", "说明:",
			"说明", "备注:", "注:", "存在问题", "审核人", "填表说明", "自评结论");

	/**
	 * What was read: the rows, the groups' stated weights, the total row, and whether the
	 * table ended early.
	 */
	public record Result(List<IndicatorLine> rows, Map<String, PrintedNumber> groupWeights,
			Map<String, PrintedNumber> subgroupWeights, PrintedNumber totalWeight, PrintedNumber totalScore,
			boolean hasTotalRow, boolean cutOff, int headerLine, int endLine) {

		/**
		 * The table with its parent rows marked: rows whose weight is exactly the sum of
		 * the rows right below them (其中 …), marked only when the weights then add up to
		 * the table's total (with the weight printed outside the table, the 预算执行 row's)
		 * and did not before, so a table that adds up as printed is left as it is.
		 */
		public Result withParents(BigDecimal outside) {
			return new Result(parents(rows, totalWeight, outside), groupWeights, subgroupWeights, totalWeight,
					totalScore, hasTotalRow, cutOff, headerLine, endLine);
		}

	}

	private IndicatorTable() {
	}

	/** The first indicator table at or after line {@code from}, if there is one. */
	public static Optional<Result> read(List<Line> lines, int from) {
		for (int i = from; i < lines.size(); i++) {
			Map<Column, Integer> columns = header(lines.get(i));
			if (columns != null) {
				return Optional.of(rows(lines, i, columns));
			}
		}
		return Optional.empty();
	}

	static Map<Column, Integer> header(Line line) {
		if (!line.table() || line.cells().size() < 3) {
			return null;
		}
		Map<Column, Integer> columns = new EnumMap<>(Column.class);
		List<String> cells = line.cells();
		for (int c = 0; c < cells.size(); c++) {
			String cell = Cells.compact(cells.get(c));
			if (cell.isEmpty() || cell.length() > 14 || cell.contains("评分标准") || cell.contains("扣分标准")
					|| cell.contains("评分细则") || cell.contains("计分方法") || cell.contains("指标解释")) {
				continue;
			}
			for (Map.Entry<Column, List<String>> h : HEADERS) {
				if (!columns.containsKey(h.getKey()) && h.getValue().stream().anyMatch(cell::contains)
						&& !(h.getKey() == Column.UNIT && !cell.endsWith("单位"))) {
					columns.put(h.getKey(), c);
					break;
				}
			}
		}
		// 年初指标值 | 调整指标值: the target the year was scored against is the adjusted one
		for (int c = 0; c < cells.size(); c++) {
			String cell = Cells.compact(cells.get(c));
			if (cell.contains("调整") && cell.contains("指标值") && !cell.contains("原因")) {
				columns.put(Column.TARGET, c);
				break;
			}
		}
		// 一级指标 | 分值 | 二级指标 | … | 分值 | 得分: the first 分值 is the group's, the second the
		// row's
		if (columns.containsKey(Column.WEIGHT) && columns.containsKey(Column.LEVEL2)
				&& columns.get(Column.WEIGHT) < columns.get(Column.LEVEL2)) {
			for (int c = columns.get(Column.LEVEL2) + 1; c < cells.size(); c++) {
				String cell = Cells.compact(cells.get(c));
				if (cell.equals("分值") || cell.equals("权重") || cell.equals("指标分值")) {
					columns.put(Column.GROUP_WEIGHT, columns.get(Column.WEIGHT));
					columns.put(Column.WEIGHT, c);
					break;
				}
			}
		}
		boolean named = columns.containsKey(Column.LEVEL1) || columns.containsKey(Column.LEVEL2)
				|| columns.containsKey(Column.NAME);
		boolean valued = columns.containsKey(Column.TARGET) || columns.containsKey(Column.ACTUAL)
				|| columns.containsKey(Column.WEIGHT) || columns.containsKey(Column.SCORE);
		return named && valued && columns.size() >= 3 ? columns : null;
	}

	/** A row's cells under the header's columns, and where it came from. */
	private record Placed(List<String> cells, Line line, int index) {
	}

	private static Result rows(List<Line> lines, int headerLine, Map<Column, Integer> columns) {
		Line header = lines.get(headerLine);
		int width = header.cells().size();
		// first the rows as cells under the columns, a PDF's wrapped lines joined to the
		// row
		// they continue; then their meaning
		List<Placed> placed = new ArrayList<>();
		Placed total = null;
		int paragraphs = 0;
		int i = headerLine + 1;
		for (; i < lines.size(); i++) {
			Line line = lines.get(i);
			String first = firstText(line);
			if (Cells.startsWithAny(first, STOP) || !line.table() && KindRecogniser.isTitle(first)) {
				break;
			}
			boolean positioned = line.positions() != null && header.positions() != null;
			if (positioned && !placed.isEmpty() && !totalRow(line) && header(line) == null) {
				List<String> cells = byPosition(line, header);
				if (continuation(cells, columns)) {
					placed.set(placed.size() - 1, joined(placed.get(placed.size() - 1), cells));
					continue;
				}
			}
			if (!line.table()) {
				// the text after the table: a paragraph or two may sit inside it (a note)
				if (++paragraphs > 2) {
					break;
				}
				continue;
			}
			paragraphs = 0;
			if (header(line) != null) {
				// a second header: another table starts here (or the header repeats after
				// a page break)
				if (!placed.isEmpty() && !sameHeader(header(line), columns)) {
					break;
				}
				continue;
			}
			List<String> cells = positioned ? byPosition(line, header) : align(line.cells(), width, columns);
			if (totalRow(line)) {
				total = new Placed(cells, line, i);
				i++;
				break;
			}
			placed.add(new Placed(cells, line, i));
		}
		List<IndicatorLine> rows = new ArrayList<>();
		Map<String, PrintedNumber> groupWeights = new java.util.LinkedHashMap<>();
		Map<String, PrintedNumber> subgroupWeights = new java.util.LinkedHashMap<>();
		String level1 = null;
		String level2 = null;
		for (Placed p : placed) {
			List<String> cells = p.cells();
			String l1 = cell(cells, columns, Column.LEVEL1);
			// 产出指标(50分): the group's name, and its weight
			java.util.regex.Matcher weighted = GROUP_WITH_WEIGHT.matcher(l1);
			if (weighted.matches()) {
				l1 = weighted.group(1).strip();
				PrintedNumber.parse(weighted.group(2)).ifPresent(w -> groupWeights.put(weighted.group(1).strip(), w));
			}
			String l2 = cell(cells, columns, Column.LEVEL2);
			String name = cell(cells, columns, Column.NAME);
			Optional<PrintedNumber> weight = PrintedNumber.parseLenient(cell(cells, columns, Column.WEIGHT));
			Optional<PrintedNumber> score = PrintedNumber.parseLenient(
					cell(cells, columns, columns.containsKey(Column.WEIGHTED) ? Column.WEIGHTED : Column.SCORE));
			if (!Cells.empty(l1)) {
				if (!l1.equals(level1)) {
					level2 = null;
				}
				level1 = l1;
			}
			if (!Cells.empty(l2)) {
				level2 = l2;
			}
			if (name.matches("^[-—=_.·~\\s]{2,}$")) {
				// a rule line left by the copy, not a row
				continue;
			}
			boolean noName = Cells.empty(name) && (columns.containsKey(Column.NAME) || Cells.empty(l2));
			if (noName) {
				// a group's own row: its weight is the subtotal its indicators add up to
				Optional<PrintedNumber> group = columns.containsKey(Column.GROUP_WEIGHT)
						? PrintedNumber.parseLenient(cell(cells, columns, Column.GROUP_WEIGHT)) : weight;
				if (group.isPresent() && !Cells.empty(l1) && Cells.empty(l2)) {
					groupWeights.put(level1, group.get());
				}
				else if (weight.isPresent() && !Cells.empty(l2) && level1 != null) {
					// a level-2 group's own row (决策 / 目标设定 / 10): its indicators add up
					// to it
					subgroupWeights.put(level1 + "/" + l2, weight.get());
				}
				continue;
			}
			if (columns.containsKey(Column.GROUP_WEIGHT) && !Cells.empty(l1)) {
				String group = l1;
				PrintedNumber.parseLenient(cell(cells, columns, Column.GROUP_WEIGHT))
					.ifPresent(w -> groupWeights.put(group, w));
			}
			if (!columns.containsKey(Column.NAME)) {
				name = !Cells.empty(l2) ? l2 : l1;
			}
			String target = joined(cell(cells, columns, Column.NATURE), cell(cells, columns, Column.TARGET),
					cell(cells, columns, Column.UNIT));
			String actual = cell(cells, columns, Column.ACTUAL);
			if (columns.containsKey(Column.UNIT) && Quantity.parse(actual).map(q -> q.unit().isEmpty()).orElse(false)) {
				actual = actual + cell(cells, columns, Column.UNIT);
			}
			rows.add(new IndicatorLine(level1, level2, name.strip(), blankToNull(target), blankToNull(actual),
					weight.orElse(null), score.orElse(null), blankToNull(cell(cells, columns, Column.REASON)), null,
					false, p.index()));
		}
		rows = backFilled(rows);
		PrintedNumber totalWeight = null;
		PrintedNumber totalScore = null;
		if (total != null && !columns.containsKey(Column.WEIGHTED)) {
			// a total row copied without its blanks (总分 100 97.3): its numbers in order
			// are
			// the weight and the score
			List<PrintedNumber> numbers = total.line()
				.cells()
				.stream()
				.map(PrintedNumber::parseLenient)
				.flatMap(Optional::stream)
				.toList();
			boolean placedRight = PrintedNumber.parseLenient(cell(total.cells(), columns, Column.SCORE)).isPresent();
			if (!placedRight && numbers.size() == 2 && columns.containsKey(Column.WEIGHT)
					&& columns.containsKey(Column.SCORE)) {
				List<String> cells = new ArrayList<>(java.util.Collections.nCopies(width, ""));
				cells.set(columns.get(Column.WEIGHT), numbers.get(0).text());
				cells.set(columns.get(Column.SCORE), numbers.get(1).text());
				total = new Placed(cells, total.line(), total.index());
			}
		}
		if (total != null) {
			totalWeight = PrintedNumber.parseLenient(cell(total.cells(), columns, Column.WEIGHT)).orElse(null);
			totalScore = columns.containsKey(Column.SCORE) || columns.containsKey(Column.WEIGHTED) ? PrintedNumber
				.parseLenient(cell(total.cells(), columns,
						columns.containsKey(Column.WEIGHTED) ? Column.WEIGHTED : Column.SCORE))
				.orElse(null) : null;
		}
		boolean cutOff = total == null && i >= lines.size() && !rows.isEmpty();
		return new Result(rows, groupWeights, subgroupWeights, totalWeight, totalScore, total != null, cutOff,
				headerLine, i);
	}

	/**
	 * A PDF line's cells under the heading whose middle is nearest theirs (forms centre
	 * both headings and cells); a cell left of the first heading's column, by more than
	 * half the distance to the second heading, is the table's own label column and
	 * dropped.
	 */
	static List<String> byPosition(Line line, Line header) {
		int width = header.cells().size();
		List<Float> heads = header.positions();
		List<String> cells = new ArrayList<>(java.util.Collections.nCopies(width, ""));
		float firstGap = width > 1 ? heads.get(1) - heads.get(0) : 100f;
		for (int k = 0; k < line.cells().size(); k++) {
			float x = line.positions().get(k);
			if (x < heads.get(0) - firstGap / 2) {
				continue;
			}
			int column = 0;
			for (int c = 1; c < width; c++) {
				if (Math.abs(heads.get(c) - x) < Math.abs(heads.get(column) - x)) {
					column = c;
				}
			}
			cells.set(column,
					cells.get(column).isEmpty() ? line.cells().get(k) : cells.get(column) + line.cells().get(k));
		}
		return cells;
	}

	/**
	 * A wrapped line of the row above: nothing under 分值 or 得分, and the row above had
	 * them.
	 */
	private static boolean continuation(List<String> cells, Map<Column, Integer> columns) {
		for (Column c : List.of(Column.WEIGHT, Column.SCORE, Column.WEIGHTED, Column.TARGET, Column.ACTUAL)) {
			if (columns.containsKey(c) && PrintedNumber.parseLenient(cells.get(columns.get(c))).isPresent()) {
				return false;
			}
		}
		return cells.stream().anyMatch(c -> !c.isEmpty());
	}

	private static Placed joined(Placed above, List<String> wrapped) {
		List<String> cells = new ArrayList<>(above.cells());
		for (int c = 0; c < cells.size() && c < wrapped.size(); c++) {
			if (!wrapped.get(c).isEmpty()) {
				cells.set(c, cells.get(c) + wrapped.get(c));
			}
		}
		return new Placed(cells, above.line(), above.index());
	}

	/**
	 * Rows above the first that names their group get its name: a merged cell printed in
	 * a PDF stands in the middle of the rows it spans, not on the first.
	 */
	private static List<IndicatorLine> backFilled(List<IndicatorLine> rows) {
		List<IndicatorLine> filled = new ArrayList<>(rows);
		String firstLevel1 = rows.stream().map(IndicatorLine::level1).filter(l -> l != null).findFirst().orElse(null);
		for (int k = 0; k < filled.size() && filled.get(k).level1() == null && firstLevel1 != null; k++) {
			filled.set(k, filled.get(k).withLevel1(firstLevel1));
		}
		return filled;
	}

	private static boolean sameHeader(Map<Column, Integer> a, Map<Column, Integer> b) {
		return a.keySet().equals(b.keySet());
	}

	static boolean totalRow(Line line) {
		for (String cell : line.cells()) {
			if (Cells.empty(cell)) {
				continue;
			}
			String c = Cells.compact(cell);
			return TOTAL_ROW.stream().anyMatch(t -> c.equals(t) || c.startsWith(t) && c.length() <= t.length() + 4);
		}
		return false;
	}

	/**
	 * The row's cells placed under the header's columns: as they are when the row is as
	 * wide as the header, else shifted to the right edge or kept at the left, whichever
	 * puts more numbers under 分值 and 得分.
	 */
	static List<String> align(List<String> cells, int width, Map<Column, Integer> columns) {
		if (cells.size() == width) {
			return cells;
		}
		if (cells.size() > width) {
			List<String> left = new ArrayList<>(cells.subList(0, width));
			List<String> right = new ArrayList<>(cells.subList(cells.size() - width, cells.size()));
			return plausibility(right, columns) >= plausibility(left, columns) ? right : left;
		}
		// a shorter row (merged cells left out, or blanks lost in a copy): every offset
		// is
		// tried, the rightmost wins a tie
		List<String> best = null;
		int bestScore = Integer.MIN_VALUE;
		for (int offset = 0; offset <= width - cells.size(); offset++) {
			List<String> placed = new ArrayList<>(java.util.Collections.nCopies(width, ""));
			for (int k = 0; k < cells.size(); k++) {
				placed.set(offset + k, cells.get(k));
			}
			int score = plausibility(placed, columns);
			if (score >= bestScore) {
				bestScore = score;
				best = placed;
			}
		}
		return best;
	}

	private static int plausibility(List<String> cells, Map<Column, Integer> columns) {
		int score = 0;
		for (Column c : List.of(Column.WEIGHT, Column.SCORE)) {
			if (columns.containsKey(c)
					&& PrintedNumber.parseLenient(cells.get(columns.get(c))).filter(n -> !n.percent()).isPresent()) {
				score += 2;
			}
		}
		if (columns.containsKey(Column.LEVEL2) && cells.get(columns.get(Column.LEVEL2)).endsWith("指标")) {
			score++;
		}
		if (columns.containsKey(Column.LEVEL1) && cells.get(columns.get(Column.LEVEL1)).endsWith("指标")) {
			score++;
		}
		if (columns.containsKey(Column.NAME) && !Cells.empty(cells.get(columns.get(Column.NAME)))
				&& PrintedNumber.parse(cells.get(columns.get(Column.NAME))).isEmpty()) {
			score++;
		}
		return score;
	}

	private static String cell(List<String> cells, Map<Column, Integer> columns, Column column) {
		Integer c = columns.get(column);
		return c == null || c >= cells.size() ? "" : cells.get(c).strip();
	}

	private static String firstText(Line line) {
		return line.cells().stream().filter(c -> !Cells.empty(c)).findFirst().orElse("");
	}

	/** 指标性质 ≥, 指标值 50, 度量单位 个 as "≥50个"; a target that has them already is kept. */
	static String joined(String nature, String target, String unit) {
		String t = target.strip();
		if (t.isEmpty()) {
			return "";
		}
		String sign = switch (Cells.compact(nature)) {
			case "≥", "正向", "大于等于", "不低于" -> "≥";
			case "≤", "反向", "小于等于", "不高于" -> "≤";
			case "=", "等于" -> "=";
			case ">" -> ">";
			case "<" -> "<";
			default -> "";
		};
		boolean hasSign = t.startsWith("≥") || t.startsWith("≤") || t.startsWith("=") || t.startsWith(">")
				|| t.startsWith("<");
		String u = Cells.empty(unit) || t.endsWith(unit.strip()) ? "" : unit.strip();
		if (PrintedNumber.parse(t).isEmpty() && !hasSign) {
			// a qualitative value: no sign or unit is added to words
			return Quantity.parse(t).isPresent() ? sign + t + u : t;
		}
		return (hasSign ? "" : sign) + t + u;
	}

	private static String blankToNull(String s) {
		return Cells.empty(s) ? null : s;
	}

	static List<IndicatorLine> parents(List<IndicatorLine> rows, PrintedNumber totalWeight, BigDecimal outside) {
		if (totalWeight == null || rows.stream().anyMatch(r -> r.weight() == null)) {
			return rows;
		}
		BigDecimal sum = rows.stream().map(r -> r.weight().value()).reduce(outside, BigDecimal::add);
		if (sum.compareTo(totalWeight.value()) == 0) {
			return rows;
		}
		List<IndicatorLine> marked = new ArrayList<>(rows);
		BigDecimal excluded = BigDecimal.ZERO;
		for (int p = 0; p < marked.size(); p++) {
			BigDecimal children = BigDecimal.ZERO;
			for (int c = p + 1; c < marked.size(); c++) {
				children = children.add(marked.get(c).weight().value());
				int cmp = children.compareTo(marked.get(p).weight().value());
				if (cmp == 0 && c > p + 1) {
					excluded = excluded.add(marked.get(p).weight().value());
					marked.set(p, marked.get(p).asParent());
					for (int k = p + 1; k <= c; k++) {
						marked.set(k, marked.get(k).withParent(marked.get(p).name()));
					}
					p = c;
					break;
				}
				if (cmp > 0) {
					break;
				}
			}
		}
		return sum.subtract(excluded).compareTo(totalWeight.value()) == 0 ? marked : rows;
	}

}
