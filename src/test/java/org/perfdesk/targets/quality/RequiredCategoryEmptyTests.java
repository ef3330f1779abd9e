package org.perfdesk.targets.quality;

import java.util.EnumSet;

import org.junit.jupiter.api.Test;

import org.perfdesk.indicator.IndicatorCategory;
import org.perfdesk.indicator.IndicatorScheme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.perfdesk.indicator.IndicatorSubcategory.*;

class RequiredCategoryEmptyTests {

	private final RequiredCategoryEmpty rule = new RequiredCategoryEmpty();

	@Test
	void passesAProjectWithEveryRequiredCategory() {
		assertThat(rule.check(TargetBuilder.volunteerTraining().build())).isEmpty();
	}

	@Test
	void aMissingRequiredCategoryIsAnError() {
		TargetBuilder target = TargetBuilder.volunteerTraining().without(SERVICE_SATISFACTION);

		assertThat(rule.check(target.build())).singleElement().satisfies(finding -> {
			assertThat(finding.ruleCode()).isEqualTo("D13");
			assertThat(finding.severity()).isEqualTo(Severity.ERROR);
			assertThat(finding.indicatorIndex()).isNull();
			assertThat(finding.field()).isEqualTo("indicators");
			assertThat(finding.message()).contains("满意度指标—服务对象满意度指标", "参训青年满意度");
		});
	}

	@Test
	void rowsOfTheOtherSchemeCountWhereTheSchemePlacesThem() {
		// 可持续影响 is a social benefit in the 2021 scheme; a 2021-style economic cost is the
		// 2015 成本指标
		TargetBuilder core = TargetBuilder.volunteerTraining()
			.without(SOCIAL)
			.row(SUSTAINABILITY, "志愿服务队伍持续运行年限", "≥3年");
		TargetBuilder classic = TargetBuilder.volunteerTraining().scheme(IndicatorScheme.CLASSIC_2015);

		assertThat(rule.check(core.build())).isEmpty();
		assertThat(rule.check(classic.build())).isEmpty();
	}

	@Test
	void theClassicSchemeRequiresItsOwnCategories() {
		TargetBuilder target = TargetBuilder.project()
			.scheme(IndicatorScheme.CLASSIC_2015)
			.row(QUANTITY, "培训人次", "≥600人次")
			.row(QUALITY, "培训合格率", "≥90%")
			.row(TIMELINESS, "培训完成时间", "2024年10月底前")
			.row(SOCIAL, "志愿服务时长", "≥20小时");

		assertThat(rule.check(target.build())).extracting(Finding::message)
			.containsExactly("缺少必填的二级指标“产出指标—成本指标”。请至少填写一个，如“人均培训成本”。",
					"缺少必填的二级指标“满意度指标—服务对象满意度指标”。请至少填写一个，如“参训青年满意度”。");
	}

	@Test
	void fewerThanThreeIndicatorsIsAnError() {
		TargetBuilder target = TargetBuilder.department()
			.row(QUANTITY, "志愿服务活动场次", "≥40场")
			.row(SERVICE_SATISFACTION, "群众满意度", "≥90%")
			.row(SOCIAL, "志愿服务受益群众", "≥10000人次");

		assertThat(rule.check(target.build())).isEmpty();
		assertThat(new RequiredCategoryEmpty(4, EnumSet.of(IndicatorCategory.OUTPUT)).check(target.build()))
			.singleElement()
			.satisfies(finding -> assertThat(finding.message()).contains("只有3个绩效指标，少于4个"));
	}

	@Test
	void aDepartmentNeedsOutputBenefitAndSatisfaction() {
		TargetBuilder target = TargetBuilder.department()
			.row(QUANTITY, "志愿服务活动场次", "≥40场")
			.row(QUALITY, "志愿服务记录完整率", "≥95%")
			.row(SOCIAL, "志愿服务受益群众", "≥10000人次");

		assertThat(rule.check(target.build())).singleElement().satisfies(finding -> {
			assertThat(finding.severity()).isEqualTo(Severity.ERROR);
			assertThat(finding.message()).contains("缺少一级指标“满意度指标”", "产出指标、效益指标、满意度指标");
		});
	}

}
