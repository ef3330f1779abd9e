package org.perfdesk.evaluation.scoring;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class LowerIsBetterRatioTests {

	private final LowerIsBetterRatio policy = new LowerIsBetterRatio();

	@ParameterizedTest(name = "W={0} A={1} B={2} → {3}")
	@CsvSource(textBlock = """
			10, 47.5, 50, 9.50
			10, 47.5, 47.5, 10.00
			10, 47.5, 40, 10.00
			10, 90, 120, 7.50
			10, 3, 7, 4.29
			""")
	void scoresTargetOverActualAboveTheTarget(BigDecimal w, BigDecimal a, BigDecimal b, String expected) {
		assertThat(policy.score(w, a, b).score()).hasToString(expected);
	}

	@Test
	void explainsAndFlagsFarBelowTheTarget() {
		assertThat(policy.score(BigDecimal.TEN, new BigDecimal("47.5"), new BigDecimal("50")).explanation())
			.isEqualTo("指标 47.5 ÷ 实际 50 × 10 = 9.50 分");
		assertThat(policy.score(BigDecimal.TEN, new BigDecimal("100"), new BigDecimal("75")).overAchieved()).isTrue();
		assertThat(policy.score(BigDecimal.TEN, new BigDecimal("100"), new BigDecimal("85")).overAchieved()).isFalse();
	}

}
