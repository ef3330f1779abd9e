package org.perfdesk.shared;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads a number as people type it in Chinese forms and spreadsheets: full-width digits
 * and signs ({@code １２３．５}), thousands separators ({@code 1,234.5}, {@code 1，234.5}),
 * surrounding blanks. Anything else (words, two decimal points, units, exponents such as
 * {@code 1e20}, NaN, Infinity) is not a number: the caller says so to the user rather
 * than guessing.
 * <p>
 * This is the one reader of typed numbers, and it is bounded: a text longer than
 * {@link #MAX_LENGTH} characters is refused before any pattern or {@link BigDecimal} sees
 * it (turning a text of n digits into a BigDecimal costs in the order of n², so one form
 * field of 100,000 digits held a CPU for seconds), and {@link #read(String, int)} refuses
 * a number with more integer digits than its column holds, so that it becomes a message
 * beside the field and never an SQL overflow.
 */
public final class DecimalText {

	/**
	 * Longest text read as a number: 30 digits with separators and a sign, far beyond any
	 * amount in 元.
	 */
	public static final int MAX_LENGTH = 40;

	/**
	 * Integer digits of an amount in 万元: {@code numeric(15, 2)} holds 13 integer digits
	 * of 元, 9 of 万元.
	 */
	public static final int WAN_DIGITS = 9;

	/** Integer digits of a weight, score or points ({@code numeric(7, 2)}). */
	public static final int SCORE_DIGITS = 5;

	/**
	 * Integer digits of a count, a year or a version: any that makes sense, and always
	 * within {@code integer}.
	 */
	public static final int COUNT_DIGITS = 9;

	private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)");

	private static final Pattern GROUPED = Pattern.compile("[-+]?\\d{1,3}(,\\d{3})+(\\.\\d*)?");

	/** Why a text could not be taken as a number. */
	public enum Problem {

		/**
		 * Words, units, an exponent, two decimal points: the caller explains with an
		 * example of its own.
		 */
		NOT_A_NUMBER,
		/** More than {@link #MAX_LENGTH} characters. */
		TOO_LONG,
		/** More integer digits than the field holds. */
		TOO_LARGE

	}

	/**
	 * What a text read as: nothing typed (value and problem null), a number, or a
	 * problem.
	 *
	 * @param maxIntegerDigits the bound it was read with, for the message
	 */
	public record Reading(BigDecimal value, Problem problem, int maxIntegerDigits) {

		public boolean blank() {
			return value == null && problem == null;
		}

		public Optional<BigDecimal> number() {
			return Optional.ofNullable(value);
		}

		/**
		 * The Chinese message for {@link Problem#TOO_LONG} and {@link Problem#TOO_LARGE},
		 * naming the field by {@code label}; null for a number, a blank, or
		 * {@link Problem#NOT_A_NUMBER}, which every form explains with its own example.
		 */
		public String message(String label) {
			if (problem == Problem.TOO_LONG) {
				return label + "过长：数字最多 " + MAX_LENGTH + " 个字符";
			}
			if (problem == Problem.TOO_LARGE) {
				return label + "超出可填写的范围：整数部分最多 " + maxIntegerDigits + " 位";
			}
			return null;
		}
	}

	private DecimalText() {
	}

	/**
	 * The number typed, within {@code maxIntegerDigits} integer digits. Blank text is a
	 * blank reading; the length is checked before anything else looks at the text.
	 */
	public static Reading read(String text, int maxIntegerDigits) {
		if (text == null || text.isBlank()) {
			return new Reading(null, null, maxIntegerDigits);
		}
		String s = text.strip();
		if (s.length() > MAX_LENGTH) {
			return new Reading(null, Problem.TOO_LONG, maxIntegerDigits);
		}
		s = toHalfWidth(s).strip();
		if (GROUPED.matcher(s).matches()) {
			s = s.replace(",", "");
		}
		if (!NUMBER.matcher(s).matches()) {
			return new Reading(null, Problem.NOT_A_NUMBER, maxIntegerDigits);
		}
		BigDecimal value = new BigDecimal(s);
		if (integerDigits(value) > maxIntegerDigits) {
			return new Reading(null, Problem.TOO_LARGE, maxIntegerDigits);
		}
		return new Reading(value, null, maxIntegerDigits);
	}

	/**
	 * The number, or empty when the text is blank, not a number or longer than
	 * {@link #MAX_LENGTH}; for callers that bound the value themselves.
	 */
	public static Optional<BigDecimal> parse(String text) {
		return read(text, MAX_LENGTH).number();
	}

	/**
	 * Digits before the decimal point, without leading zeros: 0 for 0.5, 3 for 123.45,
	 * 1000001 for 1E+1000000. Computed from precision and scale, so it costs nothing
	 * however large the number.
	 */
	public static int integerDigits(BigDecimal value) {
		return value.signum() == 0 ? 0 : Math.max(0, value.precision() - value.scale());
	}

	/**
	 * Decimals that carry a digit: 2 for 1.50, 0 for 100 and for 1E+3, 1000000 for
	 * 1E-1000000. Computed without expanding the number.
	 */
	public static int decimals(BigDecimal value) {
		return value.signum() == 0 ? 0 : Math.max(0, value.stripTrailingZeros().scale());
	}

	/**
	 * The typed text as a message quotes it: stripped, and cut after {@link #MAX_LENGTH}
	 * characters, so a message about a pasted page of text does not carry the page back.
	 */
	public static String shown(String typed) {
		String s = typed == null ? "" : typed.strip();
		return s.length() <= MAX_LENGTH ? s : s.substring(0, MAX_LENGTH) + "…";
	}

	/**
	 * Full-width ASCII variants (U+FF01–U+FF5E) and the ideographic space become their
	 * ASCII forms.
	 */
	public static String toHalfWidth(String text) {
		StringBuilder out = new StringBuilder(text.length());
		for (char c : text.toCharArray()) {
			if (c >= '\uFF01' && c <= '\uFF5E') {
				out.append((char) (c - 0xFEE0));
			}
			else if (c == '\u3000') {
				out.append(' ');
			}
			else {
				out.append(c);
			}
		}
		return out.toString();
	}

}
