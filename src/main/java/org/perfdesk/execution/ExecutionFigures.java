package org.perfdesk.execution;

import java.math.BigDecimal;

import org.perfdesk.budget.FundSource;

/**
 * The figures of one row of the execution table (a project, a unit's subtotal or the
 * grand total) at the end of a month: 年初预算数, 调整 (net), 执行数 to date, and what follows from
 * them. Subtotals add the amounts and compute the ratios again; ratios are never added or
 * averaged. The figures carry the light thresholds ({@code perfdesk.alerts.*}), so
 * {@link #light()} gives the configured colour wherever the figures go.
 */
public record ExecutionFigures(SourceAmounts initialBudget, SourceAmounts adjustment, SourceAmounts executed, int month,
		AlertThresholds thresholds) {

	public ExecutionFigures {
		thresholds = thresholds == null ? AlertThresholds.DEFAULT : thresholds;
	}

	/** Figures with the default thresholds (60% / 80%). */
	public ExecutionFigures(SourceAmounts initialBudget, SourceAmounts adjustment, SourceAmounts executed, int month) {
		this(initialBudget, adjustment, executed, month, AlertThresholds.DEFAULT);
	}

	public static ExecutionFigures none(int month) {
		return none(month, AlertThresholds.DEFAULT);
	}

	public static ExecutionFigures none(int month, AlertThresholds thresholds) {
		return new ExecutionFigures(SourceAmounts.ZERO, SourceAmounts.ZERO, SourceAmounts.ZERO, month, thresholds);
	}

	/** 全年预算数 = 年初预算数 + 追加 − 追减, by source. */
	public SourceAmounts fullYearBudget() {
		return initialBudget.plus(adjustment);
	}

	public BigDecimal executionRate() {
		return ExecutionRates.executionRate(executed.total(), fullYearBudget().total());
	}

	public BigDecimal executionRate(FundSource source) {
		return ExecutionRates.executionRate(executed.of(source), fullYearBudget().of(source));
	}

	public BigDecimal timeProgress() {
		return ExecutionRates.timeProgress(month);
	}

	public BigDecimal executionProgress() {
		return ExecutionRates.executionProgress(executed.total(), fullYearBudget().total(), month);
	}

	public ProgressLight light() {
		return thresholds.light(executionProgress());
	}

	/** 执行率 as a percentage for a progress bar: 0–100, capped. */
	public int barPercent() {
		BigDecimal rate = executionRate();
		if (rate == null) {
			return 0;
		}
		return Math.max(0,
				Math.min(100, rate.movePointRight(2).setScale(0, java.math.RoundingMode.HALF_UP).intValue()));
	}

	public String executionRateText() {
		return ExecutionRates.percent(executionRate());
	}

	public String executionRateText(FundSource source) {
		return ExecutionRates.percent(executionRate(source));
	}

	public String timeProgressText() {
		return ExecutionRates.percent(timeProgress());
	}

	public String executionProgressText() {
		return ExecutionRates.percent(executionProgress());
	}

	public ExecutionFigures plus(ExecutionFigures other) {
		return new ExecutionFigures(initialBudget.plus(other.initialBudget), adjustment.plus(other.adjustment),
				executed.plus(other.executed), month, thresholds);
	}
}
