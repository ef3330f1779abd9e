package org.perfdesk.importing.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.perfdesk.consistency.Attainment;
import org.perfdesk.consistency.CheckSeverity;
import org.perfdesk.consistency.ConsistencyChecker;
import org.perfdesk.consistency.Direction;
import org.perfdesk.consistency.Figure;
import org.perfdesk.consistency.Finding;
import org.perfdesk.consistency.IndicatorRow;
import org.perfdesk.consistency.PrintedRate;
import org.perfdesk.consistency.PrintedTable;
import org.perfdesk.consistency.StatedSum;

/**
 * The consistency checker on a document read from outside, held to what its own figures
 * prove. Only the arithmetic and contradiction checks are kept (a missing reason is not
 * an error of the document's figures); a table cut off proves nothing about its totals,
 * so they are not checked; a score that departs from the proportional formula is a
 * warning, since regions score by other rules too; a row the document marks as met is
 * left to MET_BUT_DEDUCTED rather than also reported as not proportional.
 */
public final class ImportChecks {

	static final Set<String> KEPT = Set.of("RATE_MISMATCH", "SUM_MISMATCH", "WEIGHT_TOTAL_MISMATCH",
			"TOTAL_SCORE_MISMATCH", "MET_BUT_DEDUCTED", "MISSED_BUT_FULL", "SCORE_NOT_PROPORTIONAL");

	private static final ConsistencyChecker CHECKER = new ConsistencyChecker();

	private ImportChecks() {
	}

	public static List<Finding> check(String name, BudgetBlock.Result budget, IndicatorTable.Result table,
			Narrative.Result narrative) {
		boolean executionInTable = table != null
				&& table.rows().stream().anyMatch(r -> r.name().contains("执行率") || r.name().contains("预算执行"));
		boolean executionOutside = budget != null && budget.weight() != null && !executionInTable;
		List<Finding> with = kept(printed(name, budget, table, narrative, executionOutside));
		List<Finding> subgroups = subgroups(name, table);
		if (!executionOutside) {
			return joined(with, subgroups);
		}
		// Whether the 预算执行 row's points count in the table's total is the form's choice:
		// where leaving them out makes the totals add up, the figures prove nothing wrong
		List<Finding> without = kept(printed(name, budget, table, narrative, false));
		return joined(totals(without) < totals(with) ? without : with, subgroups);
	}

	private static List<Finding> joined(List<Finding> a, List<Finding> b) {
		List<Finding> all = new ArrayList<>(a);
		all.addAll(b);
		return all;
	}

	/**
	 * The level-2 groups' stated weights (决策 / 目标设定 10), each against its own rows: the
	 * same exact comparison as the level-1 groups', on a table whose groups are the
	 * level-2 ones.
	 */
	private static List<Finding> subgroups(String name, IndicatorTable.Result table) {
		if (table == null || table.cutOff() || !table.hasTotalRow() || table.subgroupWeights().isEmpty()) {
			return List.of();
		}
		PrintedTable.Builder printed = PrintedTable.builder(name);
		for (IndicatorLine line : table.rows()) {
			if (!line.isParent()) {
				printed.row(IndicatorRow.of(line.level1() + "/" + line.level2(), line.name(),
						line.weight() == null ? null : line.weight().plain(),
						line.score() == null ? null : line.score().plain()));
			}
		}
		table.subgroupWeights().forEach((group, weight) -> printed.subtotal(group, weight.plain()));
		List<Finding> found = new ArrayList<>();
		for (Finding f : CHECKER.check(printed.build())) {
			if (f.code().equals("WEIGHT_TOTAL_MISMATCH")) {
				found.add(f);
			}
		}
		return found;
	}

	private static long totals(List<Finding> findings) {
		return findings.stream()
			.filter(f -> f.code().equals("TOTAL_SCORE_MISMATCH") || f.code().equals("WEIGHT_TOTAL_MISMATCH"))
			.count();
	}

	private static List<Finding> kept(PrintedTable table) {
		List<Finding> kept = new ArrayList<>();
		for (Finding f : CHECKER.check(table)) {
			if (!KEPT.contains(f.code())) {
				continue;
			}
			kept.add(f.code().equals("SCORE_NOT_PROPORTIONAL")
					? new Finding(f.code(), CheckSeverity.WARNING, f.message()) : f);
		}
		return kept;
	}

