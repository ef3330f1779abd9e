package org.perfdesk.targets;

import java.math.BigDecimal;

/**
 * 资金支出计划: the share of the year's funds expected to be spent by the end of March, June,
 * September and December, cumulative, in percent. A sound plan never goes down and
 * reaches 100% in December.
 */
public record SpendingPlan(BigDecimal march, BigDecimal june, BigDecimal september, BigDecimal december) {

	public static final SpendingPlan EVEN = new SpendingPlan(BigDecimal.valueOf(25), BigDecimal.valueOf(50),
			BigDecimal.valueOf(75), BigDecimal.valueOf(100));

}
