package org.perfdesk.shared;

import java.util.Map;

/**
 * Reads an amount typed in 万元 on a form (full-width digits and thousands separators
 * allowed, see {@link DecimalText}) and explains in Chinese what is wrong, so every form
 * says the same thing the same way.
 */
public final class WanText {

	private WanText() {
	}

	/**
	 * The amount, or null when the text is blank or wrong; a wrong text leaves a message
	 * under {@code field} in {@code errors}, naming the field by {@code label}. More than
	 * {@link DecimalText#WAN_DIGITS} integer digits would not fit the database, so they
	 * are refused here rather than by an SQL error.
	 */
	public static Amount read(String field, String text, String label, Map<String, String> errors) {
		DecimalText.Reading reading = DecimalText.read(text, DecimalText.WAN_DIGITS);
		if (reading.blank()) {
			return null;
		}
		if (reading.problem() == DecimalText.Problem.NOT_A_NUMBER) {
			errors.put(field, label + "须为数字（单位：万元），如 12.5");
			return null;
		}
		if (reading.problem() != null) {
			errors.put(field, reading.message(label) + "（单位：万元）");
			return null;
		}
		// six decimals of 万元 are fen; more would silently round away money the user typed
		if (DecimalText.decimals(reading.value()) > 6) {
			errors.put(field, label + "以万元填写时最多 6 位小数（精确到分）");
			return null;
		}
		return Amount.ofWan(reading.value());
	}

}
