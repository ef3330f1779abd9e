package org.perfdesk.consistency.checks;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import org.perfdesk.consistency.Check;
import org.perfdesk.consistency.CheckSeverity;
import org.perfdesk.consistency.Figure;
import org.perfdesk.consistency.Finding;
import org.perfdesk.consistency.PrintedRate;
import org.perfdesk.consistency.PrintedTable;

/**
 * RATE_MISMATCH: a printed rate differs from numerator ÷ denominator by more than
 * printing explains. The tolerance follows the printed precision: numerator and
 * denominator each stand for ±half a unit of their last printed decimal (1022.93 for
 * [1022.925, 1022.935]); their quotient range is taken corner-wise; the printed rate
 * stands for ±half a unit of its own last decimal (96.36% for ±0.005 percentage points).
 * Only when the two ranges do not meet is the rate wrong, so coarsely printed amounts
 * fairly widen the tolerance and precise ones narrow it.
 */
public final class RateCheck implements Check {

	public static final String CODE = "RATE_MISMATCH";

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	@Override
	public String code() {
		return CODE;
	}

	@Override
	public List<Finding> check(PrintedTable table) {
		List<Finding> findings = new ArrayList<>();
		for (PrintedRate rate : table.printedRates()) {
			if (rate.printedPercent() == null) {
				findings.add(Finding.skipped(rate.label(), rate.label()));
			}
			else if (!rate.numerator().present()) {
				findings.add(Finding.skipped(rate.label(), rate.numerator().label()));
			}
			else if (!rate.denominator().present()) {
				findings.add(Finding.skipped(rate.label(), rate.denominator().label()));
			}
			else if (Interval.of(rate.denominator()).containsZero()) {
				findings.add(Finding.skipped(rate.label(), rate.denominator().label() + "（为 0，不能作除数）"));
			}
			else {
				check(rate).ifPresent(findings::add);
			}
		}
		return findings;
	}

	private static java.util.Optional<Finding> check(PrintedRate rate) {
		Interval computed = Interval.of(rate.numerator()).dividedBy(Interval.of(rate.denominator())).times(HUNDRED);
		BigDecimal half = Figure.halfUnit(rate.printedDecimals());
		Interval printed = new Interval(rate.printedPercent().subtract(half), rate.printedPercent().add(half));
		if (computed.meets(printed)) {
			return java.util.Optional.empty();
		}
		BigDecimal point = rate.numerator()
			.value()
			.divide(rate.denominator().value(), MathContext.DECIMAL128)
			.multiply(HUNDRED)
			.setScale(rate.printedDecimals(), RoundingMode.HALF_UP);
		String shown = rate.printedPercent().setScale(rate.printedDecimals(), RoundingMode.HALF_UP).toPlainString();
		return java.util.Optional.of(new Finding(CODE, CheckSeverity.ERROR,
				rate.label() + "：表中为 " + shown + "%，按 " + rate.numerator().named() + " ÷ " + rate.denominator().named()
						+ " 计算为 " + point.toPlainString() + "%"));
	}

}
