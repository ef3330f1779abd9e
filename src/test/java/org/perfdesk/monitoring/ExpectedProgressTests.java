package org.perfdesk.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.perfdesk.targets.SpendingPlan;

class ExpectedProgressTests {

	@ParameterizedTest(name = "month {0} of a 20/50/75/100 plan: {1}")
	@CsvSource({ "1, 0.0667", "3, 0.2000", "4, 0.3000", "6, 0.5000", "7, 0.5833", "9, 0.7500", "11, 0.9167",
			"12, 1.0000" })
	void planProgressJoinsTheQuarterPointsWithStraightLines(int month, BigDecimal expected) {
		var plan = new SpendingPlan(BigDecimal.valueOf(20), BigDecimal.valueOf(50), BigDecimal.valueOf(75),
				BigDecimal.valueOf(100));
		assertThat(ExpectedProgress.byPlan(plan, month)).isEqualByComparingTo(expected);
	}

	@Test
	void aMonthOutsideTheYearIsRefused() {
		assertThatThrownBy(() -> ExpectedProgress.byPlan(SpendingPlan.EVEN, 13)).hasMessageContaining("1 到 12");
		assertThatThrownBy(() -> ExpectedProgress.byPlan(SpendingPlan.EVEN, 0)).hasMessageContaining("1 到 12");
	}

}
