package org.perfdesk.execution;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.perfdesk.budget.FundSource;
import org.perfdesk.budget.Project;
import org.perfdesk.shared.Amount;

/**
 * The budget execution of one project in its fiscal year, computed from the project's
 * 年初预算数, its 预算调整 and its monthly 执行数; nothing here is stored. {@code month} is the month
 * the figures are read at: the current month in the current year, December for a past
 * year, 0 for a future one. {@code thresholds} decide the lights of the figures
 * ({@code perfdesk.alerts.*}).
 */
public record ProjectExecution(Project project, List<BudgetAdjustment> adjustments, List<MonthlyExecution> months,
		int month, AlertThresholds thresholds) {

	public ProjectExecution {
		adjustments = List.copyOf(adjustments);
		months = List.copyOf(months);
		thresholds = thresholds == null ? AlertThresholds.DEFAULT : thresholds;
	}

	/** With the default thresholds (60% / 80%). */
	public ProjectExecution(Project project, List<BudgetAdjustment> adjustments, List<MonthlyExecution> months,
			int month) {
		this(project, adjustments, months, month, AlertThresholds.DEFAULT);
	}

	public SourceAmounts initialBudget() {
		return SourceAmounts.initialBudgetOf(project);
	}

	/** Net of every 追加 and 追减, by source. */
	public SourceAmounts adjustment() {
		return adjustments.stream().map(BudgetAdjustment::change).reduce(SourceAmounts.ZERO, SourceAmounts::plus);
	}

	/** 全年预算数 by source. */
	public SourceAmounts fullYearBudget() {
		return initialBudget().plus(adjustment());
	}

	/** The saved figure of one month, if any. */
	public Optional<MonthlyExecution> monthly(int m) {
		return months.stream().filter(x -> x.month() == m).findFirst();
	}

	/** What was spent in one month (zero when nothing was recorded). */
	public SourceAmounts spentIn(int m) {
		return monthly(m).map(MonthlyExecution::spent).orElse(SourceAmounts.ZERO);
	}

	/** Cumulative 执行数 from January to the end of the month. */
	public SourceAmounts executedTo(int m) {
		SourceAmounts total = SourceAmounts.ZERO;
		for (MonthlyExecution x : months) {
			if (x.month() <= m) {
				total = total.plus(x.spent());
			}
		}
		return total;
	}

	/** Cumulative 执行数 at the end of each month, January first (12 entries). */
	public List<SourceAmounts> cumulative() {
		var list = new ArrayList<SourceAmounts>(12);
		for (int m = 1; m <= 12; m++) {
			list.add(executedTo(m));
		}
		return list;
	}

	/** The last month with a saved figure, 0 when none. */
	public int lastRecordedMonth() {
		return months.stream().mapToInt(MonthlyExecution::month).max().orElse(0);
	}

	/** The figures at the month they are read at. */
	public ExecutionFigures figures() {
		return figuresAt(month);
	}

	public ExecutionFigures figuresAt(int m) {
		return new ExecutionFigures(initialBudget(), adjustment(), executedTo(m), m, thresholds);
	}

	/** The whole year's 执行数 of a source, whatever month the figures are read at. */
	public Amount executedInYear(FundSource source) {
		return executedTo(12).of(source);
	}
}
