package org.perfdesk.evaluation.common;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

import org.perfdesk.evaluation.department.DepartmentFunds;
import org.perfdesk.evaluation.department.DepartmentMeasures;
import org.perfdesk.evaluation.department.KeyIndicatorResult;
import org.perfdesk.evaluation.scoring.Measure;
import org.perfdesk.evaluation.scoring.Numbers;
import org.perfdesk.evaluation.scoring.ScoredItem;
import org.perfdesk.execution.department.DepartmentFigures;
import org.perfdesk.indicator.IndicatorCategory;
import org.perfdesk.shared.Amount;

/**
 * 共性指标的计算公式: which recorded figures a common indicator divides (财预〔2013〕53号 部门整体支出
 * framework). Each formula turns the {@link DepartmentMeasures} into a {@link Measure}:
 * the rate as printed with the division written out, or why it cannot be computed — a
 * figure that is not recorded ("… 未填写") or a divisor of 0. Amounts in the explanations
 * are 万元 with two decimals; the rate itself is computed from the exact yuan.
 */
public enum CommonFormula {

	/** 在职人员控制率 = 实有人数 ÷ 编制数. */
	STAFF_CONTROL("在职人员控制率", "实有人数 ÷ 编制数") {
		@Override
		Measure measure(DepartmentMeasures in) {
			DepartmentFigures f = in.figures();
			if (f == null) {
				return Measure.missing("", "本年度编制数、实有人数未填写（预算执行 → 部门整体支出）");
			}
			String inputs = "实有人数 " + f.actualStaff() + " 人，编制数 " + f.authorisedStaff() + " 人";
			if (f.authorisedStaff() == 0) {
				return Measure.missing(inputs, "编制数为 0，不能作除数");
			}
			BigDecimal p = Measure.percent(BigDecimal.valueOf(f.actualStaff()),
					BigDecimal.valueOf(f.authorisedStaff()));
			return Measure.of(p, inputs,
					f.actualStaff() + " ÷ " + f.authorisedStaff() + " = " + p.toPlainString() + "%");
		}
	},

	/** "三公经费"变动率 = (本年三公经费 − 上年三公经费) ÷ 上年三公经费, on the amounts spent. */
	OFFICIAL_COSTS_CHANGE("“三公经费”变动率", "(本年三公经费 − 上年三公经费) ÷ 上年三公经费") {
		@Override
		Measure measure(DepartmentMeasures in) {
			if (in.figures() == null) {
				return Measure.missing("", "本年度三公经费支出数未填写（预算执行 → 部门整体支出）");
			}
			Amount now = in.figures().officialCostsSpent();
			if (in.previous() == null) {
				return Measure.missing("本年三公经费 " + wan(now) + " 万元", "上年度三公经费支出数未填写（预算执行 → 部门整体支出，上一年度）");
			}
			Amount before = in.previous().officialCostsSpent();
			String inputs = "本年三公经费 " + wan(now) + " 万元，上年三公经费 " + wan(before) + " 万元";
			if (before.yuan().signum() == 0) {
				return Measure.missing(inputs, "上年三公经费为 0，不能作除数，请手工评定");
			}
			BigDecimal p = Measure.percent(now.yuan().subtract(before.yuan()), before.yuan());
			return Measure.of(p, inputs,
					"(" + wan(now) + " − " + wan(before) + ") ÷ " + wan(before) + " = " + p.toPlainString() + "%");
		}
	},

	/** 预算完成率 = 实际支出数 ÷ 年度预算数. */
	BUDGET_COMPLETION("预算完成率", "实际支出数 ÷ 年度预算数") {
		@Override
		Measure measure(DepartmentMeasures in) {
			DepartmentFunds f = in.funds();
			return ratio(f.actualSpending(), "实际支出数", f.annualBudget(), "年度预算数");
		}
	},

