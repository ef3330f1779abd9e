package org.perfdesk.consistency;

import java.math.BigDecimal;

/**
 * A rate printed as a percentage that should equal numerator ÷ denominator × 100. A null
 * printedPercent means the rate cell is blank.
 */
public record PrintedRate(String label, BigDecimal printedPercent, int printedDecimals, Figure numerator,
		Figure denominator) {

	/** From the printed percentage text without the % sign, e.g. "96.36". */
	public static PrintedRate of(String label, String printedPercent, Figure numerator, Figure denominator) {
		Figure printed = Figure.of(label, printedPercent);
		return new PrintedRate(label, printed.value(), printed.printedDecimals(), numerator, denominator);
	}
}
