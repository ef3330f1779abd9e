package org.perfdesk.evaluation.common;

import org.perfdesk.consistency.Direction;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CommonIndicatorTemplateTests {

	static CommonIndicatorTemplate with(List<CommonIndicator> indicators, String total) {
		return new CommonIndicatorTemplate(2025, new BigDecimal(total), indicators, null, null, 0);
	}

	@Test
	void theDefaultTemplateIsValidAndAddsUpToItsTotal() {
		CommonIndicatorTemplate t = CommonIndicatorTemplate.defaults(2025);
		assertThat(t.problems()).isEmpty();
		assertThat(t.weightSum()).isEqualByComparingTo(t.totalWeight());
		assertThat(t.indicators()).extracting(CommonIndicator::name)
			.contains("在职人员控制率", "“三公经费”变动率", "预算完成率", "预算控制率", "结转结余率", "公用经费控制率", "“三公经费”控制率", "政府采购执行率", "管理制度健全性",
					"资金使用合规性", "预决算信息公开性", "基础信息完善性", "资产管理安全性");
		assertThat(t.indicators()).extracting(c -> c.rule().kind())
			.contains(CommonRule.Kind.DEDUCTION, CommonRule.Kind.TIERS, CommonRule.Kind.PROPORTIONAL,
					CommonRule.Kind.CHECKLIST);
	}

	@Test
	void weightsMustNotBeNegativeAndMustAddUpToTheStatedTotal() {
		List<CommonIndicator> list = new ArrayList<>(CommonIndicatorTemplate.defaults(2025).indicators());
		CommonIndicator first = list.get(0);
		list.set(0, new CommonIndicator(first.code(), first.category(), first.group(), first.name(), first.formula(),
				first.direction(), BigDecimal.valueOf(-5), first.rule()));
		var problems = with(list, "100").problems();
		assertThat(problems).containsEntry("rows[0].weight", "第 1 行：分值不能为负数");
		assertThat(problems.get("totalWeight")).isEqualTo("各指标分值合计为 90，与总分值 100 不符");
		assertThat(with(CommonIndicatorTemplate.defaults(2025).indicators(), "90").problems())
			.containsEntry("totalWeight", "各指标分值合计为 100，与总分值 90 不符");
		assertThat(with(CommonIndicatorTemplate.defaults(2025).indicators(), "0").problems())
			.containsEntry("totalWeight", "请填写大于 0 的总分值");
	}

	@Test
	void tiersMustBeOrdered() {
		var tiers = new Tiers(List.of(TiersTests.tier("10", "4"), TiersTests.tier("0", "5")), BigDecimal.ZERO);
		var c = new CommonIndicator("X1", "过程", "预算执行", "预算控制率", CommonFormula.BUDGET_CONTROL, Direction.NEGATIVE,
				BigDecimal.valueOf(5), tiers);
		assertThat(with(List.of(c), "5").problems().get("rows[0].rule")).startsWith("第 1 行：各档界限须按从小到大排列");
	}

	@Test
	void aRuleNeedsTheRightFormulaDirectionCodeAndName() {
		var checklistWithFormula = new CommonIndicator("A", "过程", "预算管理", "管理制度健全性", CommonFormula.PROCUREMENT,
				Direction.POSITIVE, BigDecimal.ONE, new Checklist(List.of("甲"), BigDecimal.ONE));
		var rateWithoutFormula = new CommonIndicator("A", "过程", "预算执行", "", null, null, BigDecimal.ONE,
				new Proportional(BigDecimal.valueOf(100)));
		var problems = with(List.of(checklistWithFormula, rateWithoutFormula), "2").problems();
		assertThat(problems).containsEntry("rows[0].formula", "第 1 行：逐项检查扣分的指标不用计算公式，请选“无（逐项检查）”")
			.containsEntry("rows[1].code", "第 2 行：编码“A”重复")
			.containsEntry("rows[1].name", "第 2 行：请填写指标名称")
			.containsEntry("rows[1].formula", "第 2 行：按比例计分须选择计算公式")
			.containsEntry("rows[1].direction", "第 2 行：请选择指标方向（正向 ≥ 或 反向 ≤）");
	}

	@Test
	void invisibleControlCharactersAreRefusedInCodesNamesAndItems() {
		var c = new CommonIndicator("A\u0000", "过程", "预算\n管理", "管理制度\u001b健全性", null, Direction.POSITIVE,
				BigDecimal.ONE, new Checklist(List.of("制度\u0007齐全"), BigDecimal.ONE));
		assertThat(with(List.of(c), "1").problems()).containsEntry("rows[0].code", "第 1 行：编码含有不可见的控制字符，请删除后再保存")
			.containsEntry("rows[0].group", "第 1 行：二级指标含有不可见的控制字符，请删除后再保存")
			.containsEntry("rows[0].name", "第 1 行：指标名称含有不可见的控制字符，请删除后再保存")
			.containsEntry("rows[0].items", "第 1 行：检查项含有不可见的控制字符，请删除后再保存");
	}

	@Test
	void anEmptyTemplateIsRefused() {
		assertThat(with(List.of(), "100").problems()).containsEntry("rows", "模板至少需要一个共性指标");
	}

}
