package org.perfdesk.evaluation.scoring;

import java.math.BigDecimal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.perfdesk.shared.Grade;

import static org.assertj.core.api.Assertions.assertThat;

class GradingTests {

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource(textBlock = """
			100, EXCELLENT
			90, EXCELLENT
			90.00, EXCELLENT
			89.995, GOOD
			89.9999, GOOD
			80, GOOD
			79.995, FAIR
			60, FAIR
			59.999, POOR
			0, POOR
			""")
	void gradesTheUnroundedTotal(BigDecimal total, Grade expected) {
		assertThat(Grading.gradeOf(total)).isEqualTo(expected);
	}

}
