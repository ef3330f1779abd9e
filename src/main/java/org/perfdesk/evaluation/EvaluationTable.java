package org.perfdesk.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import org.perfdesk.budget.FundSource;
import org.perfdesk.consistency.Attainment;
import org.perfdesk.consistency.Direction;
import org.perfdesk.consistency.Figure;
import org.perfdesk.consistency.IndicatorRow;
import org.perfdesk.consistency.PrintedRate;
import org.perfdesk.consistency.PrintedTable;
import org.perfdesk.consistency.StatedSum;
import org.perfdesk.evaluation.scoring.Qualitative;
import org.perfdesk.evaluation.scoring.ScoredItem;
import org.perfdesk.evaluation.scoring.ScoringSettings;
import org.perfdesk.execution.SourceAmounts;
import org.perfdesk.indicator.Comparison;
import org.perfdesk.indicator.TargetValue;
import org.perfdesk.shared.Amount;

/**
 * A stored self-evaluation as the consistency checker reads a table
 * ({@link PrintedTable}): the 预算执行 row and the indicator rows with 分值, 得分 as it counts,
 * 指标性质, A and B where they are numbers and the texts as typed; the 执行率 of the total and
 * of each fund source as rates; 年度资金总额 = 当年财政拨款 + 上年结转 + 其他资金 for each money column as
 * sums; the form's 100 分值 and the 总分. Amounts are in 万元 with two decimals, as printed.
 */
final class EvaluationTable {

	static final String EXECUTION_GROUP = "预算执行";

	static final String EXECUTION_ROW = "预算执行率";

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private EvaluationTable() {
	}

	static PrintedTable of(SelfEvaluation e, String name, ScoringSettings settings) {
		var table = PrintedTable.builder(name).formTotalWeight("100").printedTotalScore(text(e.total()));
		table.row(executionRow(e, settings));
		for (EvaluatedIndicator row : e.indicators()) {
			table.row(indicatorRow(row, e.fiscalYear()));
		}
		Figure budget = wan("全年预算数", e.fullYearBudget().total());
		Figure executed = wan("全年执行数", e.executed().total());
		rate(table, "执行率", e.executionRate(), executed, budget);
		for (FundSource source : FundSource.values()) {
			rate(table, "执行率（" + source.label() + "）", e.executionRate(source),
					wan("全年执行数（" + source.label() + "）", e.executed().of(source)),
					wan("全年预算数（" + source.label() + "）", e.fullYearBudget().of(source)));
		}
		sum(table, "年初预算数", e.initialBudget());
		sum(table, "全年预算数", e.fullYearBudget());
		sum(table, "全年执行数", e.executed());
		return table.build();
	}

	private static IndicatorRow executionRow(SelfEvaluation e, ScoringSettings settings) {
		IndicatorRow row = IndicatorRow.of(EXECUTION_GROUP, EXECUTION_ROW, text(e.executionWeight()),
				text(e.executionScore()));
		String budgetText = e.fullYearBudget().total().formatWan(2);
		String executedText = e.executed().total().formatWan(2);
		// the proportional rule is W × min(1, B ÷ A) with A = 全年预算数 and B = 全年执行数; tiers
		// are not proportional
		row = settings.tiered() ? row.texts(budgetText, executedText) : row.numeric(Direction.POSITIVE,
				wan("全年预算数", e.fullYearBudget().total()), wan("全年执行数", e.executed().total()), budgetText, executedText);
		row = row.reason(e.executionReason());
		return e.executionOverride() == null ? row : row.adjusted(e.executionOverride().reason());
	}

	private static IndicatorRow indicatorRow(EvaluatedIndicator r, int fiscalYear) {
		IndicatorRow row = IndicatorRow.of(r.category().label(), r.name(), text(r.weight()), text(r.score()))
			.texts(r.targetValue(), r.actual())
			.reason(r.reason());
		TargetValue target = TargetValue.parse(r.targetValue(), fiscalYear);
		Direction direction = direction(target);
		if (direction != Direction.QUALITATIVE) {
			TargetValue actual = TargetValue.parse(r.actual());
			boolean oneNumber = actual.isQuantitative() && actual.comparison() == Comparison.EQUAL
					&& (actual.unit().isEmpty() || target.unit().isEmpty() || actual.unit().equals(target.unit()));
			row = row.numeric(direction, number("年度指标值", target.number()),
					oneNumber ? number("实际完成值", actual.number()) : Figure.missing("实际完成值"), r.targetValue(),
					r.actual());
		}
		row = row.attainment(attainment(r, direction));
		return r.overridden() ? row.adjusted(r.override().reason()) : row;
	}

	/**
	 * What the table says about reaching the target; a score set by hand is a person's
	 * judgement, not read off it.
	 */
	private static Attainment attainment(EvaluatedIndicator r, Direction direction) {
		if (r.overridden()) {
			return Attainment.UNKNOWN;
		}
		if (r.band() != null && direction == Direction.QUALITATIVE) {
			return r.band() == Qualitative.Band.ACHIEVED ? Attainment.MET : Attainment.MISSED;
		}
		if (!r.computed().scorable()) {
			return Attainment.UNKNOWN;
		}
		if (r.computed().score().compareTo(r.weight()) >= 0) {
			return Attainment.MET;
		}
		return direction == Direction.NEGATIVE ? Attainment.CEILING_EXCEEDED : Attainment.MISSED;
	}

	static Direction direction(TargetValue target) {
		if (!target.isQuantitative()) {
			return Direction.QUALITATIVE;
		}
		return switch (target.comparison()) {
			case AT_LEAST, MORE_THAN -> Direction.POSITIVE;
			case AT_MOST, LESS_THAN -> Direction.NEGATIVE;
			case EQUAL -> Direction.EQUAL;
			case RANGE, QUALITATIVE -> Direction.QUALITATIVE;
		};
	}

	private static void rate(PrintedTable.Builder table, String label, BigDecimal rate, Figure executed,
			Figure budget) {
		if (rate != null) {
			table.rate(PrintedRate.of(label, rate.multiply(HUNDRED).setScale(2, RoundingMode.HALF_UP).toPlainString(),
					executed, budget));
		}
	}

	private static void sum(PrintedTable.Builder table, String column, SourceAmounts amounts) {
		table.sum(new StatedSum(wan(column + "（年度资金总额）", amounts.total()),
				List.of(wan(column + "（当年财政拨款）", amounts.fiscalAppropriation()),
						wan(column + "（上年结转资金）", amounts.carryOver()), wan(column + "（其他资金）", amounts.otherFunds()))));
	}

	private static Figure wan(String label, Amount amount) {
		return new Figure(label, amount.toWan(2), 2);
	}

	private static Figure number(String label, BigDecimal value) {
		return new Figure(label, value, Math.max(0, value.scale()));
	}

	private static String text(BigDecimal n) {
		return n == null ? null : n.setScale(ScoredItem.SCALE, RoundingMode.HALF_UP).toPlainString();
	}

}