	private static PrintedTable printed(String name, BudgetBlock.Result budget, IndicatorTable.Result table,
			Narrative.Result narrative, boolean executionRow) {
		PrintedTable.Builder printed = PrintedTable.builder(name);
		if (budget != null) {
			rate(budget.rate(), budget.spent(), budget.fullYear()).ifPresent(printed::rate);
			for (BudgetBlock.Sum sum : budget.sums()) {
				List<Figure> parts = new ArrayList<>();
				for (int k = 0; k < sum.parts().size(); k++) {
					parts.add(Figure.of("资金来源" + (k + 1), sum.parts().get(k).plain()));
				}
				printed.sum(new StatedSum(Figure.of("年度资金总额的" + sum.label(), sum.total().plain()), parts));
			}
		}
		else if (narrative != null && narrative.spent() != null && narrative.fullYear() != null
				&& narrative.spent().unit().equals(narrative.fullYear().unit())) {
			rate(narrative.rate(), narrative.spent().number(), narrative.fullYear().number()).ifPresent(printed::rate);
		}
		if (table != null && !table.rows().isEmpty()) {
			if (executionRow) {
				printed.row(IndicatorRow.of("预算执行", "预算执行率", budget.weight().plain(),
						budget.score() == null ? null : budget.score().plain()));
			}
			int weightDecimals = decimals(table.rows().stream().map(IndicatorLine::weight).toList());
			int scoreDecimals = decimals(table.rows().stream().map(IndicatorLine::score).toList());
			for (IndicatorLine line : table.rows()) {
				if (!line.isParent()) {
					printed.row(row(line, weightDecimals, scoreDecimals));
				}
			}
			if (!table.cutOff() && table.hasTotalRow()) {
				if (table.totalWeight() != null) {
					printed.formTotalWeight(table.totalWeight().plain());
				}
				if (table.totalScore() != null) {
					printed.printedTotalScore(table.totalScore().plain());
				}
				table.groupWeights().forEach((group, weight) -> printed.subtotal(group, weight.plain()));
			}
		}
		return printed.build();
	}

	private static Optional<PrintedRate> rate(PrintedNumber rate, PrintedNumber spent, PrintedNumber fullYear) {
		if (rate == null || spent == null || fullYear == null) {
			return Optional.empty();
		}
		return Optional.of(PrintedRate.of("执行率", rate.plain(), Figure.of("全年执行数", spent.plain()),
				Figure.of("全年预算数", fullYear.plain())));
	}

	/**
	 * A column's precision is its most precise figure's: where one score is printed as
	 * 9.5, a 10 in the same column is 10.0, not anything from 9.5 to 10.5.
	 */
	static int decimals(List<PrintedNumber> column) {
		return column.stream().filter(java.util.Objects::nonNull).mapToInt(PrintedNumber::decimals).max().orElse(0);
	}

	static IndicatorRow row(IndicatorLine line, int weightDecimals, int scoreDecimals) {
		Attainment attainment = Attainments.of(line.level2(), line.target(), line.actual());
		IndicatorRow row = new IndicatorRow(line.level1(), line.name(), figure("分值", line.weight(), weightDecimals),
				figure("得分", line.score(), scoreDecimals), Direction.QUALITATIVE, null, null, line.target(),
				line.actual(), attainment, line.reason(), null);
		Optional<Quantity> target = Quantity.parse(line.target());
		Optional<Quantity> actual = Quantity.parse(line.actual());
		boolean full = line.weight() != null && line.score() != null
				&& line.score().value().compareTo(line.weight().value()) >= 0;
		// a missed row with full points is MISSED_BUT_FULL's, not also a proportion wrong
		if (attainment == Attainment.MISSED && !full && target.isPresent() && actual.isPresent()
				&& target.get().comparator() != Quantity.Comparator.AT_MOST
				&& target.get().comparator() != Quantity.Comparator.LESS
				&& Attainments.sameUnit(target.get().unit(), actual.get().unit())) {
			// a floor that was missed: the score should be W × B ÷ A
			return row.numeric(Direction.POSITIVE, Figure.of("年度指标值", target.get().value().toPlainString()),
					Figure.of("实际完成值", actual.get().value().toPlainString()), line.target(), line.actual());
		}
		return row;
	}

	private static Figure figure(String label, PrintedNumber number, int decimals) {
		return number == null ? Figure.missing(label)
				: Figure.of(label, number.value().setScale(Math.max(decimals, number.decimals())).toPlainString());
	}

}
