package org.perfdesk.evaluation.scoring;

import java.math.BigDecimal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class EqualsTests {

	private final Equals policy = new Equals();

	@ParameterizedTest(name = "W={0} A={1} B={2} → {3}")
	@CsvSource(textBlock = """
			10, 100, 100, 10.00
			10, 100, 96.5, 9.65
			10, 0, 0, 10.00
			10, 0, -1, 10.00
			10, 0, 1, 0.00
			""")
	void scoresLikeHigherIsBetterExceptForAZeroTarget(BigDecimal w, BigDecimal a, BigDecimal b, String expected) {
		ScoredItem item = policy.score(w, a, b);
		assertThat(item.score()).hasToString(expected);
		assertThat(item.rule()).isEqualTo("等于指标（=）");
	}

}
