package org.perfdesk.evaluation.scoring;

import java.math.BigDecimal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HigherIsBetterTests {

	private final HigherIsBetter policy = new HigherIsBetter();

	@ParameterizedTest(name = "W={0} A={1} B={2} → {3}")
	@CsvSource(textBlock = """
			10, 800, 600, 7.50
			10, 800, 800, 10.00
			10, 800, 900, 10.00
			10, 3, 2, 6.67
			5, 735, 700, 4.76
			10, 800, 0, 0.00
			""")
	void scoresInProportionBelowTheTargetRoundedToTwoDecimals(BigDecimal w, BigDecimal a, BigDecimal b,
			String expected) {
		assertThat(policy.score(w, a, b).score()).hasToString(expected);
	}

	@Test
	void explainsTheArithmetic() {
		ScoredItem item = policy.score(BigDecimal.TEN, new BigDecimal("800"), new BigDecimal("600"));
		assertThat(item.explanation()).isEqualTo("实际 600 ÷ 指标 800 × 10 = 7.50 分");
		assertThat(item.rule()).isEqualTo("正向指标（≥）");
		assertThat(item.inputs()).contains("指标值 800", "实际完成值 600");
		assertThat(item.flags()).isEmpty();
	}

	@Test
	void flagsOverAchievementBeyondTheThreshold() {
		assertThat(policy.score(BigDecimal.TEN, new BigDecimal("100"), new BigDecimal("125")).overAchieved()).isTrue();
		assertThat(policy.score(BigDecimal.TEN, new BigDecimal("100"), new BigDecimal("120")).overAchieved()).isFalse();
		assertThat(new HigherIsBetter(new OverAchievement(new BigDecimal("0.3")))
			.score(BigDecimal.TEN, new BigDecimal("100"), new BigDecimal("125"))
			.overAchieved()).isFalse();
	}

	@Test
	void aTargetOfZeroIsNotScored() {
		ScoredItem item = policy.score(BigDecimal.TEN, BigDecimal.ZERO, BigDecimal.ONE);
		assertThat(item.scorable()).isFalse();
		assertThat(item.explanation()).startsWith("无法计分");
	}

}
