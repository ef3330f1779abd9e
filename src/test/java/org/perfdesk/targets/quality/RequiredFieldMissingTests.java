package org.perfdesk.targets.quality;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.perfdesk.indicator.IndicatorSubcategory.*;

class RequiredFieldMissingTests {

	private final RequiredFieldMissing rule = new RequiredFieldMissing();

	@Test
	void passesACompleteTarget() {
		assertThat(rule.check(TargetBuilder.volunteerTraining().build())).isEmpty();
	}

	@Test
	void aBlankObjectiveIsAnError() {
		assertThat(rule.check(TargetBuilder.volunteerTraining().objective("  ").build())).singleElement()
			.satisfies(finding -> {
				assertThat(finding.ruleCode()).isEqualTo("S2");
				assertThat(finding.severity()).isEqualTo(Severity.ERROR);
				assertThat(finding.field()).isEqualTo("annualObjective");
				assertThat(finding.message()).contains("未填写年度目标");
			});
		assertThat(rule.check(TargetBuilder.department().objective(null).build())).singleElement()
			.satisfies(finding -> assertThat(finding.message()).contains("未填写年度总体目标"));
	}

	@Test
	void aRowWithoutValueOrNameIsAnError() {
		TargetBuilder target = TargetBuilder.volunteerTraining()
			.value("举办培训班期数", "")
			.row(SOCIAL, "", "说明", (org.perfdesk.indicator.TargetValue) null)
			.row(null, "志愿服务时长", "≥20小时");

		assertThat(rule.check(target.build())).satisfiesExactly(finding -> {
			assertThat(finding.indicatorIndex()).isEqualTo(target.indexOf("举办培训班期数"));
			assertThat(finding.field()).endsWith(".value");
			assertThat(finding.message()).contains("举办培训班期数", "未填写指标值");
		}, finding -> {
			assertThat(finding.indicatorIndex()).isEqualTo(8);
			assertThat(finding.field()).isEqualTo("indicators[8].name");
			assertThat(finding.message()).startsWith("第9行指标未填写三级指标名称、指标值");
		}, finding -> {
			assertThat(finding.field()).isEqualTo("indicators[9].subcategory");
			assertThat(finding.message()).contains("志愿服务时长", "未填写二级指标");
		});
	}

}
