package org.perfdesk.consistency.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.perfdesk.consistency.CheckSeverity;
import org.perfdesk.consistency.Direction;
import org.perfdesk.consistency.Finding;
import org.perfdesk.consistency.IndicatorRow;
import org.perfdesk.consistency.PrintedTable;
import org.perfdesk.consistency.ReverseRule;

/** SCORE_NOT_PROPORTIONAL for every 指标性质 and both 反向 rules, and a score set by hand. */
class ProportionalPointsCheckTests {

	static List<Finding> findings(ReverseRule reverse, IndicatorRow row) {
		return new ProportionalPointsCheck(reverse).check(PrintedTable.builder("t").row(row).build());
	}

	static IndicatorRow row(String score) {
		return IndicatorRow.of("成本指标", "人均培训成本", "10", score);
	}

	@Test
	void aCeilingExceededLosesPointsByTheRatioRule() {
		// 500 ÷ 625 × 10 = 8
		assertThat(findings(ReverseRule.RATIO, row("8.00").numeric(Direction.NEGATIVE, "500", "625"))).isEmpty();
		assertThat(findings(ReverseRule.RATIO, row("9.00").numeric(Direction.NEGATIVE, "500", "625")))
			.containsExactly(new Finding(ProportionalPointsCheck.CODE, CheckSeverity.ERROR,
					"「人均培训成本」得分：表中为 9.00，按 反向比例法 分值 10 × min(1, 年度指标值 500 ÷ 实际完成值 625) 计算为 8.00"));
		// under the ceiling: full points
		assertThat(findings(ReverseRule.RATIO, row("10").numeric(Direction.NEGATIVE, "500", "420"))).isEmpty();
	}

	@Test
	void aCeilingExceededLosesMoreByTheLinearRule() {
		// 10 × (2 − 625 ÷ 500) = 7.5; the ratio rule's 8 is wrong under the linear rule
		assertThat(findings(ReverseRule.LINEAR, row("7.50").numeric(Direction.NEGATIVE, "500", "625"))).isEmpty();
		assertThat(findings(ReverseRule.LINEAR, row("8.00").numeric(Direction.NEGATIVE, "500", "625"))).singleElement()
			.satisfies(f -> {
				assertThat(f.severity()).isEqualTo(CheckSeverity.ERROR);
				assertThat(f.message()).contains("反向线性扣分法", "计算为 7.50");
			});
		// twice the ceiling or more scores nothing
		assertThat(findings(ReverseRule.LINEAR, row("0.00").numeric(Direction.NEGATIVE, "500", "1100"))).isEmpty();
	}

	@Test
	void anEqualsRowIsProportionalExceptForAZeroTarget() {
		assertThat(findings(ReverseRule.RATIO, row("7.50").numeric(Direction.EQUAL, "12", "9"))).isEmpty();
		assertThat(findings(ReverseRule.RATIO, row("10").numeric(Direction.EQUAL, "12", "9"))).hasSize(1);
		assertThat(findings(ReverseRule.RATIO, row("10").numeric(Direction.EQUAL, "0", "0"))).isEmpty();
		assertThat(findings(ReverseRule.RATIO, row("10").numeric(Direction.EQUAL, "0", "1"))).singleElement()
			.satisfies(f -> assertThat(f.message()).contains("计算为 0"));
	}

	@Test
	void aScoreSetByHandIsAWarningThatQuotesItsReason() {
		var over = IndicatorRow.of("产出指标", "培训人次", "10", "8.00").numeric(Direction.POSITIVE, "200", "400");
		assertThat(findings(ReverseRule.RATIO, over)).singleElement()
			.satisfies(f -> assertThat(f.severity()).isEqualTo(CheckSeverity.ERROR));
		assertThat(findings(ReverseRule.RATIO, over.adjusted("指标值明显偏低，按超额幅度扣 2 分"))).containsExactly(new Finding(
				ProportionalPointsCheck.CODE, CheckSeverity.WARNING,
				"「培训人次」得分 8.00 为手工调整，按 分值 10 × " + "min(1, 实际完成值 400 ÷ 年度指标值 200) 计算为 10.00；调整理由：指标值明显偏低，按超额幅度扣 2 分"));
	}

}
