package org.perfdesk.targets.quality;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.perfdesk.indicator.IndicatorSubcategory.*;

class TimelinessNotATimeTests {

	private final TimelinessNotATime rule = new TimelinessNotATime();

	@ParameterizedTest
	@ValueSource(strings = { "2024年10月底前", "≤3个工作日", "≤15天", "≥95%", "≤2小时" })
	void passesDeadlinesDurationsAndRates(String value) {
		TargetBuilder target = TargetBuilder.volunteerTraining().value("培训完成时间", value);

		assertThat(rule.check(target.build())).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "按时完成", "在项目计划完成时间内完成", "志愿者派遣数量", "≥12次" })
	void flagsAnythingThatIsNotATime(String value) {
		TargetBuilder target = TargetBuilder.volunteerTraining().value("培训完成时间", value);

		assertThat(rule.check(target.build())).singleElement().satisfies(finding -> {
			assertThat(finding.ruleCode()).isEqualTo("D9");
			assertThat(finding.severity()).isEqualTo(Severity.WARNING);
			assertThat(finding.indicatorIndex()).isEqualTo(target.indexOf("培训完成时间"));
			assertThat(finding.message()).contains("培训完成时间", value, "时效指标应填完成时限");
		});
	}

	@ParameterizedTest
	@ValueSource(strings = { "按时完成" })
	void looksOnlyAtTimelinessRows(String value) {
		TargetBuilder target = TargetBuilder.project().row(SOCIAL, "志愿服务工作推进", value);

		assertThat(rule.check(target.build())).isEmpty();
	}

}
