package org.perfdesk.targets.quality;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.perfdesk.indicator.IndicatorSubcategory.*;

class DuplicateIndicatorTests {

	private final DuplicateIndicator rule = new DuplicateIndicator();

	@Test
	void passesDistinctNames() {
		assertThat(rule.check(TargetBuilder.volunteerTraining().build())).isEmpty();
	}

	@Test
	void aNameRepeatedWithADifferentUnitOrSpacingIsAnError() {
		// the three rows of seed 004's first project table
		TargetBuilder target = TargetBuilder.project()
			.row(QUALITY, " 组织宣传活动次数", "组织培训活动")
			.row(TIMELINESS, " 组织宣传活动次数(次）", "组织培训活动次数")
			.row(OUTPUT_COST, "组织宣传活动次数（次", "组织宣传活动次数");

		assertThat(rule.check(target.build())).hasSize(2).allSatisfy(finding -> {
			assertThat(finding.ruleCode()).isEqualTo("D8");
			assertThat(finding.severity()).isEqualTo(Severity.ERROR);
			assertThat(finding.message()).contains("与第1行指标“组织宣传活动次数”", "重复");
		}).extracting(Finding::indicatorIndex).containsExactly(1, 2);
	}

	@Test
	void namesTheRepeatedRowAndItsCategory() {
		TargetBuilder target = TargetBuilder.project()
			.row(SUSTAINABILITY, "服务对象满意度", "≥80%")
			.row(SERVICE_SATISFACTION, "服务对象满意度", "≥80%");

		assertThat(rule.check(target.build())).singleElement().satisfies(finding -> {
			assertThat(finding.field()).isEqualTo("indicators[1].name");
			assertThat(finding.message()).startsWith("第2行指标“服务对象满意度”（满意度指标—服务对象满意度指标）与第1行指标");
		});
	}

}
