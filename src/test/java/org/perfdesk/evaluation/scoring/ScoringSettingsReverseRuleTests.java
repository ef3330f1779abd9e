package org.perfdesk.evaluation.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.perfdesk.consistency.ConsistencyChecks;
import org.perfdesk.consistency.Direction;
import org.perfdesk.consistency.Finding;
import org.perfdesk.consistency.IndicatorRow;
import org.perfdesk.consistency.PrintedTable;
import org.perfdesk.consistency.checks.ProportionalPointsCheck;
import org.perfdesk.evaluation.scoring.ScoringSettings.ReverseVariant;

/**
 * A year's 反向 rule reaches the consistency checker, so its tables are checked the way
 * that year scores them.
 */
class ScoringSettingsReverseRuleTests {

	@Test
	void theCheckerTakesTheReverseRuleFromTheYearsSettings() {
		var settings = ScoringSettings.defaults(2025);
		var linear = new ScoringSettings(2025, ReverseVariant.LINEAR, settings.overAchievement(),
				settings.executionWeight(), settings.executionTiers(), settings.bands(), settings.freedWeight());
		var row = IndicatorRow.of("成本指标", "人均培训成本", "10", "8.00").numeric(Direction.NEGATIVE, "500", "625");
		var table = PrintedTable.builder("t").row(row).build();
		var checks = new ConsistencyChecks(List.of());
		assertThat(checks.checker(settings.reverseRule()).check(table)).extracting(Finding::code)
			.doesNotContain(ProportionalPointsCheck.CODE);
		assertThat(checks.checker(linear.reverseRule()).check(table)).extracting(Finding::code)
			.contains(ProportionalPointsCheck.CODE);
	}

}
