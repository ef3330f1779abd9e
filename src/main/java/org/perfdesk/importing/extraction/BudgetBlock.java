package org.perfdesk.importing.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.perfdesk.importing.reading.Line;

/**
 * The money block of a table: 年初预算数, 全年预算数 (调整后), 全年执行数 (实际支出), 执行率, and the execution
 * row's 分值 and 得分, as printed. Read either as a header row over a data row (the 项目资金
 * block of a 项目支出绩效自评表, whose first data row is 年度资金总额 and whose other rows are fund
 * sources), or as label-value pairs side by side (整体支出年度预算数 | 1103.35).
 */
public final class BudgetBlock {

	enum Field {

		INITIAL, FULL_YEAR, SPENT, RATE, WEIGHT, SCORE

	}

	private static final List<Map.Entry<Field, List<String>>> LABELS = List.of(
			Map.entry(Field.INITIAL, List.of("年初预算数", "年初预算", "年初数", "整体支出年初预算数", "年初安排")),
			Map.entry(Field.RATE, List.of("预算执行率", "执行率", "预算完成率", "资金执行率", "支出进度")),
			Map.entry(Field.FULL_YEAR,
					List.of("全年预算数", "调整后预算数", "调整后预算", "全年预算", "年度预算数", "整体支出年度预算数", "全年调整预算数", "预算数调整后", "全年可用资金",
							"预算数")),
			Map.entry(Field.SPENT,
					List.of("全年执行数", "实际支出数", "实际支出", "预算执行数", "实际执行数", "执行数", "支出数", "决算数", "全年支出数", "实际使用")),
			Map.entry(Field.WEIGHT, List.of("分值", "权重")), Map.entry(Field.SCORE, List.of("得分")));

	private static final List<String> TOTAL_ROW = List.of("年度资金总额", "资金总额", "合计", "总额", "总计", "年度资金", "项目资金总额");

	/**
	 * A column of the money block that states its fund sources: the total row's figure
	 * (年度资金总额) and the source rows' (当年财政拨款, 上年结转资金, 其他资金) under it.
	 */
	public record Sum(String label, PrintedNumber total, List<PrintedNumber> parts) {
	}

	private static final List<String> SOURCE_ROW = List.of("财政拨款", "当年财政", "上年结转", "结转资金", "其他资金", "自有资金", "事业收入",
			"经营收入", "单位资金", "财政专户", "政府性基金", "一般公共预算");

	/** The block as printed; a field not found is null. */
	public record Result(PrintedNumber initial, PrintedNumber fullYear, PrintedNumber spent, PrintedNumber rate,
			PrintedNumber weight, PrintedNumber score, int line, List<Sum> sums) {

		public Result {
			sums = sums == null ? List.of() : List.copyOf(sums);
		}

		boolean any() {
			return initial != null || fullYear != null || spent != null || rate != null;
		}

	}

	private BudgetBlock() {
	}

	public static Optional<Result> read(List<Line> lines, int until) {
		for (int i = 0; i < Math.min(until, lines.size()); i++) {
			Line line = lines.get(i);
			if (!line.table()) {
				continue;
			}
			Map<Field, Integer> header = header(line);
			if (header.size() >= 2
					&& header.keySet().stream().filter(f -> f.ordinal() <= Field.SPENT.ordinal()).count() >= 2
					&& valuesBesideLabels(line, header).isEmpty()) {
				Optional<Result> below = below(lines, i, header, until);
				if (below.isPresent()) {
					return below;
				}
			}
		}
		return pairs(lines, until);
	}

	static Map<Field, Integer> header(Line line) {
		Map<Field, Integer> fields = new java.util.EnumMap<>(Field.class);
		List<String> cells = line.cells();
		for (int c = 0; c < cells.size(); c++) {
			String cell = Cells.compact(cells.get(c));
			if (cell.isEmpty() || cell.length() > 16) {
				continue;
			}
			for (Map.Entry<Field, List<String>> label : LABELS) {
				if (!fields.containsKey(label.getKey()) && label.getValue().stream().anyMatch(cell::contains)
						&& !(label.getKey() == Field.SCORE && cell.contains("分值"))) {
					fields.put(label.getKey(), c);
					break;
				}
			}
		}
		return fields;
	}

	/** Label-value pairs: a label whose right neighbour is a number. */
	private static List<Integer> valuesBesideLabels(Line line, Map<Field, Integer> header) {
		List<Integer> found = new ArrayList<>();
		for (int c : header.values()) {
			if (c + 1 < line.cells().size() && PrintedNumber.parse(line.cells().get(c + 1)).isPresent()) {
				found.add(c);
			}
		}
		return found;
	}