	/**
	 * 预算调整率 = 年度调整额 ÷ 年初预算数, scored on its size: a cut is as much an adjustment as an
	 * increase.
	 */
	BUDGET_ADJUSTMENT("预算调整率", "|年度调整额| ÷ 年初预算数") {
		@Override
		Measure measure(DepartmentMeasures in) {
			DepartmentFunds f = in.funds();
			Measure m = ratio(f.adjustment() == null ? null : Amount.ofYuan(f.adjustment().yuan().abs()), "年度调整额（绝对值）",
					f.initialBudget(), "年初预算数");
			if (!m.present()) {
				return m;
			}
			return new Measure(m.percent(), m.inputs(), m.arithmetic() + "（按调整幅度计，追减与追加同样计入）", null);
		}
	},

	/** 预算控制率 = 本年追加 ÷ 年初预算数 (the Hunan form's variant of 预算调整率). */
	BUDGET_CONTROL("预算控制率", "本年追加 ÷ 年初预算数") {
		@Override
		Measure measure(DepartmentMeasures in) {
			DepartmentFunds f = in.funds();
			return ratio(f.increases(), "本年追加", f.initialBudget(), "年初预算数");
		}
	},

	/**
	 * 结转结余率 = 结转结余总额 ÷ 年度预算数. Nothing in the records holds 结转结余, so it is computed as
	 * 年度预算数 − 实际支出数 (what was budgeted and not spent), and the explanation says so.
	 */
	CARRY_OVER("结转结余率", "(年度预算数 − 实际支出数) ÷ 年度预算数") {
		@Override
		Measure measure(DepartmentMeasures in) {
			DepartmentFunds f = in.funds();
			Amount annual = f.annualBudget();
			Amount left = annual == null || f.actualSpending() == null ? null
					: Amount.ofYuan(annual.yuan().subtract(f.actualSpending().yuan()));
			Measure m = ratio(left, "结转结余总额", annual, "年度预算数");
			if (!m.present()) {
				return m;
			}
			return new Measure(m.percent(), m.inputs(), m.arithmetic() + "（结转结余总额按 年度预算数 − 实际支出数 计）", null);
		}
	},

	/** 公用经费控制率 = 实际公用经费 ÷ 预算安排公用经费. */
	OPERATING_CONTROL("公用经费控制率", "实际公用经费 ÷ 预算公用经费") {
		@Override
		Measure measure(DepartmentMeasures in) {
			return figures(in, DepartmentFigures::operatingSpent, "实际公用经费", DepartmentFigures::operatingBudget,
					"预算公用经费");
		}
	},

	/** "三公经费"控制率 = 三公经费实际支出 ÷ 三公经费预算数. */
	OFFICIAL_COSTS_CONTROL("“三公经费”控制率", "三公经费实际支出 ÷ 三公经费预算数") {
		@Override
		Measure measure(DepartmentMeasures in) {
			return figures(in, DepartmentFigures::officialCostsSpent, "三公经费实际支出",
					DepartmentFigures::officialCostsBudget, "三公经费预算数");
		}
	},

	/** 政府采购执行率 = 实际政府采购金额 ÷ 政府采购预算数. */
	PROCUREMENT("政府采购执行率", "实际政府采购金额 ÷ 政府采购预算数") {
		@Override
		Measure measure(DepartmentMeasures in) {
			return figures(in, DepartmentFigures::procurementActual, "实际政府采购金额", DepartmentFigures::procurementBudget,
					"政府采购预算数");
		}
	},

	/**
	 * 关键产出指标完成程度: the department target's 产出 (and 成本) indicators scored by the engine on
	 * the 年度完成值 the department wrote, Σ 得分 ÷ Σ 分值.
	 */
	KEY_OUTPUTS("关键产出指标完成程度", "Σ 产出类关键指标得分 ÷ Σ 分值") {
		@Override
		Measure measure(DepartmentMeasures in) {
			return keyIndicators(in, c -> c == IndicatorCategory.OUTPUT || c == IndicatorCategory.COST, "产出类");
		}
	},

