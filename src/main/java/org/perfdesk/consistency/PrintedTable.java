package org.perfdesk.consistency;

import java.util.ArrayList;
import java.util.List;

/**
 * A self-evaluation table as data. The department money block (年度预算数 … 预算调整率) is optional
 * so the same engine takes a project table: a null component means the form has no such
 * field and nothing is checked, while a Figure with no value means the field is on the
 * form but blank, which the checks report as CHECK_SKIPPED. Project rates and sums (执行率 =
 * 全年执行数 ÷ 全年预算数, …) go into otherRates and otherSums.
 */
public record PrintedTable(String name, Figure annualBudget, Figure initialBudget, Figure actualSpending,
		Figure adjustment, Figure completionRate, Figure adjustmentRate, String adjustmentReason,
		List<KeyIndicator> keyIndicators, List<MainTask> tasks, List<IndicatorRow> rows, Figure formTotalWeight,
		List<WeightSubtotal> subtotals, Figure printedTotalScore, List<PrintedRate> otherRates,
		List<StatedSum> otherSums) {

	public PrintedTable {
		keyIndicators = List.copyOf(keyIndicators);
		tasks = List.copyOf(tasks);
		rows = List.copyOf(rows);
		subtotals = List.copyOf(subtotals);
		otherRates = List.copyOf(otherRates);
		otherSums = List.copyOf(otherSums);
	}

	public static Builder builder(String name) {
		return new Builder(name);
	}

	/**
	 * 预算完成率 = 实际支出数 ÷ 年度预算数 (the adjusted budget, as in §1.7), and 预算调整率 = 年度调整额 ÷ 年初预算数
	 * (the adjustment measured against what was first approved), then the table's other
	 * rates.
	 */
	public List<PrintedRate> printedRates() {
		List<PrintedRate> rates = new ArrayList<>();
		if (completionRate != null) {
			rates.add(new PrintedRate("预算完成率", completionRate.value(), completionRate.printedDecimals(),
					orMissing(actualSpending, "实际支出数"), orMissing(annualBudget, "年度预算数")));
		}
		if (adjustmentRate != null) {
			rates.add(new PrintedRate("预算调整率", adjustmentRate.value(), adjustmentRate.printedDecimals(),
					orMissing(adjustment, "年度调整额"), orMissing(initialBudget, "年初预算数")));
		}
		rates.addAll(otherRates);
		return rates;
	}

	/**
	 * 年度预算数 = 年初预算数 + 年度调整额 when the form prints the adjustment, then the table's other
	 * sums.
	 */
	public List<StatedSum> statedSums() {
		List<StatedSum> sums = new ArrayList<>();
		if (adjustment != null && annualBudget != null && initialBudget != null) {
			sums.add(new StatedSum(annualBudget, List.of(initialBudget, adjustment)));
		}
		sums.addAll(otherSums);
		return sums;
	}

	private static Figure orMissing(Figure figure, String label) {
		return figure != null ? figure : Figure.missing(label);
	}

	/**
	 * Fills the standard department labels so test data and importers cannot misname
	 * them.
	 */
	public static final class Builder {

		private final String name;

		private Figure annualBudget;

		private Figure initialBudget;

		private Figure actualSpending;

		private Figure adjustment;

		private Figure completionRate;

		private Figure adjustmentRate;

		private String adjustmentReason;

		private final List<KeyIndicator> keyIndicators = new ArrayList<>();

		private final List<MainTask> tasks = new ArrayList<>();

		private final List<IndicatorRow> rows = new ArrayList<>();

		private Figure formTotalWeight;

		private final List<WeightSubtotal> subtotals = new ArrayList<>();

		private Figure printedTotalScore;

		private final List<PrintedRate> otherRates = new ArrayList<>();

		private final List<StatedSum> otherSums = new ArrayList<>();

		private Builder(String name) {
			this.name = name;
		}

		public Builder annualBudget(String printed) {
			annualBudget = Figure.of("年度预算数", printed);
			return this;
		}

		public Builder initialBudget(String printed) {
			initialBudget = Figure.of("年初预算数", printed);
			return this;
		}

		public Builder actualSpending(String printed) {
			actualSpending = Figure.of("实际支出数", printed);
			return this;
		}

		public Builder adjustment(String printed) {
			adjustment = Figure.of("年度调整额", printed);
			return this;
		}

		/** The printed percentage without the % sign. */
		public Builder completionRate(String printedPercent) {
			completionRate = Figure.of("预算完成率", printedPercent);
			return this;
		}

		/** The printed percentage without the % sign. */
		public Builder adjustmentRate(String printedPercent) {
			adjustmentRate = Figure.of("预算调整率", printedPercent);
			return this;
		}

		public Builder adjustmentReason(String reason) {
			adjustmentReason = reason;
			return this;
		}

		public Builder keyIndicator(String name, String expected, String actualText) {
			keyIndicators.add(new KeyIndicator(name, expected, actualText));
			return this;
		}

		public Builder task(String name, String target, String completion, String money) {
			tasks.add(new MainTask(name, target, completion, Figure.of("任务涉及资金", money)));
			return this;
		}

		public Builder row(IndicatorRow row) {
			rows.add(row);
			return this;
		}

		public Builder formTotalWeight(String printed) {
			formTotalWeight = Figure.of("总分值", printed);
			return this;
		}

		public Builder subtotal(String group, String weight) {
			subtotals.add(new WeightSubtotal(group, Figure.of(group + "分值", weight)));
			return this;
		}

		public Builder printedTotalScore(String printed) {
			printedTotalScore = Figure.of("总分", printed);
			return this;
		}

		public Builder rate(PrintedRate rate) {
			otherRates.add(rate);
			return this;
		}

		public Builder sum(StatedSum sum) {
			otherSums.add(sum);
			return this;
		}

		public PrintedTable build() {
			return new PrintedTable(name, annualBudget, initialBudget, actualSpending, adjustment, completionRate,
					adjustmentRate, adjustmentReason, keyIndicators, tasks, rows, formTotalWeight, subtotals,
					printedTotalScore, otherRates, otherSums);
		}

	}
}
