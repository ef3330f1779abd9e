package org.perfdesk.targets.quality;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.perfdesk.indicator.IndicatorSubcategory.*;

class InputAsOutputTests {

	private final InputAsOutput rule = new InputAsOutput();

	@Test
	void passesOutputsThatAreProductsOrServices() {
		TargetBuilder target = TargetBuilder.volunteerTraining().row(QUANTITY, "培训人员数量", "≥600人");

		assertThat(rule.check(target.build())).isEmpty();
	}

	@Test
	void flagsMoneyNamedAsAQuantity() {
		// the Hunan 2023 table of domain.md §4, D2
		TargetBuilder target = TargetBuilder.volunteerTraining().row(QUANTITY, "业务工作支出安排金额", "28.8万元");

		assertThat(rule.check(target.build())).singleElement().satisfies(finding -> {
			assertThat(finding.ruleCode()).isEqualTo("D2");
			assertThat(finding.severity()).isEqualTo(Severity.WARNING);
			assertThat(finding.indicatorIndex()).isEqualTo(target.indexOf("业务工作支出安排金额"));
			assertThat(finding.field()).endsWith(".name");
			assertThat(finding.message()).contains("业务工作支出安排金额", "投入", "成本指标");
		});
	}

	@Test
	void leavesRatesOfFundsAlone() {
		// 预算执行率 and 资金到位率 are common 质量 indicators: they measure how the money was
		// managed
		TargetBuilder target = TargetBuilder.volunteerTraining()
			.row(QUALITY, "预算执行率", "≥95%")
			.row(QUALITY, "资金到位率", "=100%");

		assertThat(rule.check(target.build())).isEmpty();
	}

	@Test
	void flagsAQualityMeasuredInYuan() {
		TargetBuilder target = TargetBuilder.volunteerTraining().row(QUALITY, "培训保障水平", "≥3万元");

		assertThat(rule.check(target.build())).singleElement().satisfies(finding -> {
			assertThat(finding.field()).endsWith(".value");
			assertThat(finding.message()).contains("培训保障水平", "万元");
		});
	}

	@Test
	void flagsStaffDeployedAsAnOutput() {
		TargetBuilder target = TargetBuilder.volunteerTraining().row(QUANTITY, "投入工作人员", "≥5人");

		assertThat(rule.check(target.build())).singleElement()
			.satisfies(finding -> assertThat(finding.message()).contains("投入工作人员", "“工作人员”", "投入"));
	}

	@Test
	void leavesAmountsInCostIndicatorsAlone() {
		TargetBuilder target = TargetBuilder.volunteerTraining().row(ECONOMIC_COST, "培训经费总额", "≤12万元");

		assertThat(rule.check(target.build())).isEmpty();
	}

}
