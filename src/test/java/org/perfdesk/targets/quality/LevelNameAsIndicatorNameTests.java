package org.perfdesk.targets.quality;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.perfdesk.indicator.IndicatorSubcategory;

import static org.assertj.core.api.Assertions.assertThat;

class LevelNameAsIndicatorNameTests {

	private final LevelNameAsIndicatorName rule = new LevelNameAsIndicatorName();

	@Test
	void passesConcreteNames() {
		assertThat(rule.check(TargetBuilder.volunteerTraining().build())).isEmpty();
	}

	@ParameterizedTest
	@CsvSource({ "SOCIAL_COST, 社会成本指标", "SERVICE_SATISFACTION, 满意度指标", "SERVICE_SATISFACTION, 服务对象满意度指标",
			"QUANTITY, 数量指标", "ECONOMIC, 满意度", "SOCIAL, 社会效益", "OUTPUT_COST, 成本指标（万元）" })
	void flagsALevelLabelUsedAsTheName(IndicatorSubcategory subcategory, String name) {
		TargetBuilder target = TargetBuilder.project().row(subcategory, name, "≥90%");

		assertThat(rule.check(target.build())).singleElement().satisfies(finding -> {
			assertThat(finding.ruleCode()).isEqualTo("D5");
			assertThat(finding.severity()).isEqualTo(Severity.WARNING);
			assertThat(finding.indicatorIndex()).isZero();
			assertThat(finding.field()).isEqualTo("indicators[0].name");
			assertThat(finding.message()).contains("“" + name + "”", "一级或二级指标的名称", "请写明具体考核的内容");
		});
	}

	@ParameterizedTest
	@ValueSource(strings = { "指标1", "XX", "××", "请填写指标名称", "三级指标" })
	void flagsTemplateText(String name) {
		TargetBuilder target = TargetBuilder.project().row(IndicatorSubcategory.QUANTITY, name, "≥1次");

		assertThat(rule.check(target.build())).singleElement()
			.satisfies(finding -> assertThat(finding.message()).contains(name, "占位文字"));
	}

	@Test
	void acceptsTheCustomarySatisfactionName() {
		TargetBuilder target = TargetBuilder.project()
			.row(IndicatorSubcategory.SERVICE_SATISFACTION, "服务对象满意度", "≥90%");

		assertThat(rule.check(target.build())).isEmpty();
	}

}
