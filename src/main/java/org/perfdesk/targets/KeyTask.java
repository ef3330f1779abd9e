package org.perfdesk.targets;

import org.perfdesk.shared.Amount;

/** 年度主要任务 of a department target, with its budget (预算金额: 财政拨款 + 其他资金 = 总额). */
public record KeyTask(String name, String content, Amount fiscalFunds, Amount otherFunds) {

	public Amount total() {
		return fiscalFunds.plus(otherFunds);
	}
}
