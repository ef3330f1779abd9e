package org.perfdesk.evaluation.department;

import java.math.BigDecimal;

import org.perfdesk.evaluation.scoring.Measure;
import org.perfdesk.shared.Amount;

/**
 * 部门资金情况 of a department self-evaluation, computed from what is recorded, never typed:
 * 年初预算数 = 基本支出 (人员经费 + 公用经费, module execution's 部门整体支出数据) + the 年初预算数 of every project of
 * the department and the units under it; 年度调整额 = the projects' 追加 minus 追减; 年度预算数 = 年初预算数
 * + 年度调整额; 实际支出数 = 基本支出 spent + the projects' 执行数 of the whole year; 其中一般公共预算 = 基本支出
 * spent + the projects' 执行数 from 财政拨款 (当年财政拨款 and 上年结转). 预算完成率 = 实际支出数 ÷ 年度预算数 and 预算调整率
 * = 年度调整额 ÷ 年初预算数, as percentages with two decimals.
 * <p>
 * The basic spending only exists once the department has saved its 部门整体支出数据 for the year;
 * until then the amounts that include it are null (not recorded) rather than a
 * project-only sum that would look complete.
 *
 * @param initialBudget 年初预算数, null when the department figures are not recorded
 * @param adjustment 年度调整额 (projects only; basic spending has no recorded adjustments)
 * @param increases 本年追加: the 追加 alone, for 预算控制率
 * @param actualSpending 实际支出数, null when not recorded
 * @param publicSpending 其中：一般公共预算, null when not recorded
 */
public record DepartmentFunds(Amount initialBudget, Amount adjustment, Amount increases, Amount actualSpending,
		Amount publicSpending) {

	public boolean recorded() {
		return initialBudget != null && actualSpending != null;
	}

	/** 年度预算数 = 年初预算数 + 年度调整额. */
	public Amount annualBudget() {
		return initialBudget == null ? null : initialBudget.plus(adjustment);
	}

	/** 预算完成率 in percent, or null when a figure is missing or 年度预算数 is 0. */
	public BigDecimal completionRate() {
		Amount annual = annualBudget();
		if (annual == null || actualSpending == null || annual.yuan().signum() == 0) {
			return null;
		}
		return Measure.percent(actualSpending.yuan(), annual.yuan());
	}

	/** 预算调整率 in percent (negative for a net cut), or null when 年初预算数 is missing or 0. */
	public BigDecimal adjustmentRate() {
		if (initialBudget == null || initialBudget.yuan().signum() == 0) {
			return null;
		}
		return Measure.percent(adjustment.yuan(), initialBudget.yuan());
	}

	public String completionRateText() {
		BigDecimal r = completionRate();
		return r == null ? "—" : r.toPlainString() + "%";
	}

	public String adjustmentRateText() {
		BigDecimal r = adjustmentRate();
		return r == null ? "—" : r.toPlainString() + "%";
	}

	/** An amount in 万元 with two decimals, or "未填报" when it is not recorded. */
	public static String wan(Amount amount) {
		return amount == null ? "未填报" : amount.formatWan(2);
	}

	/** {@link #wan} for a page: the templates call it on the funds they show. */
	public String shown(Amount amount) {
		return wan(amount);
	}

	/** As printed on the table: 万元 with two decimals, or null. */
	static String printed(Amount amount) {
		return amount == null ? null : amount.toWan(2).toPlainString();
	}
}
