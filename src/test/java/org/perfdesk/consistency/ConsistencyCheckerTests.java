package org.perfdesk.consistency;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ConsistencyCheckerTests {

	final ConsistencyChecker checker = new ConsistencyChecker();

	// A clean project-style table: 10 / 50 / 30 / 10, every score consistent, so each
	// test breaks one thing.
	static PrintedTable.Builder cleanTable() {
		return PrintedTable.builder("测试表")
			.formTotalWeight("100")
			.subtotal("产出指标", "50")
			.row(IndicatorRow.of("预算执行", "预算执行率", "10", "9.27").positive("1103.35", "1022.93").reason("年底采购未支付"))
			.row(IndicatorRow.of("产出指标", "志愿者人数", "50", "45.00").positive("200", "180").reason("疫情停办两场"))
			.row(IndicatorRow.of("效益指标", "社区覆盖", "30", "30.00").texts("全覆盖", "已全覆盖").attainment(Attainment.MET))
			.row(IndicatorRow.of("满意度指标", "满意度", "10", "10.00").positive("90", "93.2"))
			.printedTotalScore("94.27");
	}

	List<Finding> findings(PrintedTable.Builder table) {
		return checker.check(table.build());
	}

	@Test
	void cleanTableHasNoFindings() {
		assertThat(findings(cleanTable())).isEmpty();
	}

	@Test
	void rateMismatch() {
		var table = PrintedTable.builder("t").actualSpending("1022.93").annualBudget("1103.35");
		assertThat(findings(table.completionRate("92.71"))).isEmpty();
		assertThat(findings(table.completionRate("96.36"))).containsExactly(new Finding("RATE_MISMATCH",
				CheckSeverity.ERROR, "预算完成率：表中为 96.36%，按 实际支出数 1022.93 ÷ 年度预算数 1103.35 计算为 92.71%"));
	}

	@Test
	void rateToleranceIsHalfAUnitOfThePrintedRate() {
		// 1022.93 ÷ 1103.35 = 92.7113…%: 92.71 is its rounding, 92.72 is a hundredth of a
		// point beyond it.
		var table = PrintedTable.builder("t").actualSpending("1022.93").annualBudget("1103.35");
		assertThat(findings(table.completionRate("92.71"))).isEmpty();
		assertThat(findings(table.completionRate("92.72"))).extracting(Finding::code).containsExactly("RATE_MISMATCH");
		// printed to one decimal, 92.7% stands for [92.65, 92.75) and is consistent
		assertThat(findings(table.completionRate("92.7"))).isEmpty();
	}

	@Test
	void coarselyPrintedAmountsWidenTheTolerance() {
		// 1023 ÷ 1103 = 92.75%, but whole-number amounts stand for 1022.5…1023.5 ÷
		// 1102.5…1103.5 = 92.66%…92.83%
		var coarse = PrintedTable.builder("t").actualSpending("1023").annualBudget("1103").completionRate("92.80");
		assertThat(findings(coarse)).isEmpty();
		var precise = PrintedTable.builder("t")
			.actualSpending("1023.00")
			.annualBudget("1103.00")
			.completionRate("92.80");
		assertThat(findings(precise)).extracting(Finding::message)
			.containsExactly("预算完成率：表中为 92.80%，按 实际支出数 1023.00 ÷ 年度预算数 1103.00 计算为 92.75%");
	}

	@Test
	void rateWithAMissingFigureIsSkippedNotGuessed() {
		var table = PrintedTable.builder("t").actualSpending("1022.93").annualBudget("").completionRate("96.36");
		assertThat(findings(table))
			.containsExactly(new Finding("CHECK_SKIPPED", CheckSeverity.WARNING, "无法校验预算完成率：缺少 年度预算数"));
		var noRate = PrintedTable.builder("t").actualSpending("1022.93").annualBudget("1103.35").completionRate(null);
		assertThat(findings(noRate)).extracting(Finding::message).containsExactly("无法校验预算完成率：缺少 预算完成率");
	}

	@Test
	void sumMismatch() {
		var ok = PrintedTable.builder("t")
			.initialBudget("1133.01")
			.adjustment("-29.66")
			.annualBudget("1103.35")
			.adjustmentReason("追减");
		assertThat(findings(ok)).isEmpty();
		var off = PrintedTable.builder("t")
			.initialBudget("1133.01")
			.adjustment("-83.61")
			.annualBudget("1103.35")
			.adjustmentReason("追减");
		assertThat(findings(off)).containsExactly(new Finding("SUM_MISMATCH", CheckSeverity.ERROR,
				"年度预算数：表中为 1103.35，按 年初预算数 1133.01 + 年度调整额 -83.61 计算为 1049.40"));
	}

	@Test
	void sumToleratesThePartsRounding() {
		// three parts of 33.3 stand for up to 3 × 0.05 more, so a total printed as 100.0
		// is consistent
		var parts = List.of(Figure.of("甲", "33.3"), Figure.of("乙", "33.3"), Figure.of("丙", "33.3"));
		var ok = PrintedTable.builder("t").sum(new StatedSum(Figure.of("合计", "100.0"), parts));
		assertThat(findings(ok)).isEmpty();
		var off = PrintedTable.builder("t").sum(new StatedSum(Figure.of("合计", "100.2"), parts));
		assertThat(findings(off)).extracting(Finding::message)
			.containsExactly("合计：表中为 100.2，按 甲 33.3 + 乙 33.3 + 丙 33.3 计算为 99.9");
	}

	@Test
	void weightTotalMismatch() {
		assertThat(findings(cleanTable()).stream().filter(f -> f.code().equals("WEIGHT_TOTAL_MISMATCH"))).isEmpty();
		var off = cleanTable().formTotalWeight("100").subtotal("效益指标", "25");
		assertThat(findings(off)).containsExactly(
				new Finding("WEIGHT_TOTAL_MISMATCH", CheckSeverity.ERROR, "效益指标分值：表中为 25，按 其下各指标分值 30 相加为 30"));
		var badTotal = cleanTable().formTotalWeight("90");
		assertThat(findings(badTotal)).extracting(Finding::message)
			.containsExactly("总分值：表中为 90，按 各指标分值 10 + 50 + 30 + 10 相加为 100");
	}

	@Test
	void totalScoreMismatch() {
		assertThat(findings(cleanTable().printedTotalScore("94.3"))).isEmpty(); // rounding
																				// of
																				// 94.27
																				// to one
																				// decimal
		assertThat(findings(cleanTable().printedTotalScore("95.27")))
			.containsExactly(new Finding("TOTAL_SCORE_MISMATCH", CheckSeverity.ERROR,
					"总分：表中为 95.27，按 各项得分 9.27 + 45.00 + 30.00 + 10.00 相加为 94.27"));
		assertThat(findings(cleanTable().printedTotalScore("")))
			.containsExactly(new Finding("CHECK_SKIPPED", CheckSeverity.WARNING, "无法校验总分：缺少 总分"));
	}

	@Test
	void metButDeducted() {
		var row = IndicatorRow.of("效益指标", "社区覆盖", "30", "27").texts("全覆盖", "已全覆盖").attainment(Attainment.MET);
		var table = PrintedTable.builder("t").row(row);
		assertThat(findings(table)).containsExactly(
				new Finding("MET_BUT_DEDUCTED", CheckSeverity.WARNING, "「社区覆盖」已完成指标值，得分 27 低于分值 30，扣 3 分但未说明原因"));
		assertThat(findings(PrintedTable.builder("t").row(row.reason("资料归档不全"))))
			.filteredOn(f -> !f.code().equals("CHECK_SKIPPED"))
			.isEmpty();
	}

	@Test
	void missedButFull() {
		var row = IndicatorRow.of("产出指标", "培训场次", "20", "20").texts("≥6场", "4场").attainment(Attainment.MISSED);
		assertThat(findings(PrintedTable.builder("t").row(row))).filteredOn(f -> f.code().equals("MISSED_BUT_FULL"))
			.containsExactly(new Finding("MISSED_BUT_FULL", CheckSeverity.ERROR,
					"「培训场次」未完成指标值（指标值 ≥6场，实际完成值 4场），却得满分 20（分值 20）"));
		var ceiling = IndicatorRow.of("成本指标", "人均成本", "10", "10")
			.texts("≤500元", "620元")
			.attainment(Attainment.CEILING_EXCEEDED);
		assertThat(findings(PrintedTable.builder("t").row(ceiling))).extracting(Finding::message)
			.anyMatch(m -> m.contains("超过上限值"));
		var fair = IndicatorRow.of("产出指标", "培训场次", "20", "13.33")
			.texts("≥6场", "4场")
			.attainment(Attainment.MISSED)
			.reason("疫情停办");
		assertThat(findings(PrintedTable.builder("t").row(fair))).filteredOn(f -> !f.code().equals("CHECK_SKIPPED"))
			.isEmpty();
	}

	@Test
	void scoreNotProportional() {
		var good = IndicatorRow.of("产出指标", "志愿者人数", "10", "9.00").positive("200", "180").reason("疫情");
		assertThat(findings(PrintedTable.builder("t").row(good))).filteredOn(f -> !f.code().equals("CHECK_SKIPPED"))
			.isEmpty();
		var bad = IndicatorRow.of("产出指标", "志愿者人数", "10", "8.00").positive("200", "180").reason("疫情");
		assertThat(findings(PrintedTable.builder("t").row(bad))).filteredOn(f -> !f.code().equals("CHECK_SKIPPED"))
			.containsExactly(new Finding("SCORE_NOT_PROPORTIONAL", CheckSeverity.ERROR,
					"「志愿者人数」得分：表中为 8.00，按 分值 10 × min(1, 实际完成值 180 ÷ 年度指标值 200) 计算为 9.00"));
		// over-achievement is capped at the weight, and a one-decimal score tolerates its
		// own rounding
		var over = IndicatorRow.of("产出指标", "志愿者人数", "10", "10.0").positive("200", "240");
		assertThat(findings(PrintedTable.builder("t").row(over))).filteredOn(f -> !f.code().equals("CHECK_SKIPPED"))
			.isEmpty();
		var noActual = IndicatorRow.of("产出指标", "志愿者人数", "10", "8.00")
			.positive("200", null)
			.texts("200", "约180人")
			.reason("疫情");
		assertThat(findings(PrintedTable.builder("t").row(noActual)))
			.contains(new Finding("CHECK_SKIPPED", CheckSeverity.WARNING, "无法校验「志愿者人数」的得分：缺少 实际完成值"));
	}

	@Test
	void missingDeviationReason() {
		var row = IndicatorRow.of("产出指标", "志愿者人数", "10", "9.00").positive("200", "180");
		assertThat(findings(PrintedTable.builder("t").row(row))).filteredOn(f -> !f.code().equals("CHECK_SKIPPED"))
			.containsExactly(new Finding("MISSING_DEVIATION_REASON", CheckSeverity.ERROR,
					"「志愿者人数」得分 9.00 低于分值 10，未填写偏差原因分析及改进措施"));
		assertThat(findings(PrintedTable.builder("t").row(row.reason("疫情停办两场"))))
			.filteredOn(f -> !f.code().equals("CHECK_SKIPPED"))
			.isEmpty();
	}

	@Test
	void missingAdjustmentReason() {
		var table = PrintedTable.builder("t").annualBudget("1103.35").initialBudget("1133.01");
		assertThat(findings(table)).containsExactly(new Finding("MISSING_ADJUSTMENT_REASON", CheckSeverity.WARNING,
				"预算已调整：年度预算数 1103.35 − 年初预算数 1133.01 = -29.66，未说明调整原因"));
		assertThat(findings(table.adjustmentReason("年中追减项目经费"))).isEmpty();
		assertThat(findings(PrintedTable.builder("t").annualBudget("1133.01").initialBudget("1133.01"))).isEmpty();
		assertThat(findings(PrintedTable.builder("t").annualBudget("1103.35").initialBudget("")))
			.extracting(Finding::message)
			.containsExactly("无法校验预算调整原因：缺少 年初预算数");
	}

	@Test
	void missingActual() {
		var table = PrintedTable.builder("t").keyIndicator("培训完成率", "100%", "完成3期").keyIndicator("创业率", "100%", " ");
		assertThat(findings(table))
			.containsExactly(new Finding("MISSING_ACTUAL", CheckSeverity.ERROR, "关键指标「创业率」（预期 100%）没有实际完成值"));
	}

	@Test
	void findingsComeInTheFixedCheckOrder() {
		var table = PrintedTable.builder("t")
			.keyIndicator("创业率", "100%", "")
			.annualBudget("1103.35")
			.initialBudget("1133.01")
			.actualSpending("1022.93")
			.completionRate("96.36");
		assertThat(findings(table)).extracting(Finding::code)
			.containsExactly("RATE_MISMATCH", "MISSING_ADJUSTMENT_REASON", "MISSING_ACTUAL");
		assertThat(checker.codes()).containsExactly("RATE_MISMATCH", "SUM_MISMATCH", "WEIGHT_TOTAL_MISMATCH",
				"TOTAL_SCORE_MISMATCH", "MET_BUT_DEDUCTED", "MISSED_BUT_FULL", "SCORE_NOT_PROPORTIONAL",
				"MISSING_DEVIATION_REASON", "MISSING_ADJUSTMENT_REASON", "MISSING_ACTUAL");
	}

}
