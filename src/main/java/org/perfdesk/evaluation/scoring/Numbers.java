package org.perfdesk.evaluation.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Shared arithmetic so that every policy divides and prints the same way. */
public final class Numbers {

	public static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	/**
	 * Intermediate quotients keep ten decimals; only the final score is rounded, to two.
	 */
	private static final int WORKING_SCALE = 10;

	private Numbers() {
	}

	public static BigDecimal divide(BigDecimal a, BigDecimal b) {
		return a.divide(b, WORKING_SCALE, RoundingMode.HALF_UP);
	}

	public static String text(BigDecimal n) {
		return n.stripTrailingZeros().toPlainString();
	}

	/**
	 * A share as a percentage without trailing zeros, e.g. 0.2 → "20%", 0.925 → "92.5%".
	 */
	public static String percentText(BigDecimal share) {
		return text(share.multiply(HUNDRED)) + "%";
	}

	/** A rate as a percentage with two decimals, e.g. 0.92711 → "92.71%". */
	public static String percent(BigDecimal rate) {
		return rate.multiply(HUNDRED).setScale(2, RoundingMode.HALF_UP).toPlainString() + "%";
	}

}
