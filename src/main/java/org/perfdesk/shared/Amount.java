package org.perfdesk.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * 金额: money in yuan (元) with two decimals. Stored and computed in yuan; converted to 万元
 * only for display and for form input, because users read and type budgets in 万元 while
 * sums must stay exact.
 */
public record Amount(BigDecimal yuan) implements Comparable<Amount> {

	private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);

	/** Decimals shown for 万元 by default: the published tables use two. */
	public static final int DEFAULT_WAN_SCALE = 2;

	/**
	 * Decimals shown for 万元 on pages ({@code perfdesk.display.wan-decimals}, see
	 * {@link DisplaySettings}). A deployment-wide choice read once at start-up, like a
	 * locale, so it is kept here rather than threaded through every template; computing
	 * never depends on it.
	 */
	private static volatile int displayScale = DEFAULT_WAN_SCALE;

	public static final Amount ZERO = new Amount(BigDecimal.ZERO);

	/**
	 * 1000 亿元, the most any one amount may be: far above any budget line of a city, and
	 * low enough that sums of many such amounts still fit the database's
	 * {@code numeric(15, 2)}. Above it is a typing error (元 for 万元).
	 */
	public static final Amount MAX = new Amount(new BigDecimal("100000000000"));

	/** How {@link #MAX} is named in messages. */
	public static final String MAX_TEXT = "1000 亿元";

	public Amount {
		Objects.requireNonNull(yuan, "yuan");
		yuan = yuan.setScale(2, RoundingMode.HALF_UP);
	}

	public static Amount ofYuan(BigDecimal yuan) {
		return new Amount(yuan);
	}

	public static Amount ofYuan(String yuan) {
		return new Amount(new BigDecimal(yuan));
	}

	/**
	 * From 万元 as typed in a form; more than six decimals in 万元 would be fractions of a
	 * fen, so they round.
	 */
	public static Amount ofWan(BigDecimal wan) {
		return new Amount(wan.multiply(TEN_THOUSAND));
	}

	/** Above {@link #MAX}: refused wherever an amount is typed. */
	public boolean exceedsMax() {
		return compareTo(MAX) > 0;
	}

	public Amount plus(Amount other) {
		return new Amount(yuan.add(other.yuan));
	}

	public boolean isNegative() {
		return yuan.signum() < 0;
	}

	/** 万元 rounded half-up to the given decimals, for tables and pages. */
	public BigDecimal toWan(int scale) {
		return yuan.divide(TEN_THOUSAND, scale, RoundingMode.HALF_UP);
	}

	/**
	 * 万元 exactly (six decimals), for pre-filling a form so that saving it again changes
	 * nothing.
	 */
	public BigDecimal toWanExact() {
		return yuan.divide(TEN_THOUSAND, 6, RoundingMode.UNNECESSARY).stripTrailingZeros();
	}

	/**
	 * 万元 with the configured number of decimals (two unless the deployment says
	 * otherwise).
	 */
	public String formatWan() {
		return formatWan(displayScale);
	}

	public String formatWan(int scale) {
		return String.format("%,." + scale + "f", toWan(scale));
	}

	/**
	 * Sets the decimals {@link #formatWan()} shows; 0 to 6 (six decimals of 万元 are fen).
	 */
	static void useDisplayScale(int scale) {
		if (scale < 0 || scale > 6) {
			throw new IllegalArgumentException("万元显示的小数位数须在 0 到 6 之间，当前为 " + scale);
		}
		displayScale = scale;
	}

	/** The decimals pages show for 万元; printed forms show the same. */
	public static int displayScale() {
		return displayScale;
	}

	@Override
	public int compareTo(Amount other) {
		return yuan.compareTo(other.yuan);
	}

	@Override
	public String toString() {
		return yuan.toPlainString() + " 元";
	}
}
