package org.perfdesk.targets;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.perfdesk.shared.Amount;
import org.perfdesk.shared.PlainText;

/**
 * Checks that make a target unsavable (field errors in Chinese, keyed like the form
 * fields): lengths, a spending plan that goes down or does not reach 100%, funds that do
 * not add up to the project's budget, negative weights, indicators without a name or
 * outside the year's scheme. Whether a target is <em>good</em> enough to submit is the
 * quality rules' business; these only keep nonsense out of the database.
 */
final class TargetContentChecks {

	static final int LONG_TEXT = 5000;

	static final int MEDIUM_TEXT = 2000;

	static final int MAX_INDICATORS = 200;

	static final int MAX_TASKS = 50;

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private TargetContentChecks() {
	}

	/**
	 * Field → message; empty when the content can be saved. {@code projectBudget} is null
	 * for a department target.
	 */
	static Map<String, String> problems(TargetContent c, Amount projectBudget) {
		return problems(c, projectBudget, SpendingCheckpoints.labels(SpendingCheckpoints.DEFAULT_MONTHS));
	}

	/** The same, the spending plan's errors named by the year's checkpoints. */
	static Map<String, String> problems(TargetContent c, Amount projectBudget, List<String> checkpoints) {
		var errors = new LinkedHashMap<String, String>();
		length(errors, "mediumTermObjective", "中期目标", c.mediumTermObjective(), LONG_TEXT, PlainText.MULTI_LINE);
		length(errors, "annualObjective", c.kind() == TargetKind.PROJECT ? "年度目标" : "年度总体目标", c.annualObjective(),
				LONG_TEXT, PlainText.MULTI_LINE);
		length(errors, "duties", "部门职能概述", c.duties(), LONG_TEXT, PlainText.MULTI_LINE);
		length(errors, "workFocus", "工作重点", c.workFocus(), LONG_TEXT, PlainText.MULTI_LINE);
		length(errors, "safeguards", "保障措施", c.safeguards(), LONG_TEXT, PlainText.MULTI_LINE);
		if (c.kind() == TargetKind.PROJECT) {
			funds(errors, c, projectBudget);
			plan(errors, c.spendingPlan(), checkpoints);
		}
		else {
			tasks(errors, c.tasks());
		}
		indicators(errors, c);
		return errors;
	}

	private static void funds(Map<String, String> errors, TargetContent c, Amount budget) {
		if (c.fiscalFunds() == null || c.otherFunds() == null) {
			errors.put("fiscalFunds", "请填写年度资金的财政拨款和其他资金（万元）");
			return;
		}
		if (c.fiscalFunds().isNegative()) {
			errors.put("fiscalFunds", "财政拨款不能为负数");
		}
		else if (c.fiscalFunds().exceedsMax()) {
			errors.put("fiscalFunds", "财政拨款超出合理范围（不超过 " + Amount.MAX_TEXT + "）");
		}
		if (c.otherFunds().isNegative()) {
			errors.put("otherFunds", "其他资金不能为负数");
		}
		else if (c.otherFunds().exceedsMax()) {
			errors.put("otherFunds", "其他资金超出合理范围（不超过 " + Amount.MAX_TEXT + "）");
		}
		if (budget != null && !errors.containsKey("fiscalFunds") && !errors.containsKey("otherFunds")
				&& c.annualFunds().compareTo(budget) != 0) {
			errors.put("fiscalFunds", "年度资金总额 " + c.annualFunds().toWanExact().toPlainString()
					+ " 万元（财政拨款 + 其他资金）与项目预算合计 " + budget.toWanExact().toPlainString() + " 万元不一致；请按项目库中的预算填写，或先修改项目预算");
		}
	}

	private static void plan(Map<String, String> errors, SpendingPlan plan, List<String> checkpoints) {
		if (plan == null || plan.march() == null || plan.june() == null || plan.september() == null
				|| plan.december() == null) {
			errors.put("plan", "请填写" + String.join("、", checkpoints) + "的累计支出计划（%）");
			return;
		}
		List<BigDecimal> points = List.of(plan.march(), plan.june(), plan.september(), plan.december());
		String[] names = { "planMarch", "planJune", "planSeptember", "planDecember" };
		String[] months = checkpoints.toArray(String[]::new);
		for (int i = 0; i < points.size(); i++) {
			BigDecimal p = points.get(i);
			if (p.signum() < 0 || p.compareTo(HUNDRED) > 0) {
				errors.put(names[i], months[i] + "累计支出比例须在 0% 到 100% 之间");
			}
			else if (i > 0 && p.compareTo(points.get(i - 1)) < 0) {
				errors.put(names[i],
						months[i] + "累计支出比例 " + p.stripTrailingZeros().toPlainString() + "% 低于" + months[i - 1] + "的 "
								+ points.get(i - 1).stripTrailingZeros().toPlainString() + "%；计划是累计数，不能减少");
			}
		}
		if (!errors.containsKey("planDecember") && plan.december().compareTo(HUNDRED) != 0) {
			errors.put("planDecember",
					"12月底累计支出计划应为 100%，当前为 " + plan.december().stripTrailingZeros().toPlainString() + "%");
		}
	}

