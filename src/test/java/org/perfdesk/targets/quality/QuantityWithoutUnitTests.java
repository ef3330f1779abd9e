package org.perfdesk.targets.quality;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.perfdesk.indicator.IndicatorSubcategory.*;

class QuantityWithoutUnitTests {

	private final QuantityWithoutUnit rule = new QuantityWithoutUnit();

	@Test
	void passesNumbersWithUnits() {
		assertThat(rule.check(TargetBuilder.volunteerTraining().build())).isEmpty();
	}

	@Test
	void aNumberWithoutUnitIsAnError() {
		TargetBuilder target = TargetBuilder.volunteerTraining().value("青年志愿者骨干培训人次", "≥600");

		assertThat(rule.check(target.build())).singleElement().satisfies(finding -> {
			assertThat(finding.ruleCode()).isEqualTo("D3");
			assertThat(finding.severity()).isEqualTo(Severity.ERROR);
			assertThat(finding.indicatorIndex()).isEqualTo(target.indexOf("青年志愿者骨干培训人次"));
			assertThat(finding.message()).contains("青年志愿者骨干培训人次", "“≥600”", "没有计量单位");
		});
	}

	@ParameterizedTest
	@CsvSource({ "≥80认可度, 认可度, 百分比", "≥85满意度, 满意度, 百分比", "≥78人数, 人数, 计量单位", "≥80满意度调查, 满意度调查, 百分比" })
	void aWordNamingTheMeasureIsNotAUnit(String value, String unit, String advice) {
		TargetBuilder target = TargetBuilder.project().row(SOCIAL, "补助人群改善情况", value);

		assertThat(rule.check(target.build())).singleElement().satisfies(finding -> {
			assertThat(finding.severity()).isEqualTo(Severity.WARNING);
			assertThat(finding.indicatorIndex()).isZero();
			assertThat(finding.message()).contains("补助人群改善情况", "“" + unit + "”不是计量单位", advice);
		});
	}

	@Test
	void leavesSatisfactionRowsToD10() {
		TargetBuilder target = TargetBuilder.project().row(SERVICE_SATISFACTION, "群众满意度", ">80认可度");

		assertThat(rule.check(target.build())).isEmpty();
	}

	@Test
	void aRateAboveHundredIsAWarning() {
		TargetBuilder target = TargetBuilder.volunteerTraining().value("参训人员考核合格率", "≥120%");

		assertThat(rule.check(target.build())).singleElement().satisfies(finding -> {
			assertThat(finding.severity()).isEqualTo(Severity.WARNING);
			assertThat(finding.message()).contains("参训人员考核合格率", "超过100%");
		});
	}

	@Test
	void aGrowthRateMayExceedHundred() {
		TargetBuilder target = TargetBuilder.volunteerTraining().row(SOCIAL, "注册志愿者人数同比增长率", "≥120%");

		assertThat(rule.check(target.build())).isEmpty();
	}

}
