package org.perfdesk.evaluation.scoring;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.perfdesk.evaluation.scoring.Qualitative.Band;
import org.perfdesk.shared.RuleViolation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QualitativeTests {

	private final Qualitative policy = new Qualitative();

	@ParameterizedTest(name = "W={0} {1} → {2}")
	@CsvSource(textBlock = """
			10, ACHIEVED, 10.00
			10, PARTLY, 7.99
			10, MISSED, 5.99
			5, PARTLY, 3.99
			""")
	void aChosenBandGivesItsTop(BigDecimal w, Band band, String expected) {
		assertThat(policy.score(w, band).score()).hasToString(expected);
	}

	@ParameterizedTest(name = "W=10 {0} typed {1}")
	@CsvSource(textBlock = """
			ACHIEVED, 8
			ACHIEVED, 10
			PARTLY, 6
			PARTLY, 7.99
			MISSED, 0
			MISSED, 5.99
			""")
	void acceptsATypedScoreInsideTheBand(Band band, BigDecimal typed) {
		assertThat(policy.score(BigDecimal.TEN, band, typed).score()).isEqualByComparingTo(typed);
	}

	@ParameterizedTest(name = "W=10 {0} typed {1}")
	@CsvSource(textBlock = """
			ACHIEVED, 7.99
			PARTLY, 8
			PARTLY, 5.99
			MISSED, 6
			""")
	void refusesATypedScoreOutsideTheBand(Band band, BigDecimal typed) {
		assertThatThrownBy(() -> policy.score(BigDecimal.TEN, band, typed)).isInstanceOf(RuleViolation.class)
			.hasMessageContaining("档的得分须在");
	}

	@Test
	void explainsTheBand() {
		assertThat(policy.score(BigDecimal.TEN, Band.PARTLY).explanation())
			.isEqualTo("“部分达成年度指标并具有一定效果”档取上限 7.99 分（6.00–7.99 分）");
	}

}
