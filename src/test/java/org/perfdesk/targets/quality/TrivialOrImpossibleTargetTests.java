package org.perfdesk.targets.quality;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.perfdesk.indicator.IndicatorSubcategory.*;

class TrivialOrImpossibleTargetTests {

	private final TrivialOrImpossibleTarget rule = new TrivialOrImpossibleTarget();

	@Test
	void passesWorkedOutValuesWithAnOccasionalHundredPercent() {
		TargetBuilder target = TargetBuilder.volunteerTraining().row(QUALITY, "培训资料发放到位率", "=100%");

		assertThat(rule.check(target.build())).isEmpty();
	}

	@Test
	void flagsATargetMetByDoingNothing() {
		TargetBuilder target = TargetBuilder.volunteerTraining().value("举办培训班期数", "≥0期");

		assertThat(rule.check(target.build())).singleElement().satisfies(finding -> {
			assertThat(finding.ruleCode()).isEqualTo("D11");
			assertThat(finding.severity()).isEqualTo(Severity.WARNING);
			assertThat(finding.indicatorIndex()).isEqualTo(target.indexOf("举办培训班期数"));
			assertThat(finding.message()).contains("举办培训班期数", "≥0期", "不做任何事也能达到");
		});
	}

	@Test
	void flagsATableOfHundredPercents() {
		TargetBuilder target = TargetBuilder.project()
			.row(QUANTITY, "培训人次", "≥600人次")
			.row(QUALITY, "培训合格率", "=100%")
			.row(TIMELINESS, "培训及时率", "100%")
			.row(SERVICE_SATISFACTION, "参训青年满意度", "≥100%");

		assertThat(rule.check(target.build())).singleElement().satisfies(finding -> {
			assertThat(finding.indicatorIndex()).isNull();
			assertThat(finding.message()).contains("第2、3、4行共3个指标都设为100%", "定量指标（4个）");
		});
	}

}
