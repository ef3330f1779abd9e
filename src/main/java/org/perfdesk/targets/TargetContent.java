package org.perfdesk.targets;

import java.util.List;

import org.perfdesk.indicator.IndicatorScheme;
import org.perfdesk.shared.Amount;

/**
 * What the filler writes in a target, without its envelope (id, status, version). The
 * quality rules and the exports read this; fields that do not apply to a kind are empty
 * (a project target has no key tasks, a department target no spending plan).
 *
 * @param kind project or department target
 * @param scheme the indicator scheme of the fiscal year the target was written under
 * @param mediumTermObjective 中期目标 (project) — empty for a department target
 * @param annualObjective 年度目标 (project) or 年度总体目标 (department)
 * @param fiscalFunds 财政拨款 of the year (project)
 * @param otherFunds 其他资金 of the year (project)
 * @param spendingPlan 资金支出计划 (project)
 * @param duties 部门职能概述 (department)
 * @param tasks 年度主要任务 (department)
 * @param workFocus 工作重点 (department)
 * @param safeguards 保障措施 (department)
 * @param indicators the level-3 indicators in table order
 */
public record TargetContent(TargetKind kind, IndicatorScheme scheme, String mediumTermObjective, String annualObjective,
		Amount fiscalFunds, Amount otherFunds, SpendingPlan spendingPlan, String duties, List<KeyTask> tasks,
		String workFocus, String safeguards, List<Indicator> indicators) {

	public TargetContent {
		tasks = tasks == null ? List.of() : List.copyOf(tasks);
		indicators = indicators == null ? List.of() : List.copyOf(indicators);
	}

	/** 年度资金总额: for a project 财政拨款 + 其他资金, for a department the sum of its key tasks. */
	public Amount annualFunds() {
		if (kind == TargetKind.DEPARTMENT) {
			return tasks.stream().map(KeyTask::total).reduce(Amount.ZERO, Amount::plus);
		}
		Amount fiscal = fiscalFunds == null ? Amount.ZERO : fiscalFunds;
		return fiscal.plus(otherFunds == null ? Amount.ZERO : otherFunds);
	}
}