	private static Optional<Result> below(List<Line> lines, int headerLine, Map<Field, Integer> header, int until) {
		int width = lines.get(headerLine).cells().size();
		Line chosen = null;
		int at = -1;
		for (int j = headerLine + 1; j < Math.min(lines.size(), Math.min(until, headerLine + 7)); j++) {
			Line row = lines.get(j);
			if (!row.table()) {
				continue;
			}
			long numbers = row.cells().stream().filter(c -> PrintedNumber.parse(c).isPresent()).count();
			if (numbers < 2) {
				continue;
			}
			boolean total = row.cells().stream().anyMatch(c -> Cells.containsAny(c, TOTAL_ROW));
			if (chosen == null || total) {
				chosen = row;
				at = j;
			}
			if (total) {
				break;
			}
		}
		if (chosen == null) {
			return Optional.empty();
		}
		List<String> cells = align(chosen.cells(), width, header);
		Result result = new Result(number(cells, header, Field.INITIAL), number(cells, header, Field.FULL_YEAR),
				number(cells, header, Field.SPENT), number(cells, header, Field.RATE),
				number(cells, header, Field.WEIGHT), number(cells, header, Field.SCORE), at,
				sums(lines, at, width, header, cells));
		return result.any() ? Optional.of(result) : Optional.empty();
	}

	/**
	 * The fund-source rows right under the total row, per amount column: a sum is stated
	 * only where the total and every source row print a figure in that column (a blank is
	 * not read as 0: it proves nothing).
	 */
	private static List<Sum> sums(List<Line> lines, int totalLine, int width, Map<Field, Integer> header,
			List<String> totalCells) {
		List<List<String>> sources = new ArrayList<>();
		for (int j = totalLine + 1; j < Math.min(lines.size(), totalLine + 8); j++) {
			Line row = lines.get(j);
			if (!row.table() || row.cells().stream().noneMatch(c -> Cells.containsAny(c, SOURCE_ROW))) {
				break;
			}
			sources.add(align(row.cells(), width, header));
		}
		List<Sum> sums = new ArrayList<>();
		if (sources.size() < 2) {
			return sums;
		}
		for (Field f : List.of(Field.INITIAL, Field.FULL_YEAR, Field.SPENT)) {
			PrintedNumber total = number(totalCells, header, f);
			List<PrintedNumber> parts = sources.stream().map(c -> number(c, header, f)).toList();
			if (total != null && parts.stream().allMatch(java.util.Objects::nonNull)) {
				sums.add(new Sum(label(f), total, parts));
			}
		}
		return sums;
	}

	private static String label(Field f) {
		return switch (f) {
			case INITIAL -> "年初预算数";
			case FULL_YEAR -> "全年预算数";
			default -> "全年执行数";
		};
	}

	/**
	 * Lined up from the right when the data row is narrower (its row label was merged
	 * away).
	 */
	private static List<String> align(List<String> cells, int width, Map<Field, Integer> header) {
		if (cells.size() == width) {
			return cells;
		}
		List<String> right = new ArrayList<>();
		for (int k = 0; k < width - cells.size(); k++) {
			right.add("");
		}
		right.addAll(cells.subList(Math.max(0, cells.size() - width), cells.size()));
		return right;
	}

	private static PrintedNumber number(List<String> cells, Map<Field, Integer> header, Field field) {
		Integer c = header.get(field);
		if (c == null || c >= cells.size()) {
			return null;
		}
		Optional<PrintedNumber> n = PrintedNumber.parse(cells.get(c));
		if (field == Field.RATE) {
			return n.orElse(null);
		}
		return n.filter(x -> !x.percent()).orElse(null);
	}

	private static Optional<Result> pairs(List<Line> lines, int until) {
		PrintedNumber[] found = new PrintedNumber[Field.values().length];
		int at = -1;
		for (int i = 0; i < Math.min(until, lines.size()); i++) {
			Line line = lines.get(i);
			if (!line.table()) {
				continue;
			}
			List<String> cells = line.cells();
			for (int c = 0; c + 1 < cells.size(); c++) {
				String cell = Cells.compact(cells.get(c));
				if (cell.isEmpty() || cell.length() > 16) {
					continue;
				}
				for (Map.Entry<Field, List<String>> label : LABELS) {
					Field f = label.getKey();
					if (f == Field.WEIGHT || f == Field.SCORE || found[f.ordinal()] != null) {
						continue;
					}
					if (label.getValue().stream().anyMatch(cell::contains)) {
						Optional<PrintedNumber> value = PrintedNumber.parse(cells.get(c + 1));
						if (value.isPresent() && (f == Field.RATE) == value.get().percent()) {
							found[f.ordinal()] = value.get();
							at = at < 0 ? i : at;
						}
						break;
					}
				}
			}
		}
		Result result = new Result(found[0], found[1], found[2], found[3], null, null, at, List.of());
		return result.any() ? Optional.of(result) : Optional.empty();
	}

}
