package org.perfdesk.monitoring;

import java.math.BigDecimal;
import java.math.RoundingMode;

import java.util.List;

import org.perfdesk.targets.SpendingCheckpoints;
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

	private ExpectedProgress() {
	}

	/**
	 * 计划进度: the share the spending plan expects by the end of the month, with the default
	 * checkpoints (3/6/9/12 月底).
	 */
	public static BigDecimal byPlan(SpendingPlan plan, int month) {
		return byPlan(plan, SpendingCheckpoints.DEFAULT_MONTHS, month);
	}

	/**
	 * 计划进度 with the year's checkpoint months ({@link SpendingCheckpoints}): the plan's
	 * cumulative share at each checkpoint, 0 at the start of the year, and straight lines
	 * between them month by month.
	 */
	public static BigDecimal byPlan(SpendingPlan plan, List<Integer> checkpoints, int month) {
		checkMonth(month);
		BigDecimal[] shares = { BigDecimal.ZERO, plan.march(), plan.june(), plan.september(), plan.december() };
		int[] ends = { 0, checkpoints.get(0), checkpoints.get(1), checkpoints.get(2), checkpoints.get(3) };
		int k = 1;
		while (k < ends.length - 1 && ends[k] < month) {
			k++;
		}
		BigDecimal from = shares[k - 1];
		BigDecimal to = shares[k];
		int length = ends[k] - ends[k - 1];
		int into = Math.min(month, ends[k]) - ends[k - 1];
		BigDecimal percent = from.add(to.subtract(from)
			.multiply(BigDecimal.valueOf(into))
			.divide(BigDecimal.valueOf(length), 6, RoundingMode.HALF_UP));
		return percent.divide(HUNDRED, 4, RoundingMode.HALF_UP);
	}

	private static void checkMonth(int month) {
		if (month < 1 || month > 12) {
			throw new IllegalArgumentException("月份须在 1 到 12 之间：" + month);
		}
	}

}
