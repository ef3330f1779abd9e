package org.perfdesk.targets.quality;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.perfdesk.indicator.IndicatorSubcategory.*;

class SatisfactionWithoutThresholdTests {

	private final SatisfactionWithoutThreshold rule = new SatisfactionWithoutThreshold();

	@ParameterizedTest
	@ValueSource(strings = { "≥90%", ">85%", "85%-95%", "80%-100%" })
	void passesAPercentageFloorBelowHundred(String value) {
		TargetBuilder target = TargetBuilder.volunteerTraining().value("参训青年满意度", value);

		assertThat(rule.check(target.build())).isEmpty();
	}

	@ParameterizedTest
	@CsvSource({ "≥80认可度, 不是百分比", "≥85满意度, 不是百分比", "≥85, 不是百分比", "满意, 没有可衡量的阈值", "较高, 没有可衡量的阈值", "=100%, 全部满意",
			"≥100%, 全部满意", "≤90%, 设成了上限" })
	void flagsSatisfactionWithoutAUsableThreshold(String value, String problem) {
		TargetBuilder target = TargetBuilder.volunteerTraining().value("参训青年满意度", value);

		assertThat(rule.check(target.build())).singleElement().satisfies(finding -> {
			assertThat(finding.ruleCode()).isEqualTo("D10");
			assertThat(finding.severity()).isEqualTo(Severity.WARNING);
			assertThat(finding.indicatorIndex()).isEqualTo(target.indexOf("参训青年满意度"));
			assertThat(finding.message()).contains("参训青年满意度", value, problem);
		});
	}

	@Test
	void checksSatisfactionRowsPlacedInOtherCategoriesToo() {
		TargetBuilder target = TargetBuilder.project().row(ECONOMIC, "科普调查满意度", "≥80认可度");

		assertThat(rule.check(target.build())).singleElement()
			.satisfies(finding -> assertThat(finding.message()).contains("科普调查满意度", "“认可度”"));
	}

}
