package org.perfdesk.evaluation.common;

import org.perfdesk.consistency.Direction;
import org.perfdesk.evaluation.scoring.Measure;
import org.perfdesk.evaluation.scoring.ScoredItem;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class PerPointDeductionTests {

	static Measure rate(String percent) {
		return Measure.of(new BigDecimal(percent), "输入", "a ÷ b = " + percent + "%");
	}

	/** 在职人员控制率: ≤ 100% full, −0.5 per point over, weight 5. */
	private final PerPointDeduction staff = new PerPointDeduction(BigDecimal.valueOf(100), new BigDecimal("0.5"));

	@ParameterizedTest(name = "{0}% → {1}")
	@CsvSource(textBlock = """
			92.86,  5.00
			100,    5.00
			100.01, 5.00
			100.03, 4.99
			103.57, 3.22
			109.99, 0.01
			110,    0.00
			150,    0.00
			""")
	void aCeilingDeductsPerPointOverAndStopsAtZero(String percent, String expected) {
		// 100.01 → 5 − 0.005 = 4.995 → 5.00 half-up; 100.03 → 4.985 → 4.99 half-up
		ScoredItem item = staff.score(BigDecimal.valueOf(5), Direction.NEGATIVE, rate(percent));
		assertThat(item.score()).hasToString(expected);
	}

	@Test
	void theExplanationWritesTheDeductionOut() {
		ScoredItem item = staff.score(BigDecimal.valueOf(5), Direction.NEGATIVE, rate("103.57"));
		assertThat(item.explanation()).isEqualTo("a ÷ b = 103.57%，超出 100% 3.57 个百分点，5 − 3.57 × 0.5 = 3.22 分");
		assertThat(item.rule()).isEqualTo("按百分点扣分（不高于 100% 得满分，每偏离 1 个百分点扣 0.5 分）");
		assertThat(staff.score(BigDecimal.valueOf(5), Direction.NEGATIVE, rate("120")).explanation())
			.endsWith("5 − 20 × 0.5，扣完为止 = 0.00 分");
	}

	@Test
	void aFloorDeductsPerPointShort() {
		// 预算完成率: 100% full, −0.4 per point short, weight 10
		var completion = new PerPointDeduction(BigDecimal.valueOf(100), new BigDecimal("0.4"));
		assertThat(completion.score(BigDecimal.TEN, Direction.POSITIVE, rate("92.71")).score()).hasToString("7.08");
		assertThat(completion.score(BigDecimal.TEN, Direction.POSITIVE, rate("101.5")).score()).hasToString("10.00");
		assertThat(completion.score(BigDecimal.TEN, Direction.POSITIVE, rate("92.71")).explanation())
			.contains("低于 100% 7.29 个百分点，10 − 7.29 × 0.4");
	}

	@Test
	void aMissingFigureIsNotScored() {
		ScoredItem item = staff.score(BigDecimal.valueOf(5), Direction.NEGATIVE, Measure.missing("", "编制数为 0，不能作除数"));
		assertThat(item.scorable()).isFalse();
		assertThat(item.explanation()).isEqualTo("无法计分：编制数为 0，不能作除数");
	}

	@Test
	void aDeductionOfZeroIsAProblem() {
		assertThat(new PerPointDeduction(BigDecimal.ONE, BigDecimal.ZERO).problems(BigDecimal.ONE, Direction.NEGATIVE))
			.containsExactly("每百分点扣分须大于 0");
		assertThat(staff.problems(BigDecimal.valueOf(5), Direction.NEGATIVE)).isEmpty();
	}

}
