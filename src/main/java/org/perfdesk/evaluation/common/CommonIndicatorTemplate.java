package org.perfdesk.evaluation.common;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.perfdesk.consistency.Direction;
import org.perfdesk.shared.PlainText;

import static org.perfdesk.evaluation.scoring.Numbers.text;

/**
 * 部门整体支出共性指标模板 of a fiscal year: the common indicators every department's overall
 * self-evaluation is scored with, and the stated total (总分值) their weights must add up
 * to. Regions and years differ (domain.md §1.6), so the finance bureau edits it per year;
 * a year it never edited uses {@link #defaults(int)}.
 *
 * @param totalWeight the stated 总分值, 100 by default
 * @param updatedBy who saved it; null for the defaults
 * @param version 0 for the defaults (never saved)
 */
public record CommonIndicatorTemplate(int fiscalYear, BigDecimal totalWeight, List<CommonIndicator> indicators,
		String updatedBy, LocalDateTime updatedAt, int version) {

	static final BigDecimal DEFAULT_TOTAL = BigDecimal.valueOf(100);

	static final int MAX_CODE = 20;

	static final int MAX_LABEL = 50;

	static final int MAX_NAME = 100;

	static final int MAX_ITEM = 200;

	public CommonIndicatorTemplate {
		indicators = List.copyOf(indicators);
	}

	public boolean saved() {
		return version > 0;
	}

	public BigDecimal weightSum() {
		return indicators.stream()
			.map(CommonIndicator::weight)
			.filter(w -> w != null)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	/**
	 * Field → Chinese message for everything that makes the template unusable; empty when
	 * it can be saved. Fields are {@code totalWeight} and {@code rows[i].x} for the i-th
	 * indicator (0-based).
	 */
	public Map<String, String> problems() {
		var errors = new LinkedHashMap<String, String>();
		if (totalWeight == null || totalWeight.signum() <= 0) {
			errors.put("totalWeight", "请填写大于 0 的总分值");
		}
		if (indicators.isEmpty()) {
			errors.put("rows", "模板至少需要一个共性指标");
		}
		Set<String> codes = new HashSet<>();
		for (int i = 0; i < indicators.size(); i++) {
			CommonIndicator c = indicators.get(i);
			String p = "rows[" + i + "].";
			String which = "第 " + (i + 1) + " 行";
			if (c.code() == null || c.code().isBlank()) {
				errors.put(p + "code", which + "：请填写编码");
			}
			else if (!PlainText.SINGLE_LINE.accepts(c.code())) {
				errors.put(p + "code", which + "：" + PlainText.message("编码"));
			}
			else if (c.code().length() > MAX_CODE) {
				errors.put(p + "code", which + "：编码最多 " + MAX_CODE + " 个字符");
			}
			else if (!codes.add(c.code())) {
				errors.put(p + "code", which + "：编码“" + c.code() + "”重复");
			}
			required(errors, p + "category", which, "一级指标", c.category(), MAX_LABEL);
			required(errors, p + "group", which, "二级指标", c.group(), MAX_LABEL);
			required(errors, p + "name", which, "指标名称", c.name(), MAX_NAME);
			if (c.weight() == null) {
				errors.put(p + "weight", which + "：请填写分值");
			}
			else if (c.weight().signum() < 0) {
				errors.put(p + "weight", which + "：分值不能为负数");
			}
			else if (c.weight().stripTrailingZeros().scale() > 2) {
				errors.put(p + "weight", which + "：分值最多两位小数");
			}
			if (c.rule() == null) {
				errors.put(p + "rule", which + "：请选择计分规则");
				continue;
			}
			if (c.checklist()) {
				if (c.formula() != null) {
					errors.put(p + "formula", which + "：逐项检查扣分的指标不用计算公式，请选“无（逐项检查）”");
				}
				for (String item : c.items()) {
					if (item != null && !PlainText.SINGLE_LINE.accepts(item)) {
						errors.put(p + "items", which + "：" + PlainText.message("检查项"));
					}
					else if (item != null && item.length() > MAX_ITEM) {
						errors.put(p + "items", which + "：检查项最多 " + MAX_ITEM + " 个字");
					}
				}
			}
			else if (c.formula() == null) {
				errors.put(p + "formula", which + "：" + c.rule().kind().label() + "须选择计算公式");
			}
			if (c.direction() != Direction.POSITIVE && c.direction() != Direction.NEGATIVE) {
				errors.put(p + "direction", which + "：请选择指标方向（正向 ≥ 或 反向 ≤）");
			}
			else if (c.weight() != null) {
				List<String> ruleProblems = c.rule().problems(c.weight(), c.direction());
				if (!ruleProblems.isEmpty()) {
					errors.put(p + "rule", which + "：" + String.join("；", ruleProblems));
				}
			}
		}
		if (totalWeight != null && totalWeight.signum() > 0 && indicators.stream().allMatch(c -> c.weight() != null)
				&& weightSum().compareTo(totalWeight) != 0) {
			errors.put("totalWeight", "各指标分值合计为 " + text(weightSum()) + "，与总分值 " + text(totalWeight) + " 不符");
		}
		return errors;
	}

	private static void required(Map<String, String> errors, String field, String which, String label, String value,
			int max) {
		if (value == null || value.isBlank()) {
			errors.put(field, which + "：请填写" + label);
		}
		else if (!PlainText.SINGLE_LINE.accepts(value)) {
			errors.put(field, which + "：" + PlainText.message(label));
		}
		else if (value.length() > max) {
			errors.put(field, which + "：" + label + "最多 " + max + " 个字");
		}
	}

	/**
	 * The default template, after the Hunan-style 部门整体支出绩效评价指标表 (domain.md §1.6): 投入 10
	 * (在职人员控制率, “三公经费”变动率), 过程 50 (预算执行: 预算完成率, 预算控制率, 结转结余率, 公用经费控制率, “三公经费”控制率,
	 * 政府采购执行率; 预算管理 and 资产管理 as checklists), 产出 20 and 效果 20 from the department target's
	 * key indicators.
	 */
	public static CommonIndicatorTemplate defaults(int fiscalYear) {
		List<CommonIndicator> list = new ArrayList<>();
		list.add(rate("C01", "投入", "预算配置", CommonFormula.STAFF_CONTROL, Direction.NEGATIVE, 5,
				new PerPointDeduction(n(100), n("0.5"))));
		list.add(rate("C02", "投入", "预算配置", CommonFormula.OFFICIAL_COSTS_CHANGE, Direction.NEGATIVE, 5,
				new PerPointDeduction(n(0), n("0.5"))));
		list.add(rate("C03", "过程", "预算执行", CommonFormula.BUDGET_COMPLETION, Direction.POSITIVE, 10,
				new PerPointDeduction(n(100), n("0.4"))));
		list.add(rate("C04", "过程", "预算执行", CommonFormula.BUDGET_CONTROL, Direction.NEGATIVE, 5,
				new Tiers(List.of(new Tiers.Tier(n(0), n(5)), new Tiers.Tier(n(10), n(4)), new Tiers.Tier(n(20), n(3)),
						new Tiers.Tier(n(30), n(2))), n(0))));
		list.add(rate("C05", "过程", "预算执行", CommonFormula.CARRY_OVER, Direction.NEGATIVE, 5,
				new PerPointDeduction(n(10), n("0.5"))));
		list.add(rate("C06", "过程", "预算执行", CommonFormula.OPERATING_CONTROL, Direction.NEGATIVE, 5,
				new PerPointDeduction(n(100), n("0.5"))));
		list.add(rate("C07", "过程", "预算执行", CommonFormula.OFFICIAL_COSTS_CONTROL, Direction.NEGATIVE, 5,
				new PerPointDeduction(n(100), n("0.5"))));
		list.add(rate("C08", "过程", "预算执行", CommonFormula.PROCUREMENT, Direction.POSITIVE, 5, new Proportional(n(100))));
		list.add(check("C09", "过程", "预算管理", "管理制度健全性", 3, "已制定本部门预算资金管理办法", "已制定内部财务管理和会计核算制度", "已建立项目资金审批和支付流程"));
		list.add(check("C10", "过程", "预算管理", "资金使用合规性", 4, "资金支出符合财经法规和财务管理制度", "资金拨付有完整的审批程序和手续", "项目支出按批复的用途使用",
				"无截留、挤占、挪用、虚列支出"));
		list.add(check("C11", "过程", "预算管理", "预决算信息公开性", 3, "部门预算按规定时限公开", "部门决算按规定时限公开", "绩效目标和自评结果随预决算公开"));
		list.add(check("C12", "过程", "预算管理", "基础信息完善性", 2, "人员、资产等基础数据准确完整", "项目支出台账和会计资料齐全"));
		list.add(check("C13", "过程", "资产管理", "资产管理安全性", 3, "资产保存完整，账实相符", "资产配置和处置按规定程序报批", "资产收益及时足额上缴"));
		list.add(
				rate("C14", "产出", "职责履行", CommonFormula.KEY_OUTPUTS, Direction.POSITIVE, 20, new Proportional(n(100))));
		list.add(
				rate("C15", "效果", "履职效益", CommonFormula.KEY_EFFECTS, Direction.POSITIVE, 20, new Proportional(n(100))));
		return new CommonIndicatorTemplate(fiscalYear, DEFAULT_TOTAL, list, null, null, 0);
	}

	private static CommonIndicator rate(String code, String category, String group, CommonFormula formula,
			Direction direction, int weight, CommonRule rule) {
		return new CommonIndicator(code, category, group, formula.label(), formula, direction,
				BigDecimal.valueOf(weight), rule);
	}

	private static CommonIndicator check(String code, String category, String group, String name, int weight,
			String... items) {
		return new CommonIndicator(code, category, group, name, null, Direction.POSITIVE, BigDecimal.valueOf(weight),
				new Checklist(List.of(items), BigDecimal.ONE));
	}

	private static BigDecimal n(int value) {
		return BigDecimal.valueOf(value);
	}

	private static BigDecimal n(String value) {
		return new BigDecimal(value);
	}
}
