package org.perfdesk.targets.quality;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.perfdesk.indicator.IndicatorSubcategory.*;

class ValueNotQuantifiedTests {

	private final ValueNotQuantified rule = new ValueNotQuantified();

	@Test
	void passesATargetWithNumbers() {
		assertThat(rule.check(TargetBuilder.volunteerTraining().build())).isEmpty();
	}

	@Test
	void aQuantityInWordsIsAnError() {
		TargetBuilder target = TargetBuilder.volunteerTraining().value("举办培训班期数", "组织培训班次");

		List<Finding> findings = rule.check(target.build());

		assertThat(findings).singleElement().satisfies(finding -> {
			assertThat(finding.ruleCode()).isEqualTo("D1");
			assertThat(finding.severity()).isEqualTo(Severity.ERROR);
			assertThat(finding.indicatorIndex()).isEqualTo(target.indexOf("举办培训班期数"));
			assertThat(finding.field()).isEqualTo("indicators[" + target.indexOf("举办培训班期数") + "].value");
			assertThat(finding.message()).contains("举办培训班期数", "组织培训班次", "数量指标须写明数量");
		});
	}

	@Test
	void aQualityInWordsIsOnlyAWarning() {
		TargetBuilder target = TargetBuilder.volunteerTraining().value("参训人员考核合格率", "培训质量较好");

		assertThat(rule.check(target.build())).singleElement().satisfies(finding -> {
			assertThat(finding.severity()).isEqualTo(Severity.WARNING);
			assertThat(finding.indicatorIndex()).isEqualTo(target.indexOf("参训人员考核合格率"));
			assertThat(finding.message()).contains("参训人员考核合格率", "合格率");
		});
	}

	@Test
	void aBenefitInGradedWordsIsAcceptedOnItsOwn() {
		TargetBuilder target = TargetBuilder.volunteerTraining().row(SUSTAINABILITY, "志愿服务长效机制", "逐步健全");

		assertThat(rule.check(target.build())).isEmpty();
	}

	@Test
	void warnsWhenMoreThanHalfOfTheValuesAreWords() {
		TargetBuilder target = TargetBuilder.project()
			.row(QUANTITY, "培训人次", "≥600人次")
			.row(SOCIAL, "志愿服务氛围", "效果明显")
			.row(ECONOMIC, "带动青年就业", "有所提升")
			.row(SUSTAINABILITY, "长效机制", "逐步健全");

		assertThat(rule.check(target.build())).singleElement().satisfies(finding -> {
			assertThat(finding.severity()).isEqualTo(Severity.WARNING);
			assertThat(finding.indicatorIndex()).isNull();
			assertThat(finding.message()).contains("全部4个指标中有3个为定性描述");
		});
	}

	@Test
	void leavesEmptyValuesToTheRequiredFieldsRule() {
		TargetBuilder target = TargetBuilder.volunteerTraining().value("举办培训班期数", "");

		assertThat(rule.check(target.build())).isEmpty();
	}

}
