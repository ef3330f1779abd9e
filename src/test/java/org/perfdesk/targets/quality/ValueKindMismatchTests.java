package org.perfdesk.targets.quality;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.perfdesk.indicator.IndicatorSubcategory.*;

class ValueKindMismatchTests {

	private final ValueKindMismatch rule = new ValueKindMismatch();

	@Test
	void passesValuesOfTheRightKind() {
		assertThat(rule.check(TargetBuilder.volunteerTraining().build())).isEmpty();
	}

	@Test
	void passesOnTheParsersWarningForTextItCouldNotRead() {
		TargetBuilder target = TargetBuilder.volunteerTraining().value("举办培训班期数", Values.unparsed("按月安排2次左右"));

		assertThat(rule.check(target.build())).singleElement().satisfies(finding -> {
			assertThat(finding.ruleCode()).isEqualTo("D4");
			assertThat(finding.severity()).isEqualTo(Severity.WARNING);
			assertThat(finding.indicatorIndex()).isEqualTo(target.indexOf("举办培训班期数"));
			assertThat(finding.message()).contains("举办培训班期数", Values.unparsed("按月安排2次左右").warning(), "比较符+数值+单位");
		});
	}

	@Test
	void aDateOutsideTimelinessIsAWarning() {
		TargetBuilder target = TargetBuilder.volunteerTraining().value("举办培训班期数", "2024年10月底前");

		assertThat(rule.check(target.build())).singleElement().satisfies(finding -> {
			assertThat(finding.severity()).isEqualTo(Severity.WARNING);
			assertThat(finding.message()).contains("举办培训班期数", "日期只适用于时效指标");
		});
	}

	@Test
	void leavesQuantitiesInWordsToD1() {
		TargetBuilder target = TargetBuilder.project().row(QUANTITY, "组织培训次数", "组织培训班次");

		assertThat(rule.check(target.build())).isEmpty();
	}

}
