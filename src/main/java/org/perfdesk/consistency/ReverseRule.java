package org.perfdesk.consistency;

/**
 * How a 反向 (≤) row's score is recomputed: the checker is told the rule the year scores
 * with, so it checks the table against that rule and not a guess; the scoring engine's
 * settings choose it.
 */
public enum ReverseRule {

	/** 比例法: W × min(1, A ÷ B), the default of the 自评表 填表说明. */
	RATIO,
	/** 线性扣分法: W × clamp(2 − B ÷ A, 0, 1). */
	LINEAR

}
