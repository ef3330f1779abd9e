package org.perfdesk.consistency;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Seed 001: 黄埔区 共青团区委 2021 部门整体支出绩效自评表, figures as printed (万元). By hand: 1022.93 ÷
 * 1103.35 = 92.711% (printed 96.36%, off); -83.61 ÷ 1133.01 = -7.379% (printed 0.07%,
 * off); 1133.01 + (-83.61) = 1049.40 ≠ 1103.35 (the budgets differ by -29.66, not
 * -83.61); the budget was adjusted and the form has no reason; every key indicator has a
 * written result.
 */
class Seed001Tests {

	static PrintedTable seed001() {
		return PrintedTable.builder("中国共产主义青年团广州市黄埔区委员会 2021")
			.annualBudget("1103.35")
			.initialBudget("1133.01")
			.actualSpending("1022.93")
			.adjustment("-83.61")
			.completionRate("96.36")
			.adjustmentRate("0.07")
			.keyIndicator("统筹管理直属团组织覆盖率", "100%", "统筹管理直属团组织34个")
			.keyIndicator("“青年地带”预防青少年违法犯罪工作站合格率", "100%", "三个片区工作成效均达到预期目标")
			.keyIndicator("支持港澳青年创新创业率", "100%", "因疫情活动暂停")
			.keyIndicator("举办培训活动完成率", "100%", "骨干培训班45名团干参加")
			.task("“青年地带”预防青少年违法犯罪工作站", "9个服务站点等", "100%", "262.5")
			.build();
	}

	@Test
	void seed001FindingsAreExactlyTheInconsistentPrintedFigures() {
		assertThat(new ConsistencyChecker().check(seed001())).containsExactly(
				new Finding("RATE_MISMATCH", CheckSeverity.ERROR,
						"预算完成率：表中为 96.36%，按 实际支出数 1022.93 ÷ 年度预算数 1103.35 计算为 92.71%"),
				new Finding("RATE_MISMATCH", CheckSeverity.ERROR,
						"预算调整率：表中为 0.07%，按 年度调整额 -83.61 ÷ 年初预算数 1133.01 计算为 -7.38%"),
				new Finding("SUM_MISMATCH", CheckSeverity.ERROR,
						"年度预算数：表中为 1103.35，按 年初预算数 1133.01 + 年度调整额 -83.61 计算为 1049.40"),
				new Finding("MISSING_ADJUSTMENT_REASON", CheckSeverity.WARNING,
						"预算已调整：年度预算数 1103.35 − 年初预算数 1133.01 = -29.66，未说明调整原因"));
	}

	@Test
	void theSameTableWithConsistentFiguresRaisesNoRateOrSumFinding() {
		var corrected = PrintedTable.builder("黄埔 2021 更正")
			.annualBudget("1103.35")
			.initialBudget("1133.01")
			.actualSpending("1022.93")
			.adjustment("-29.66")
			.completionRate("92.71")
			.adjustmentRate("-2.62")
			.adjustmentReason("年中调减")
			.build();
		assertThat(new ConsistencyChecker().check(corrected)).isEmpty();
	}

}
