package org.perfdesk.evaluation.department;

import org.perfdesk.shared.Amount;

/**
 * 主要任务 of a department self-evaluation, copied from the department target's key tasks
 * with their money (金额合计 = 财政拨款 + 其他资金), and the 完成情况 written by the department.
 *
 * @param target the task's content in the target (预期目标)
 */
public record TaskResult(int position, String name, String target, Amount fiscalFunds, Amount otherFunds,
		String completion) {

	public TaskResult {
		completion = completion == null ? "" : completion;
	}

	/** 金额合计. */
	public Amount total() {
		return fiscalFunds.plus(otherFunds);
	}

	TaskResult with(String text) {
		return new TaskResult(position, name, target, fiscalFunds, otherFunds, text);
	}
}
