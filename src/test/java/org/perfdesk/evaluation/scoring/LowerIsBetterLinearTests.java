package org.perfdesk.evaluation.scoring;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class LowerIsBetterLinearTests {

	private final LowerIsBetterLinear policy = new LowerIsBetterLinear();

	@ParameterizedTest(name = "W={0} A={1} B={2} → {3}")
	@CsvSource(textBlock = """
			10, 10, 15, 5.00
			10, 10, 10, 10.00
			10, 10, 8, 10.00
			10, 10, 20, 0.00
			10, 10, 25, 0.00
			10, 3, 4, 6.67
			10, 47.5, 50, 9.47
			""")
	void deductsLinearlyUpToTwiceTheTarget(BigDecimal w, BigDecimal a, BigDecimal b, String expected) {
		assertThat(policy.score(w, a, b).score()).hasToString(expected);
	}

	@Test
	void explainsTheArithmetic() {
		assertThat(policy.score(BigDecimal.TEN, BigDecimal.TEN, new BigDecimal("15")).explanation())
			.isEqualTo("10 × (1 − (15 − 10) ÷ 10) = 5.00 分");
	}

}