	/** 关键效益指标完成程度: the 效益 and 满意度 indicators, likewise. */
	KEY_EFFECTS("关键效益指标完成程度", "Σ 效益及满意度类关键指标得分 ÷ Σ 分值") {
		@Override
		Measure measure(DepartmentMeasures in) {
			return keyIndicators(in, c -> c == IndicatorCategory.BENEFIT || c == IndicatorCategory.SATISFACTION,
					"效益及满意度类");
		}
	};

	private final String label;

	private final String expression;

	CommonFormula(String label, String expression) {
		this.label = label;
		this.expression = expression;
	}

	/** The indicator the formula computes, e.g. "在职人员控制率". */
	public String label() {
		return label;
	}

	/** The formula as printed, e.g. "实有人数 ÷ 编制数". */
	public String expression() {
		return expression;
	}

	abstract Measure measure(DepartmentMeasures in);

	static String wan(Amount amount) {
		return amount.toWan(2).toPlainString();
	}

	private static Measure ratio(Amount numerator, String numeratorLabel, Amount denominator, String denominatorLabel) {
		if (denominator == null || numerator == null) {
			String absent = denominator == null && numerator == null ? numeratorLabel + "、" + denominatorLabel
					: denominator == null ? denominatorLabel : numeratorLabel;
			return Measure.missing("", absent + "未填写（须先填报本年度部门整体支出数据）");
		}
		String inputs = numeratorLabel + " " + wan(numerator) + " 万元，" + denominatorLabel + " " + wan(denominator)
				+ " 万元";
		if (denominator.yuan().signum() == 0) {
			return Measure.missing(inputs, denominatorLabel + "为 0，不能作除数");
		}
		BigDecimal p = Measure.percent(numerator.yuan(), denominator.yuan());
		return Measure.of(p, inputs, wan(numerator) + " ÷ " + wan(denominator) + " = " + p.toPlainString() + "%");
	}

	private static Measure figures(DepartmentMeasures in, Function<DepartmentFigures, Amount> numerator,
			String numeratorLabel, Function<DepartmentFigures, Amount> denominator, String denominatorLabel) {
		if (in.figures() == null) {
			return Measure.missing("", numeratorLabel + "、" + denominatorLabel + "未填写（预算执行 → 部门整体支出）");
		}
		return ratio(numerator.apply(in.figures()), numeratorLabel, denominator.apply(in.figures()), denominatorLabel);
	}

	private static Measure keyIndicators(DepartmentMeasures in, Predicate<IndicatorCategory> category, String kind) {
		List<KeyIndicatorResult> rows = in.keyIndicators()
			.stream()
			.filter(k -> k.subcategory() != null && category.test(k.subcategory().category()))
			.toList();
		if (rows.isEmpty()) {
			return Measure.missing("", "部门整体支出绩效目标中没有" + kind + "关键指标");
		}
		BigDecimal scored = BigDecimal.ZERO;
		BigDecimal weights = BigDecimal.ZERO;
		for (KeyIndicatorResult k : rows) {
			BigDecimal weight = k.weight() == null || k.weight().signum() <= 0 ? BigDecimal.ONE : k.weight();
			ScoredItem item = in.scoring().score(k.target(), weight, k.actualValue());
			if (!item.scorable()) {
				return Measure.missing(rows.size() + " 项" + kind + "关键指标",
						"关键指标“" + k.name() + "”" + item.explanation().replaceFirst("^无法计分：", ""));
			}
			scored = scored.add(item.score());
			weights = weights.add(weight);
		}
		String inputs = rows.size() + " 项" + kind + "关键指标，得分合计 " + Numbers.text(scored) + "，分值合计 "
				+ Numbers.text(weights);
		BigDecimal p = Measure.percent(scored, weights);
		return Measure.of(p, inputs,
				Numbers.text(scored) + " ÷ " + Numbers.text(weights) + " = " + p.toPlainString() + "%");
	}

}
