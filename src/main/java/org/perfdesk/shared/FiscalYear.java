package org.perfdesk.shared;

import java.time.Clock;
import java.time.LocalDate;

/**
 * 预算年度: the budget year a business record belongs to. Valid from 2000 to 2099; anything
 * else is a typing error rather than a real budget year.
 */
public record FiscalYear(int value) implements Comparable<FiscalYear> {

	public static final int MIN = 2000;

	public static final int MAX = 2099;

	public FiscalYear {
		if (!isValid(value)) {
			throw new IllegalArgumentException("预算年度须在 " + MIN + " 至 " + MAX + " 之间：" + value);
		}
	}

	public static boolean isValid(int value) {
		return value >= MIN && value <= MAX;
	}

	public static FiscalYear of(int value) {
		return new FiscalYear(value);
	}

	/**
	 * The ended years a page about ended years offers, newest first: from the last ended
	 * year (or the chosen one, if later) back over {@code back} more years, valid years
	 * only.
	 */
	public static java.util.List<Integer> endedChoices(int chosen, Clock clock, int back) {
		int newest = Math.max(current(clock).value() - 1, chosen);
		return java.util.stream.IntStream.rangeClosed(newest - back, newest)
			.filter(FiscalYear::isValid)
			.boxed()
			.sorted((a, b) -> b - a)
			.toList();
	}

	public static FiscalYear current(Clock clock) {
		return new FiscalYear(LocalDate.now(clock).getYear());
	}

	public FiscalYear previous() {
		return new FiscalYear(value - 1);
	}

	@Override
	public int compareTo(FiscalYear other) {
		return Integer.compare(value, other.value);
	}

	@Override
	public String toString() {
		return Integer.toString(value);
	}
}
