package org.perfdesk.targets.quality;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.perfdesk.indicator.IndicatorSubcategory.*;

class ObjectiveCopiedIntoIndicatorsTests {

	private final ObjectiveCopiedIntoIndicators rule = new ObjectiveCopiedIntoIndicators();

	@Test
	void passesAnObjectiveThatStatesResults() {
		assertThat(rule.check(TargetBuilder.volunteerTraining().build())).isEmpty();
	}

	@Test
	void flagsAnObjectiveCopiedFromThePurpose() {
		TargetBuilder target = TargetBuilder.volunteerTraining()
			.purpose("用于青年志愿者骨干培训的场地租赁、师资课酬、教材印制和学员保险等支出。")
			.objective("用于青年志愿者骨干培训的场地租赁、师资课酬、教材印制和学员保险。");

		assertThat(rule.check(target.build())).singleElement().satisfies(finding -> {
			assertThat(finding.ruleCode()).isEqualTo("D12");
			assertThat(finding.severity()).isEqualTo(Severity.WARNING);
			assertThat(finding.field()).isEqualTo("annualObjective");
			assertThat(finding.message()).contains("年度目标与项目资金用途的文字几乎相同", "相似度");
		});
	}

	@Test
	void flagsStockPhrases() {
		TargetBuilder target = TargetBuilder.volunteerTraining().objective("做好全市青年志愿服务工作，达到预期目标。");

		assertThat(rule.check(target.build())).singleElement()
			.satisfies(finding -> assertThat(finding.message()).contains("“做好全市青年志愿服务工作”“达到预期目标”", "空泛"));
	}

	@Test
	void flagsAnIndicatorThatRestatesAnObjectiveItem() {
		TargetBuilder target = TargetBuilder.volunteerTraining()
			.objective("1.组织各级团组织发动青年开展志愿服务\n2.全年培训青年志愿者骨干600人次")
			.row(SOCIAL, "组织各级团组织发动青年开展志愿服务", "志愿服务情况", "效果明显");

		assertThat(rule.check(target.build())).singleElement().satisfies(finding -> {
			assertThat(finding.indicatorIndex()).isEqualTo(target.indexOf("组织各级团组织发动青年开展志愿服务"));
			assertThat(finding.field()).endsWith(".name");
			assertThat(finding.message()).contains("组织各级团组织发动青年开展志愿服务", "照抄了年度目标");
		});
	}

	@Test
	void anIndicatorThatMeasuresAnObjectiveItemIsNotACopy() {
		TargetBuilder target = TargetBuilder.volunteerTraining()
			.objective("1.组织各级团组织发动青年开展志愿服务\n2.全年培训青年志愿者骨干600人次")
			.row(QUANTITY, "全年培训青年志愿者骨干人次", "各期签到人次之和", "≥600人次");

		assertThat(rule.check(target.build())).isEmpty();
	}

	@Test
	void flagsAnExplanationThatOnlyRepeatsTheName() {
		TargetBuilder target = TargetBuilder.volunteerTraining().row(QUALITY, "组织宣传活动次数", "组织宣传活动", "≥95%");

		assertThat(rule.check(target.build())).singleElement().satisfies(finding -> {
			assertThat(finding.field()).endsWith(".explanation");
			assertThat(finding.message()).contains("组织宣传活动次数", "只是重复了指标名称", "统计口径");
		});
	}

	@Test
	void flagsTheMediumTermObjectiveCopiedIntoTheYearOfAMultiYearProject() {
		String objective = TargetBuilder.volunteerTraining().content().annualObjective();
		TargetBuilder multiYear = TargetBuilder.volunteerTraining()
			.period(2024, 2026)
			.budget("36")
			.mediumTermObjective(objective);
		TargetBuilder oneYear = TargetBuilder.volunteerTraining().mediumTermObjective(objective);

		assertThat(rule.check(multiYear.build())).singleElement()
			.satisfies(finding -> assertThat(finding.message()).contains("照抄了中期目标", "2024年度"));
		assertThat(rule.check(oneYear.build())).isEmpty();
	}

}
