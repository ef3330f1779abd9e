package org.perfdesk.evaluation.department;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.perfdesk.consistency.CheckSeverity;
import org.perfdesk.consistency.ConsistencyChecker;
import org.perfdesk.consistency.Finding;
import org.perfdesk.consistency.PrintedTable;
import org.perfdesk.consistency.checks.AdjustmentReasonCheck;
import org.perfdesk.evaluation.EvaluationStatus;
import org.perfdesk.evaluation.common.CommonIndicatorScore;
import org.perfdesk.evaluation.scoring.ScoredItem;
import org.perfdesk.indicator.IndicatorSubcategory;
import org.perfdesk.shared.Amount;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The stored evaluation as the consistency checker reads it. Seed 001's amounts, with the
 * rates computed instead of typed, leave only what is really missing: the reason for the
 * adjustment.
 */
class DepartmentEvaluationTableTests {

	private static Amount wan(String wan) {
		return Amount.ofWan(new BigDecimal(wan));
	}

	static DepartmentSelfEvaluation evaluation(String reason, String actual) {
		return new DepartmentSelfEvaluation(1L, 2, 3, 2021, EvaluationStatus.DRAFT, "完成", "问题", "措施", reason,
				List.of(new KeyIndicatorResult(0, IndicatorSubcategory.QUALITY, "统筹管理直属团组织覆盖率", "100%", BigDecimal.TEN,
						actual, "")),
				List.of(new TaskResult(0, "“青年地带”工作站", "9个服务站点", wan("262.5"), wan("0"), "完成")), List.of(), null,
				List.of(), null, null, null, 1, null);
	}

	/**
	 * Seed 001 as recorded: 年初 1133.01, 实际 1022.93, and the adjustment that 年度预算数 1103.35
	 * implies.
	 */
	static DepartmentFunds seed001() {
		return new DepartmentFunds(wan("1133.01"), wan("-29.66"), wan("0"), wan("1022.93"), wan("985.7"));
	}

	static CommonIndicatorScore score(String name, String weight, String score) {
		return new CommonIndicatorScore("C", "过程", "预算执行", name, new ScoredItem(
				score == null ? null : new BigDecimal(score), new BigDecimal(weight), "规则", "输入", "说明", Set.of()));
	}

	@Test
	void computedRatesLeaveOnlyTheMissingAdjustmentReason() {
		List<CommonIndicatorScore> scores = List.of(score("预算完成率", "10", "10.00"));
		PrintedTable table = DepartmentSelfEvaluationManagement.table(evaluation("", "34个"), seed001(), scores,
				BigDecimal.TEN, new BigDecimal("10.00"));
		assertThat(table.annualBudget().printed()).isEqualTo("1103.35");
		assertThat(table.completionRate().printed()).isEqualTo("92.71");
		assertThat(table.adjustmentRate().printed()).isEqualTo("-2.62");
		assertThat(new ConsistencyChecker().check(table)).containsExactly(new Finding(AdjustmentReasonCheck.CODE,
				CheckSeverity.WARNING, "预算已调整：年度预算数 1103.35 − 年初预算数 1133.01 = -29.66，未说明调整原因"));
		assertThat(new ConsistencyChecker().check(DepartmentSelfEvaluationManagement.table(evaluation("年中调减", "34个"),
				seed001(), scores, BigDecimal.TEN, new BigDecimal("10.00"))))
			.isEmpty();
	}

	@Test
	void unscoredItemsAndMissingValuesBecomeFindings() {
		List<CommonIndicatorScore> scores = List.of(score("预算完成率", "10", "8.00"), score("“三公经费”变动率", "5", null));
		var findings = new ConsistencyChecker().check(DepartmentSelfEvaluationManagement.table(evaluation("年中调减", ""),
				seed001(), scores, BigDecimal.valueOf(15), new BigDecimal("8.00")));
		assertThat(findings).extracting(Finding::message)
			.containsExactly("无法校验总分：缺少 「“三公经费”变动率」的得分", "「预算完成率」得分 8.00 低于分值 10，未填写偏差原因分析及改进措施",
					"关键指标「统筹管理直属团组织覆盖率」（预期 100%）没有实际完成值", "指标「“三公经费”变动率」没有实际完成值");
	}

	@Test
	void withoutRecordedFiguresTheMoneyChecksSaySoInsteadOfGuessing() {
		var unrecorded = new DepartmentFunds(null, wan("0"), wan("0"), null, null);
		var findings = new ConsistencyChecker().check(DepartmentSelfEvaluationManagement.table(evaluation("", "34个"),
				unrecorded, List.of(), BigDecimal.valueOf(100), BigDecimal.ZERO));
		assertThat(findings).extracting(Finding::code).containsOnly(Finding.CHECK_SKIPPED);
		assertThat(findings).extracting(Finding::message).contains("无法校验预算完成率：缺少 预算完成率");
	}

}
