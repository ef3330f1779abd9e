package org.perfdesk.evaluation.scoring;

import org.perfdesk.evaluation.common.CommonFormula;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * What a {@link CommonFormula} made of the recorded figures: the rate as printed (a
 * percentage with two decimals, half-up), the figures it came from and the division
 * written out; or, when a figure it needs is not recorded or the divisor is zero, why
 * there is no rate. Rules score the printed rate, so a reviewer who redoes the score from
 * the table gets the same number.
 *
 * @param percent the rate in percent, two decimals (92.86 for 92.86%); null when missing
 * @param inputs the figures, e.g. "实有人数 26 人，编制数 28 人"
 * @param arithmetic the division, e.g. "26 ÷ 28 = 92.86%"
 * @param missing why there is no rate, e.g. "上年度三公经费未填写"; null when there is one
 */
public record Measure(BigDecimal percent, String inputs, String arithmetic, String missing) {

	static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	public static Measure of(BigDecimal percent, String inputs, String arithmetic) {
		return new Measure(percent.setScale(2, RoundingMode.HALF_UP), inputs, arithmetic, null);
	}

	public static Measure missing(String inputs, String why) {
		return new Measure(null, inputs, "", why);
	}

	public boolean present() {
		return percent != null;
	}

	/**
	 * numerator ÷ denominator × 100, two decimals half-up; the caller makes sure the
	 * denominator is not zero.
	 */
	public static BigDecimal percent(BigDecimal numerator, BigDecimal denominator) {
		return numerator.multiply(HUNDRED).divide(denominator, 2, RoundingMode.HALF_UP);
	}

	/** "92.86%". */
	public String percentText() {
		return percent == null ? "—" : percent.toPlainString() + "%";
	}
}
