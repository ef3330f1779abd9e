package org.perfdesk.targets.quality;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class VagueScoringRuleTests {

	private final VagueScoringRule rule = new VagueScoringRule();

	@Test
	void passesFormulasAndTiers() {
		assertThat(rule.check(TargetBuilder.volunteerTraining().build())).isEmpty();
	}

	@Test
	void flagsDiscretionaryDeductions() {
		// the Hunan 2023 table of domain.md §4, D15
		TargetBuilder target = TargetBuilder.volunteerTraining()
			.row(org.perfdesk.indicator.IndicatorSubcategory.QUALITY, "志愿者服装质量合格率", "≥98%")
			.scoring("未达指标值酌情扣分");

		assertThat(rule.check(target.build())).singleElement().satisfies(finding -> {
			assertThat(finding.ruleCode()).isEqualTo("D15");
			assertThat(finding.severity()).isEqualTo(Severity.WARNING);
			assertThat(finding.indicatorIndex()).isEqualTo(target.indexOf("志愿者服装质量合格率"));
			assertThat(finding.field()).endsWith(".scoringRule");
			assertThat(finding.message()).contains("志愿者服装质量合格率", "“酌情”", "公式或分档");
		});
	}

	@Test
	void flagsARuleWithoutNumbers() {
		TargetBuilder target = TargetBuilder.volunteerTraining()
			.row(org.perfdesk.indicator.IndicatorSubcategory.QUALITY, "志愿者服装质量合格率", "≥98%")
			.scoring("按完成情况扣分");

		assertThat(rule.check(target.build())).singleElement()
			.satisfies(finding -> assertThat(finding.message()).contains("志愿者服装质量合格率", "没有给出分值或扣分幅度"));
	}

	@Test
	void listsRowsWithoutARuleWhenOthersHaveOne() {
		TargetBuilder target = TargetBuilder.volunteerTraining()
			.row(org.perfdesk.indicator.IndicatorSubcategory.QUALITY, "志愿者服装质量合格率", "≥98%");

		assertThat(rule.check(target.build())).singleElement()
			.satisfies(finding -> assertThat(finding.message()).contains("志愿者服装质量合格率", "未填写评(扣)分标准"));
	}

	@Test
	void remindsOnceWhenNoRowHasARule() {
		TargetBuilder target = TargetBuilder.volunteerTraining().scoringForAll(null);

		assertThat(rule.check(target.build())).singleElement().satisfies(finding -> {
			assertThat(finding.indicatorIndex()).isNull();
			assertThat(finding.message()).startsWith("所有指标都未填写评(扣)分标准");
		});
	}

}
