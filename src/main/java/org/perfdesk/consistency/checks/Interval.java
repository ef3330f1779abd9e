package org.perfdesk.consistency.checks;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.stream.Stream;

/**
 * The range a printed figure may stand for. Tolerances are not guessed constants: each
 * printed number stands for every value that rounds to it, and carrying those ranges
 * through the arithmetic gives exactly the spread that rounding alone can explain. A
 * printed result is consistent when its own range meets the computed range.
 */
record Interval(BigDecimal lo, BigDecimal hi) {

	// Far more digits than any printed table has, so the interval ends are not themselves
	// a source of error.
	private static final MathContext MC = MathContext.DECIMAL128;

	/** Every value that rounds to the printed figure. */
	static Interval of(org.perfdesk.consistency.Figure figure) {
		return new Interval(figure.value().subtract(figure.halfUnit()), figure.value().add(figure.halfUnit()));
	}

	static Interval exact(BigDecimal value) {
		return new Interval(value, value);
	}

	Interval plus(Interval other) {
		return new Interval(lo.add(other.lo), hi.add(other.hi));
	}

	Interval times(BigDecimal factor) {
		BigDecimal a = lo.multiply(factor);
		BigDecimal b = hi.multiply(factor);
		return new Interval(a.min(b), b.max(a));
	}

	boolean containsZero() {
		return lo.signum() <= 0 && hi.signum() >= 0;
	}

	/**
	 * Corner-wise quotient; the caller makes sure the divisor range does not contain
	 * zero.
	 */
	Interval dividedBy(Interval divisor) {
		List<BigDecimal> corners = Stream
			.of(lo.divide(divisor.lo, MC), lo.divide(divisor.hi, MC), hi.divide(divisor.lo, MC),
					hi.divide(divisor.hi, MC))
			.toList();
		return new Interval(corners.stream().reduce(BigDecimal::min).orElseThrow(),
				corners.stream().reduce(BigDecimal::max).orElseThrow());
	}

	Interval atMost(BigDecimal cap) {
		return new Interval(lo.min(cap), hi.min(cap));
	}

	Interval atLeast(BigDecimal floor) {
		return new Interval(lo.max(floor), hi.max(floor));
	}

	/** floor − this, e.g. 2 − B ÷ A. */
	Interval subtractedFrom(BigDecimal value) {
		return new Interval(value.subtract(hi), value.subtract(lo));
	}

	boolean meets(Interval other) {
		return lo.compareTo(other.hi) <= 0 && other.lo.compareTo(hi) <= 0;
	}
}
