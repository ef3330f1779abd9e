package org.perfdesk.evaluation.common;

import org.perfdesk.consistency.Direction;
import org.perfdesk.evaluation.scoring.Measure;
import org.perfdesk.evaluation.scoring.ScoredItem;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.perfdesk.evaluation.common.PerPointDeductionTests.rate;

class ProportionalTests {

	private final Proportional full = new Proportional(BigDecimal.valueOf(100));

	@Test
	void higherIsBetterUsesTheEnginesProportionalRule() {
		// 5 × 92.86 ÷ 100 = 4.643 → 4.64
		ScoredItem item = full.score(BigDecimal.valueOf(5), Direction.POSITIVE, rate("92.86"));
		assertThat(item.score()).hasToString("4.64");
		assertThat(item.explanation()).isEqualTo("a ÷ b = 92.86%；实际 92.86 ÷ 指标 100 × 5 = 4.64 分");
		assertThat(item.rule()).isEqualTo("按比例计分（目标 不低于 100%）");
		// 5 × 99.99 ÷ 100 = 4.9995 → 5.00 half-up
		assertThat(full.score(BigDecimal.valueOf(5), Direction.POSITIVE, rate("99.99")).score()).hasToString("5.00");
		assertThat(full.score(BigDecimal.valueOf(5), Direction.POSITIVE, rate("120")).score()).hasToString("5.00");
	}

	@Test
	void lowerIsBetterUsesTheRatioRule() {
		// 5 × 100 ÷ 112 = 4.4642… → 4.46
		assertThat(full.score(BigDecimal.valueOf(5), Direction.NEGATIVE, rate("112")).score()).hasToString("4.46");
		assertThat(full.score(BigDecimal.valueOf(5), Direction.NEGATIVE, rate("80")).score()).hasToString("5.00");
	}

	@Test
	void aTargetOfZeroIsAProblem() {
		assertThat(new Proportional(BigDecimal.ZERO).problems(BigDecimal.ONE, Direction.POSITIVE))
			.containsExactly("按比例计分的目标值（%）须大于 0");
	}

	@Test
	void aMissingFigureIsNotScored() {
		assertThat(full.score(BigDecimal.ONE, Direction.POSITIVE, Measure.missing("", "x 未填写")).explanation())
			.isEqualTo("无法计分：x 未填写");
	}

}
