package org.perfdesk.targets.quality;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LongTermInAnnualTargetTests {

	private final LongTermInAnnualTarget rule = new LongTermInAnnualTarget();

	@Test
	void passesAOneYearProject() {
		assertThat(rule.check(TargetBuilder.volunteerTraining().build())).isEmpty();
	}

	@Test
	void passesAMultiYearProjectWithItsShareOfTheBudget() {
		TargetBuilder target = TargetBuilder.volunteerTraining()
			.period(2024, 2026)
			.funds("12")
			.budget("36")
			.objective("2024年内完成首批6期培训。");

		assertThat(rule.check(target.build())).isEmpty();
	}

	@Test
	void flagsTheWholePeriodsBudgetAsTheYearsFunds() {
		TargetBuilder target = TargetBuilder.volunteerTraining().period(2024, 2026).funds("36").budget("36");

		assertThat(rule.check(target.build())).singleElement().satisfies(finding -> {
			assertThat(finding.ruleCode()).isEqualTo("D7");
			assertThat(finding.severity()).isEqualTo(Severity.WARNING);
			assertThat(finding.indicatorIndex()).isNull();
			assertThat(finding.field()).isEqualTo("fiscalFunds");
			assertThat(finding.message()).contains("2024—2026年", "36.00万元", "等于项目总预算");
		});
	}

	@Test
	void flagsAYearOutsideTheProjectPeriod() {
		TargetBuilder target = TargetBuilder.volunteerTraining().period(2021, 2023).budget("36");

		assertThat(rule.check(target.build())).singleElement()
			.satisfies(finding -> assertThat(finding.message()).contains("2024年度不在项目期内"));
	}

	@Test
	void flagsADeadlineInAnotherYear() {
		TargetBuilder target = TargetBuilder.volunteerTraining().value("培训完成时间", "2025年6月底前");

		assertThat(rule.check(target.build())).singleElement().satisfies(finding -> {
			assertThat(finding.indicatorIndex()).isEqualTo(target.indexOf("培训完成时间"));
			assertThat(finding.message()).contains("培训完成时间", "2025年6月底前", "在2024年之后");
		});
	}

	@Test
	void flagsADeadlineBeforeTheYear() {
		TargetBuilder target = TargetBuilder.volunteerTraining().value("培训完成时间", "2023年10月底前");

		assertThat(rule.check(target.build())).singleElement()
			.satisfies(finding -> assertThat(finding.message()).contains("培训完成时间", "早于2024年"));
	}

	@Test
	void flagsAnObjectiveReachingPastTheYear() {
		TargetBuilder later = TargetBuilder.volunteerTraining().objective("到2026年建成覆盖全市的青年志愿服务体系。");
		TargetBuilder years = TargetBuilder.volunteerTraining().objective("三年内培训青年志愿者骨干2000人次。");

		assertThat(rule.check(later.build())).singleElement().satisfies(finding -> {
			assertThat(finding.field()).isEqualTo("annualObjective");
			assertThat(finding.message()).contains("“2026年”", "中期目标");
		});
		assertThat(rule.check(years.build())).singleElement()
			.satisfies(finding -> assertThat(finding.message()).contains("“三年内”"));
	}

	@Test
	void checksDeadlinesOfADepartmentTargetToo() {
		TargetBuilder target = TargetBuilder.department()
			.row(org.perfdesk.indicator.IndicatorSubcategory.TIMELINESS, "志愿服务活动完成时间", "2025年12月底前");

		assertThat(rule.check(target.build())).singleElement()
			.satisfies(finding -> assertThat(finding.message()).contains("志愿服务活动完成时间"));
	}

}
