package org.perfdesk.execution;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.perfdesk.shared.Amount;

/**
 * The three ratios of budget execution, as fractions rounded half-up to four decimals (so
 * 0.7634 shows as 76.34%). Each is computed from the exact amounts, never from another
 * rounded ratio.
 * <ul>
 * <li>执行率 = 执行数 ÷ 全年预算数 (财预〔2020〕10号 self-evaluation form: 全年执行数 / 全年预算数, where 全年预算数 is
 * the adjusted budget); no rate when the budget is 0;</li>
 * <li>时间进度 = month ÷ 12, the share of the year gone by at the end of the month;</li>
 * <li>执行进度 = 执行率 ÷ 时间进度 = 执行数 × 12 ÷ (全年预算数 × month) (domain.md §1.7 item 9).</li>
 * </ul>
 */
public final class ExecutionRates {

	public static final int SCALE = 4;

	static final BigDecimal MONTHS = BigDecimal.valueOf(12);

	private ExecutionRates() {
	}

	/** 执行率, or null when the full-year budget is 0 (shown as "—"). */
	public static BigDecimal executionRate(Amount executed, Amount fullYearBudget) {
		if (fullYearBudget.yuan().signum() == 0) {
			return null;
		}
		return executed.yuan().divide(fullYearBudget.yuan(), SCALE, RoundingMode.HALF_UP);
	}

	/** 时间进度 at the end of a month (0 before January's end, 1 at December's). */
	public static BigDecimal timeProgress(int month) {
		checkMonth(month);
		return BigDecimal.valueOf(month).divide(MONTHS, SCALE, RoundingMode.HALF_UP);
	}

	/** 执行进度, or null when there is no rate (budget 0) or no time has passed (month 0). */
	public static BigDecimal executionProgress(Amount executed, Amount fullYearBudget, int month) {
		checkMonth(month);
		if (fullYearBudget.yuan().signum() == 0 || month == 0) {
			return null;
		}
		return executed.yuan()
			.multiply(MONTHS)
			.divide(fullYearBudget.yuan().multiply(BigDecimal.valueOf(month)), SCALE, RoundingMode.HALF_UP);
	}

	/**
	 * A ratio as a percentage with two decimals ("76.34%"), or "—" when there is none.
	 */
	public static String percent(BigDecimal ratio) {
		if (ratio == null) {
			return "—";
		}
		return ratio.movePointRight(2).setScale(2, RoundingMode.HALF_UP).toPlainString() + "%";
	}

	/**
	 * A ratio as a percentage without trailing zeros ("60%", "72.5%"), for thresholds.
	 */
	public static String percentPlain(BigDecimal ratio) {
		BigDecimal p = ratio.movePointRight(2).stripTrailingZeros();
		return (p.scale() < 0 ? p.setScale(0) : p).toPlainString() + "%";
	}

	private static void checkMonth(int month) {
		if (month < 0 || month > 12) {
			throw new IllegalArgumentException("month must be 0–12: " + month);
		}
	}

}
