package org.perfdesk.monitoring;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.perfdesk.targets.SpendingPlan;

/**
 * What share of the year's budget the target's spending plan expects to be spent by the
 * end of a month: the plan's cumulative points at the end of March, June, September and
 * December joined by straight lines from 0 at the start of the year. A fraction with four
 * decimals, rounded half-up. (The share by elapsed time is
 * {@link org.perfdesk.execution.ExecutionRates#timeProgress}.) The monitoring rounds
 * compare execution with both.
 */
public final class ExpectedProgress {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private static final BigDecimal THREE = BigDecimal.valueOf(3);

	private ExpectedProgress() {
	}

	/** 计划进度: the share the spending plan expects by the end of the month. */
	public static BigDecimal byPlan(SpendingPlan plan, int month) {
		checkMonth(month);
		BigDecimal[] quarterEnds = { BigDecimal.ZERO, plan.march(), plan.june(), plan.september(), plan.december() };
		int quarter = (month - 1) / 3;
		BigDecimal from = quarterEnds[quarter];
		BigDecimal to = quarterEnds[quarter + 1];
		int into = month - quarter * 3;
		BigDecimal percent = from
			.add(to.subtract(from).multiply(BigDecimal.valueOf(into)).divide(THREE, 6, RoundingMode.HALF_UP));
		return percent.divide(HUNDRED, 4, RoundingMode.HALF_UP);
	}

	private static void checkMonth(int month) {
		if (month < 1 || month > 12) {
			throw new IllegalArgumentException("月份须在 1 到 12 之间：" + month);
		}
	}

}
