package org.perfdesk.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.perfdesk.target.SpendingPlan;

class ProgressLightTests {

	@ParameterizedTest(name = "{0} spent against {1} expected is {2}")
	@CsvSource({ "0.34, 0.5833, RED", "0.35, 0.5833, YELLOW", "0.35, 0.5, YELLOW", "0.4667, 0.5833, GREEN",
			"0.4666, 0.5834, YELLOW", "0.80, 0.5833, GREEN", "0, 0.25, RED", "0.10, 0, NONE" })
	void defaultThresholdsAreSixtyAndEightyPercentOfWhatIsExpected(BigDecimal actual, BigDecimal expected, Light light) {
		assertThat(AlertThresholds.DEFAULT.judge(actual, expected)).isEqualTo(light);
	}

	@Test
	void thresholdsAreSettingsAndMustBeOrdered() {
		var strict = new AlertThresholds(new BigDecimal("0.8"), new BigDecimal("0.95"));
		assertThat(strict.judge(new BigDecimal("0.50"), new BigDecimal("0.5833"))).isEqualTo(Light.YELLOW);
		assertThat(strict.judge(new BigDecimal("0.45"), new BigDecimal("0.5833"))).isEqualTo(Light.RED);
		assertThatThrownBy(() -> new AlertThresholds(new BigDecimal("0.9"), new BigDecimal("0.8")))
			.hasMessageContaining("红灯阈值");
		assertThat(AlertThresholds.DEFAULT.judge(null, new BigDecimal("0.5"))).isEqualTo(Light.NONE);
	}

	@ParameterizedTest(name = "month {0}: {1} of the year")
	@CsvSource({ "1, 0.0833", "6, 0.5000", "7, 0.5833", "12, 1.0000" })
	void timeProgressIsTheShareOfTheYearGone(int month, BigDecimal expected) {
		assertThat(ExpectedProgress.byTime(month)).isEqualByComparingTo(expected);
	}

	@ParameterizedTest(name = "month {0} of a 20/50/75/100 plan: {1}")
	@CsvSource({ "1, 0.0667", "3, 0.2000", "4, 0.3000", "6, 0.5000", "7, 0.5833", "9, 0.7500", "11, 0.9167", "12, 1.0000" })
	void planProgressJoinsTheQuarterPointsWithStraightLines(int month, BigDecimal expected) {
		var plan = new SpendingPlan(BigDecimal.valueOf(20), BigDecimal.valueOf(50), BigDecimal.valueOf(75), BigDecimal.valueOf(100));
		assertThat(ExpectedProgress.byPlan(plan, month)).isEqualByComparingTo(expected);
	}

	@Test
	void aMonthOutsideTheYearIsRefused() {
		assertThatThrownBy(() -> ExpectedProgress.byTime(13)).hasMessageContaining("1 到 12");
		assertThatThrownBy(() -> ExpectedProgress.byPlan(SpendingPlan.EVEN, 0)).hasMessageContaining("1 到 12");
	}
}
