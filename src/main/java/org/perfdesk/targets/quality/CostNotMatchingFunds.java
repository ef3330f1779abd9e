package org.perfdesk.targets.quality;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

import org.perfdesk.indicator.IndicatorSubcategory;
import org.perfdesk.indicator.TargetValue;
import org.perfdesk.shared.Amount;
import org.perfdesk.targets.Indicator;
import org.perfdesk.targets.KeyTask;
import org.perfdesk.targets.TargetContent;
import org.perfdesk.targets.TargetKind;
import org.perfdesk.targets.TargetSubject;

/**
 * D14 目标与资金不匹配 (88号 相应匹配, 适当性): an economic cost indicator that is not an amount (so it
 * cannot be held against the funds), a total cost above the year's funds, a project with
 * funds but no cost indicator, a year's funds above the whole project budget; for a
 * department, key tasks without a budget.
 * <p>
 * Warning: which costs are worth capping is a judgement, and 社会成本 / 生态环境成本 (negative
 * externalities, 101号) are rightly not in money, so only 成本指标 (2015) and 经济成本指标 (2021)
 * are held to amounts. A missing cost category is also D13's error when the scheme
 * requires one; this rule states the funding side of it.
 */
public final class CostNotMatchingFunds extends RowRule {

	/** 元, 万元, and unit costs such as 元/人, 万元/场, 元每人次. */
	private static final Pattern MONEY = Pattern.compile("^万?元([/每].+)?$");

	public CostNotMatchingFunds() {
		super("D14", "目标与资金不匹配", Severity.WARNING);
	}

	@Override
	public List<Finding> check(TargetSubject subject) {
		List<Finding> findings = checkRows(subject);
		TargetContent content = subject.content();
		Amount funds = Rows.annualFunds(content);
		List<Indicator> indicators = content.indicators();
		List<Amount> totals = indicators.stream().map(this::totalCost).filter(Objects::nonNull).toList();
		Amount totalCosts = totals.stream().reduce(Amount.ZERO, Amount::plus);
		// a row above the funds is reported already; the sum would only repeat it
		boolean rowAboveFunds = totals.stream().anyMatch(amount -> amount.compareTo(funds) > 0);
		if (totals.size() > 1 && !rowAboveFunds && funds.yuan().signum() > 0 && totalCosts.compareTo(funds) > 0) {
			findings.add(targetFinding("indicators",
					"各成本指标合计" + totalCosts.formatWan() + "万元，超过了年度资金" + funds.formatWan() + "万元。请核对成本构成。"));
		}
		if (content.kind() == TargetKind.DEPARTMENT) {
			checkTasks(content, findings);
			return findings;
		}
		boolean anyCost = indicators.stream().anyMatch(i -> i.subcategory() != null && i.subcategory().isCost());
		if (!anyCost && funds.yuan().signum() > 0) {
			findings.add(targetFinding("indicators",
					"项目年度资金" + funds.formatWan() + "万元，但没有成本指标，无法判断资金与产出是否匹配。请填写成本指标，如“人均培训成本≤200元/人”。"));
		}
		Amount budget = subject.projectBudget();
		if (budget != null && budget.yuan().signum() > 0 && funds.compareTo(budget) > 0) {
			findings.add(targetFinding("fiscalFunds",
					"年度资金" + funds.formatWan() + "万元超过了项目总预算" + budget.formatWan() + "万元。请核对财政拨款和其他资金。"));
		}
		return findings;
	}

	@Override
	boolean appliesTo(Indicator indicator) {
		return inMoney(indicator.subcategory()) && Rows.hasValue(indicator); // S2 reports
																				// a row
																				// without
																				// a value
	}

	@Override
	Optional<Finding> checkRow(int index, Indicator indicator, TargetSubject subject) {
		TargetValue value = indicator.value();
		Amount funds = Rows.annualFunds(subject.content());
		if (!Rows.isQuantity(value) || !MONEY.matcher(Rows.unit(value)).matches()) {
			return Optional.of(rowFinding(index, "value", Rows.describeValue(index, indicator) + "不是金额。成本指标应写明控制的金额，如“≤"
					+ plain(funds) + "万元”（总成本）或“≤200元/人”（单位成本），才能与年度资金核对。"));
		}
		Amount amount = total(value, Rows.unit(value));
		if (amount != null && funds.yuan().signum() > 0 && amount.compareTo(funds) > 0) {
			return Optional.of(rowFinding(index, "value", Rows.describe(index, indicator) + "的成本" + amount.formatWan()
					+ "万元超过了年度资金" + funds.formatWan() + "万元。请按年度资金核定成本，或核对单位是否应为“元”。"));
		}
		return Optional.empty();
	}

	private void checkTasks(TargetContent content, List<Finding> findings) {
		List<KeyTask> tasks = content.tasks();
		if (tasks.isEmpty()) {
			findings.add(targetFinding("tasks", "未填写年度主要任务及其预算金额。请逐项列出主要任务和对应资金，以便核对目标与资金是否匹配。"));
		}
		for (int t = 0; t < tasks.size(); t++) {
			KeyTask task = tasks.get(t);
			if (Rows.total(task).yuan().signum() <= 0) {
				findings.add(targetFinding("tasks[" + t + "].fiscalFunds", "年度主要任务“"
						+ (task.name() == null ? "" : task.name().strip()) + "”没有预算金额。请填写该任务的财政拨款和其他资金（没有的填0）。"));
			}
		}
	}

	/**
	 * The total cost in money a row sets, or null: a unit cost, or a row that is not an
	 * amount.
	 */
	private Amount totalCost(Indicator indicator) {
		TargetValue value = indicator.value();
		return appliesTo(indicator) && Rows.isQuantity(value) ? total(value, Rows.unit(value)) : null;
	}

	/**
	 * Only economic costs are amounts; social and ecological costs are negative
	 * externalities (101号).
	 */
	private static boolean inMoney(IndicatorSubcategory subcategory) {
		return subcategory == IndicatorSubcategory.OUTPUT_COST || subcategory == IndicatorSubcategory.ECONOMIC_COST;
	}

	/** A total amount (万元 or 元, not per unit), at its upper end; null for unit costs. */
	private static Amount total(TargetValue value, String unit) {
		return switch (unit) {
			case "万元" -> Amount.ofWan(Rows.highest(value));
			case "元" -> Amount.ofYuan(Rows.highest(value));
			default -> null;
		};
	}

	private static String plain(Amount funds) {
		return funds.yuan().signum() > 0 ? funds.toWanExact().toPlainString() : "5";
	}

}
