package org.perfdesk.execution;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;

/**
 * One bar of an execution-rate chart (a project, or a department with the units under it)
 * and the row of the table beside it. Bars are ranked by 执行率, highest first; rows without
 * a rate (no budget) come last.
 */
public record ExecutionBar(String label, ExecutionFigures figures) {

	static final Comparator<ExecutionBar> RANKING = Comparator
		.comparing((ExecutionBar b) -> b.figures().executionRate(),
				Comparator.nullsLast(Comparator.<BigDecimal>reverseOrder()))
		.thenComparing(ExecutionBar::label);

	static List<ExecutionBar> ranked(List<ExecutionBar> bars) {
		return bars.stream().sorted(RANKING).toList();
	}

	/** 执行率 in percent with two decimals, for the chart; 0 when there is no rate. */
	public BigDecimal ratePercent() {
		BigDecimal rate = figures.executionRate();
		return rate == null ? BigDecimal.ZERO : rate.movePointRight(2).setScale(2, java.math.RoundingMode.HALF_UP);
	}

	/** The light's Bootstrap colour, for the bar's colour. */
	public String colour() {
		return figures.light() == null ? "secondary" : figures.light().colour();
	}
}
