package org.perfdesk.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.perfdesk.shared.Amount;

/**
 * How reports write figures: 万元 with two decimals, rates as percentages with two
 * decimals, and a change from last year in words (增加 / 减少 / 持平). One place, so a figure
 * reads the same in a table and in a sentence — which is what the narrative check
 * compares.
 */
public final class Figures {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private Figures() {
	}

	public static String wan(Amount amount) {
		return amount == null ? "—" : amount.formatWan(2);
	}

	/** spent ÷ budget as "96.36%", or "—" when nothing was budgeted. */
	public static String rate(Amount spent, Amount budget) {
		BigDecimal r = rateValue(spent, budget);
		return r == null ? "—" : r.toPlainString() + "%";
	}

	public static BigDecimal rateValue(Amount spent, Amount budget) {
		if (spent == null || budget == null || budget.yuan().signum() == 0) {
			return null;
		}
		return spent.yuan().multiply(HUNDRED).divide(budget.yuan(), 2, RoundingMode.HALF_UP);
	}

	/** "增加 0.52 万元（增长 14.61%）", "减少 …（下降 …）", "持平", or "上年无数据" when last year is zero. */
	public static String change(Amount now, Amount before) {
		BigDecimal diff = now.yuan().subtract(before.yuan());
		if (diff.signum() == 0) {
			return "与上年持平";
		}
		String amount = Amount.ofYuan(diff.abs()).formatWan(2) + " 万元";
		if (before.yuan().signum() == 0) {
			return "较上年增加 " + amount;
		}
		BigDecimal share = diff.abs().multiply(HUNDRED).divide(before.yuan(), 2, RoundingMode.HALF_UP);
		return diff.signum() > 0 ? "较上年增加 " + amount + "（增长 " + share.toPlainString() + "%）"
				: "较上年减少 " + amount + "（下降 " + share.toPlainString() + "%）";
	}

	/**
	 * A score or 分值 with two decimals, as the 自评表 pages print it; "—" when there is none.
	 */
	public static String score(BigDecimal n) {
		return n == null ? "—" : n.setScale(2, RoundingMode.HALF_UP).toPlainString();
	}

	/** A text as printed in a table cell: "—" when blank. */
	public static String dash(String text) {
		return text == null || text.isBlank() ? "—" : text.strip();
	}

}
