package org.perfdesk.targets.quality;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SpendingPlanBrokenTests {

	private final SpendingPlanBroken rule = new SpendingPlanBroken();

	@Test
	void passesAPlanThatRisesToHundred() {
		assertThat(rule.check(TargetBuilder.volunteerTraining().plan("0", "40", "40", "100").build())).isEmpty();
	}

	@Test
	void aMissingPlanIsAnError() {
		assertThat(rule.check(TargetBuilder.volunteerTraining().noPlan().build())).singleElement()
			.satisfies(finding -> {
				assertThat(finding.ruleCode()).isEqualTo("S1");
				assertThat(finding.severity()).isEqualTo(Severity.ERROR);
				assertThat(finding.field()).isEqualTo("spendingPlan");
				assertThat(finding.message()).contains("未填写资金支出计划");
			});
	}

	@Test
	void aFallingPlanIsAnError() {
		assertThat(rule.check(TargetBuilder.volunteerTraining().plan("25", "60", "50", "100").build())).singleElement()
			.satisfies(finding -> {
				assertThat(finding.field()).isEqualTo("spendingPlan.september");
				assertThat(finding.message()).contains("9月底的累计比例50%低于6月底的60%");
			});
	}

	@Test
	void theFindingsNameTheYearsCheckpoints() {
		var s = TargetBuilder.volunteerTraining().plan("25", "60", "50", "100").build();
		var atOctober = new org.perfdesk.targets.TargetSubject(s.content(), s.fiscalYear(), s.projectBudget(),
				s.projectPurpose(), s.startYear(), s.endYear(), java.util.List.of("3月底", "6月底", "10月底", "12月底"));
		assertThat(rule.check(atOctober)).singleElement()
			.satisfies(finding -> assertThat(finding.message()).contains("10月底的累计比例50%低于6月底的60%"));
	}

	@Test
	void aPlanThatStopsShortOfHundredIsAnError() {
		assertThat(rule.check(TargetBuilder.volunteerTraining().plan("25", "50", "75", "90").build())).singleElement()
			.satisfies(finding -> assertThat(finding.message()).contains("12月底的累计比例为90%，应为100%"));
	}

	@Test
	void sharesOutsideZeroToHundredAndBlanksAreErrors() {
		assertThat(rule.check(TargetBuilder.volunteerTraining().plan("25", "50", "120", "100").build()))
			.extracting(Finding::message)
			.containsExactly("资金支出计划中9月底的累计比例为120%，应在0%—100%之间。");
		assertThat(rule.check(TargetBuilder.volunteerTraining().plan("25", null, "75", "100").build()))
			.extracting(Finding::field)
			.containsExactly("spendingPlan.june");
	}

	@Test
	void departmentTargetsHaveNoPlan() {
		assertThat(rule.check(TargetBuilder.department().build())).isEmpty();
	}

}
