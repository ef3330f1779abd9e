package org.perfdesk.targets.quality;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.perfdesk.indicator.IndicatorSubcategory.*;

class CostNotMatchingFundsTests {

	private final CostNotMatchingFunds rule = new CostNotMatchingFunds();

	@Test
	void passesAUnitCostWithinTheFunds() {
		TargetBuilder target = TargetBuilder.volunteerTraining()
			.row(ECONOMIC_COST, "培训总成本", "≤12万元")
			.row(SOCIAL_COST, "对周边居民出行的影响", "无明显影响");

		assertThat(rule.check(target.build())).isEmpty();
	}

	@Test
	void flagsACostThatIsNotAnAmount() {
		// seed 004: 成本指标 "组织宣传活动次数(次）" with the value "组织宣传活动次数"
		TargetBuilder target = TargetBuilder.project().row(OUTPUT_COST, "组织宣传活动次数(次）", "组织宣传活动次数");

		assertThat(rule.check(target.build())).singleElement().satisfies(finding -> {
			assertThat(finding.ruleCode()).isEqualTo("D14");
			assertThat(finding.severity()).isEqualTo(Severity.WARNING);
			assertThat(finding.indicatorIndex()).isZero();
			assertThat(finding.message()).contains("组织宣传活动次数(次）", "不是金额", "≤12万元");
		});
	}

	@Test
	void flagsACostAboveTheYearsFunds() {
		TargetBuilder target = TargetBuilder.volunteerTraining().row(ECONOMIC_COST, "培训总成本", "≤20万元");

		assertThat(rule.check(target.build())).singleElement().satisfies(finding -> {
			assertThat(finding.indicatorIndex()).isEqualTo(target.indexOf("培训总成本"));
			assertThat(finding.message()).contains("培训总成本", "20.00万元超过了年度资金12.00万元");
		});
	}

	@Test
	void flagsCostsThatTogetherExceedTheFunds() {
		TargetBuilder target = TargetBuilder.volunteerTraining()
			.row(ECONOMIC_COST, "师资费用", "≤80000元")
			.row(ECONOMIC_COST, "场地费用", "≤6万元");

		assertThat(rule.check(target.build())).singleElement().satisfies(finding -> {
			assertThat(finding.indicatorIndex()).isNull();
			assertThat(finding.message()).contains("合计14.00万元");
		});
	}

	@Test
	void aFundedProjectWithoutCostIndicatorIsFlagged() {
		TargetBuilder target = TargetBuilder.volunteerTraining().without(ECONOMIC_COST);

		assertThat(rule.check(target.build())).singleElement()
			.satisfies(finding -> assertThat(finding.message()).contains("年度资金12.00万元，但没有成本指标"));
	}

	@Test
	void flagsYearsFundsAboveTheProjectBudget() {
		TargetBuilder target = TargetBuilder.volunteerTraining().funds("12").budget("10");

		assertThat(rule.check(target.build())).singleElement().satisfies(finding -> {
			assertThat(finding.field()).isEqualTo("fiscalFunds");
			assertThat(finding.message()).contains("年度资金12.00万元超过了项目总预算10.00万元");
		});
	}

	@Test
	void aDepartmentsKeyTasksNeedBudgets() {
		TargetBuilder funded = TargetBuilder.department();
		TargetBuilder unfunded = TargetBuilder.department().task("青少年维权", null);
		TargetBuilder noTasks = TargetBuilder.department().noTasks();

		assertThat(rule.check(funded.build())).isEmpty();
		assertThat(rule.check(unfunded.build())).singleElement().satisfies(finding -> {
			assertThat(finding.field()).isEqualTo("tasks[1].fiscalFunds");
			assertThat(finding.message()).contains("“青少年维权”没有预算金额");
		});
		assertThat(rule.check(noTasks.build())).singleElement()
			.satisfies(finding -> assertThat(finding.message()).contains("未填写年度主要任务"));
	}

}
