package org.perfdesk.shared;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads a number as people type it in Chinese forms and spreadsheets: full-width digits and signs
 * ({@code １２３．５}), thousands separators ({@code 1,234.5}, {@code 1，234.5}), surrounding blanks. Anything
 * else (words, two decimal points, units) is not a number: the caller says so to the user rather than guessing.
 */
public final class DecimalText {

	private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)");

	private static final Pattern GROUPED = Pattern.compile("[-+]?\\d{1,3}(,\\d{3})+(\\.\\d*)?");

	private DecimalText() {
	}

	/** The number, or empty when the text is blank or not a number. */
	public static Optional<BigDecimal> parse(String text) {
		if (text == null) {
			return Optional.empty();
		}
		String s = toHalfWidth(text).strip();
		if (GROUPED.matcher(s).matches()) {
			s = s.replace(",", "");
		}
		if (!NUMBER.matcher(s).matches()) {
			return Optional.empty();
		}
		return Optional.of(new BigDecimal(s));
	}

	/** Full-width ASCII variants (U+FF01–U+FF5E) and the ideographic space become their ASCII forms. */
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
