package org.perfdesk.consistency;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A number as printed in a table, with the number of decimals it was printed to, because
 * the printed precision is what decides how far a recomputation may fairly differ. A
 * figure whose value is null is a field the form has but that was left blank.
 */
public record Figure(String label, BigDecimal value, int printedDecimals) {

	/**
	 * Takes the printed text as is, so "985.7" keeps its one decimal and "100" its none.
	 */
	public static Figure of(String label, String printed) {
		if (printed == null || printed.isBlank()) {
			return missing(label);
		}
		BigDecimal value = new BigDecimal(printed.strip());
		return new Figure(label, value, Math.max(0, value.scale()));
	}

	public static Figure missing(String label) {
		return new Figure(label, null, 0);
	}

	public boolean present() {
		return value != null;
	}

	/**
	 * Half a unit in the last printed place: the most rounding to that place can have
	 * moved the value.
	 */
	public BigDecimal halfUnit() {
		return halfUnit(printedDecimals);
	}

	public static BigDecimal halfUnit(int decimals) {
		return BigDecimal.valueOf(5).scaleByPowerOfTen(-(decimals + 1));
	}

	/** As the table printed it, for messages. */
	public String printed() {
		return value.setScale(printedDecimals, RoundingMode.HALF_UP).toPlainString();
	}

	/** "年度预算数 1103.35", the way a message names an input. */
	public String named() {
		return label + " " + printed();
	}
}
