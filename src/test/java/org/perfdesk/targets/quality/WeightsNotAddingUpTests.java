package org.perfdesk.targets.quality;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.perfdesk.indicator.IndicatorSubcategory.*;

class WeightsNotAddingUpTests {

	private final WeightsNotAddingUp rule = new WeightsNotAddingUp();

	@Test
	void passesWeightsOfHundred() {
		assertThat(rule.check(TargetBuilder.volunteerTraining().build())).isEmpty();
	}

	@Test
	void passesATargetWithoutAnyWeights() {
		TargetBuilder target = TargetBuilder.project().row(QUANTITY, "培训人次", "≥600人次").row(QUALITY, "培训合格率", "≥90%");

		assertThat(rule.check(target.build())).isEmpty();
	}

	@Test
	void weightsThatDoNotAddUpAreAnError() {
		TargetBuilder target = TargetBuilder.volunteerTraining().row(ECOLOGICAL, "活动垃圾分类回收率", "≥90%").weight("5");

		assertThat(rule.check(target.build())).singleElement().satisfies(finding -> {
			assertThat(finding.ruleCode()).isEqualTo("D19");
			assertThat(finding.severity()).isEqualTo(Severity.ERROR);
			assertThat(finding.indicatorIndex()).isNull();
			assertThat(finding.message()).contains("合计105分，应为100分");
		});
	}

	@Test
	void aZeroWeightIsAnError() {
		TargetBuilder target = TargetBuilder.project()
			.row(QUANTITY, "培训人次", "≥600人次")
			.weight("100")
			.row(QUALITY, "培训合格率", "≥90%")
			.weight("0");

		assertThat(rule.check(target.build())).singleElement().satisfies(finding -> {
			assertThat(finding.severity()).isEqualTo(Severity.ERROR);
			assertThat(finding.indicatorIndex()).isEqualTo(1);
			assertThat(finding.field()).isEqualTo("indicators[1].weight");
			assertThat(finding.message()).contains("培训合格率", "分值为0", "应大于0");
		});
	}

	@Test
	void blankWeightsAreAWarningUntilTheOthersExceedTheTotal() {
		TargetBuilder partly = TargetBuilder.project()
			.row(QUANTITY, "培训人次", "≥600人次")
			.weight("60")
			.row(QUALITY, "培训合格率", "≥90%");
		TargetBuilder over = TargetBuilder.project()
			.row(QUANTITY, "培训人次", "≥600人次")
			.weight("110")
			.row(QUALITY, "培训合格率", "≥90%");

		assertThat(rule.check(partly.build())).singleElement().satisfies(finding -> {
			assertThat(finding.severity()).isEqualTo(Severity.WARNING);
			assertThat(finding.indicatorIndex()).isEqualTo(1);
			assertThat(finding.message()).contains("第2行指标未设分值", "合计60分");
		});
		assertThat(rule.check(over.build())).singleElement().satisfies(finding -> {
			assertThat(finding.severity()).isEqualTo(Severity.ERROR);
			assertThat(finding.message()).contains("合计110分，已超过100分");
		});
	}

	@Test
	void theTotalCanBeNinetyWhereExecutionTakesTen() {
		TargetBuilder target = TargetBuilder.project()
			.row(QUANTITY, "培训人次", "≥600人次")
			.weight("50")
			.row(SOCIAL, "志愿服务时长", "≥20小时")
			.weight("30")
			.row(SERVICE_SATISFACTION, "参训青年满意度", "≥90%")
			.weight("10");

		assertThat(new WeightsNotAddingUp(BigDecimal.valueOf(90)).check(target.build())).isEmpty();
		assertThat(rule.check(target.build())).singleElement()
			.satisfies(finding -> assertThat(finding.message()).contains("合计90分，应为100分"));
	}

}
