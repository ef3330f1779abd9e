package org.perfdesk.importing.extraction;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A number as a document printed it: its value, the decimals it was printed with (the
 * precision the checker's tolerance follows), whether it carried a % sign, and its text.
 * Read only from short cells, and only up to fifteen digits before the point and ten
 * after, so no input can make parsing expensive or a value absurd.
 */
public record PrintedNumber(BigDecimal value, int decimals, boolean percent, String text) {

	private static final int MAX_CELL = 40;

	/** A whole cell that is a number: 1,103.35 / 96.36% / -83.61 / 10分 / 89.974万元. */
	private static final Pattern WHOLE = Pattern.compile(
			"^[(（]?([-−+]?\\d{1,3}(?:,\\d{3})+(?:\\.\\d{1,10})?|[-−+]?\\d{1,15}(?:\\.\\d{1,10})?)[)）]?\\s*(%|％|分|万元|元)?$");

	/** OCR's digits: I and l for 1, O and o for 0 (IO for 10). */
	private static final Pattern OCR = Pattern.compile("^[0-9IlOo|]{1,6}(\\.[0-9IlOo]{1,4})?$");

	public static Optional<PrintedNumber> parse(String cell) {
		if (cell == null) {
			return Optional.empty();
		}
		String s = cell.strip();
		if (s.isEmpty() || s.length() > MAX_CELL) {
			return Optional.empty();
		}
		Matcher m = WHOLE.matcher(s);
		if (!m.matches()) {
			return Optional.empty();
		}
		return Optional.of(of(m.group(1), "%".equals(m.group(2)) || "％".equals(m.group(2)), s));
	}

	/**
	 * Like {@link #parse}, and also OCR-damaged digits (IO for 10, l00 for 100) where
	 * only a number can stand: a weight or a score column.
	 */
	public static Optional<PrintedNumber> parseLenient(String cell) {
		Optional<PrintedNumber> plain = parse(cell);
		if (plain.isPresent() || cell == null) {
			return plain;
		}
		String s = cell.strip();
		if (OCR.matcher(s).matches() && s.chars().anyMatch(c -> c == 'I' || c == 'l' || c == 'O' || c == 'o')) {
			String digits = s.replace('I', '1').replace('l', '1').replace('|', '1').replace('O', '0').replace('o', '0');
			return parse(digits).map(n -> new PrintedNumber(n.value(), n.decimals(), false, s));
		}
		return Optional.empty();
	}

	static PrintedNumber of(String digits, boolean percent, String text) {
		String plain = digits.replace(",", "").replace('−', '-').replace("+", "");
		BigDecimal value = new BigDecimal(plain);
		return new PrintedNumber(value, Math.max(0, value.scale()), percent, text);
	}

	/** As printed, without a unit: "89.974", "96.36". */
	public String plain() {
		return value.toPlainString();
	}

}
