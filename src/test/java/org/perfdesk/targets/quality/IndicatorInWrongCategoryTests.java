package org.perfdesk.targets.quality;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.perfdesk.indicator.IndicatorSubcategory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.perfdesk.indicator.IndicatorSubcategory.*;

class IndicatorInWrongCategoryTests {

	private final IndicatorInWrongCategory rule = new IndicatorInWrongCategory();

	@Test
	void leavesACostInMoneyAloneWhateverItsNameCounts() {
		TargetBuilder money = TargetBuilder.volunteerTraining().row(ECONOMIC_COST, "部门预算支出控制数", "≤315.5万元");
		TargetBuilder count = TargetBuilder.volunteerTraining().row(ECONOMIC_COST, "培训场次数", "≥12场");

		assertThat(rule.check(money.build())).isEmpty();
		assertThat(rule.check(count.build())).singleElement()
			.satisfies(finding -> assertThat(finding.message()).contains("培训场次数", "数量"));
	}

	@Test
	void passesRowsInTheirCategories() {
		TargetBuilder target = TargetBuilder.volunteerTraining().row(SOCIAL, "受益群众人数", "≥1000人");

		assertThat(rule.check(target.build())).isEmpty();
	}

	@ParameterizedTest
	@CsvSource({ "ECONOMIC, 科普调查满意度, 服务对象满意度指标", "SERVICE_SATISFACTION, 参加志愿服务活动, 没有写明满意度", "QUANTITY, 培训合格率, 质量指标",
			"QUANTITY, 促进青年就业人数, 效益指标", "QUALITY, 组织宣传活动次数, 数量指标", "TIMELINESS, 志愿者派遣数, 数量指标",
			"OUTPUT_COST, 参加志愿服务活动人数, 数量指标", "SOCIAL, 志愿服务活动场次, 产出—数量指标" })
	void suggestsTheRightCategory(IndicatorSubcategory subcategory, String name, String advice) {
		TargetBuilder target = TargetBuilder.project().row(QUANTITY, "培训人次", "≥600人次").row(subcategory, name, "≥1次");

		assertThat(rule.check(target.build())).singleElement().satisfies(finding -> {
			assertThat(finding.ruleCode()).isEqualTo("D6");
			assertThat(finding.severity()).isEqualTo(Severity.WARNING);
			assertThat(finding.indicatorIndex()).isEqualTo(1);
			assertThat(finding.field()).isEqualTo("indicators[1].subcategory");
			assertThat(finding.message()).contains("“" + name + "”", advice);
		});
	}

}