	private static void tasks(Map<String, String> errors, List<KeyTask> tasks) {
		if (tasks.size() > MAX_TASKS) {
			errors.put("tasks", "年度主要任务最多 " + MAX_TASKS + " 项");
			return;
		}
		for (int i = 0; i < tasks.size(); i++) {
			KeyTask t = tasks.get(i);
			String prefix = "tasks[" + i + "].";
			if (t.name() == null || t.name().isBlank()) {
				errors.put(prefix + "name", "第 " + (i + 1) + " 项任务缺少任务名称");
			}
			length(errors, prefix + "name", "第 " + (i + 1) + " 项任务的任务名称", t.name(), 200, PlainText.SINGLE_LINE);
			length(errors, prefix + "content", "第 " + (i + 1) + " 项任务的主要内容", t.content(), MEDIUM_TEXT,
					PlainText.MULTI_LINE);
			if (t.fiscalFunds().isNegative()) {
				errors.put(prefix + "fiscalFunds", "第 " + (i + 1) + " 项任务的财政拨款不能为负数");
			}
			else if (t.fiscalFunds().exceedsMax()) {
				errors.put(prefix + "fiscalFunds", "第 " + (i + 1) + " 项任务的财政拨款超出合理范围（不超过 " + Amount.MAX_TEXT + "）");
			}
			if (t.otherFunds().isNegative()) {
				errors.put(prefix + "otherFunds", "第 " + (i + 1) + " 项任务的其他资金不能为负数");
			}
			else if (t.otherFunds().exceedsMax()) {
				errors.put(prefix + "otherFunds", "第 " + (i + 1) + " 项任务的其他资金超出合理范围（不超过 " + Amount.MAX_TEXT + "）");
			}
		}
	}

	private static void indicators(Map<String, String> errors, TargetContent c) {
		if (c.indicators().size() > MAX_INDICATORS) {
			errors.put("indicators", "绩效指标最多 " + MAX_INDICATORS + " 个");
			return;
		}
		for (int i = 0; i < c.indicators().size(); i++) {
			Indicator ind = c.indicators().get(i);
			String prefix = "indicators[" + i + "].";
			String row = "第 " + (i + 1) + " 行指标";
			if (ind.subcategory() == null || !c.scheme().contains(ind.subcategory())) {
				errors.put(prefix + "subcategory", row + "的二级指标不属于" + c.scheme().label());
			}
			if (ind.name() == null || ind.name().isBlank()) {
				errors.put(prefix + "name", row + "缺少三级指标名称");
			}
			length(errors, prefix + "name", row + "的三级指标名称", ind.name(), 200, PlainText.SINGLE_LINE);
			length(errors, prefix + "explanation", row + "的指标解释", ind.explanation(), MEDIUM_TEXT, PlainText.MULTI_LINE);
			length(errors, prefix + "value", row + "的指标值", ind.value() == null ? null : ind.value().typed(), 200,
					PlainText.SINGLE_LINE);
			length(errors, prefix + "scoringRule", row + "的评(扣)分标准", ind.scoringRule(), MEDIUM_TEXT,
					PlainText.MULTI_LINE);
			length(errors, prefix + "dataSource", row + "的数据来源", ind.dataSource(), 200, PlainText.SINGLE_LINE);
			if (ind.weight() != null && ind.weight().signum() < 0) {
				errors.put(prefix + "weight", row + "的分值不能为负数");
			}
			else if (ind.weight() != null && ind.weight().compareTo(HUNDRED) > 0) {
				errors.put(prefix + "weight", row + "的分值不能超过 100");
			}
			else if (ind.weight() != null && ind.weight().stripTrailingZeros().scale() > 2) {
				errors.put(prefix + "weight", row + "的分值最多保留两位小数");
			}
		}
	}

	/**
	 * Invisible control characters first (they would count towards the length), then the
	 * length.
	 */
	private static void length(Map<String, String> errors, String field, String label, String text, int max,
			PlainText kind) {
		if (errors.containsKey(field) || text == null) {
			return;
		}
		if (!kind.accepts(text.strip())) {
			errors.put(field, PlainText.message(label));
		}
		else if (text.length() > max) {
			errors.put(field, label + "过长：" + text.length() + " 字，上限 " + max + " 字");
		}
	}

}
