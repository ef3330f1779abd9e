package org.perfdesk.report.fund;

import java.util.List;

import org.perfdesk.budget.Project;
import org.perfdesk.document.Manuscript;
import org.perfdesk.evaluation.EvaluationSheet;
import org.perfdesk.execution.ProjectExecution;
import org.perfdesk.report.ReportSource;
import org.perfdesk.shared.Amount;
import org.perfdesk.targets.PerformanceTarget;

/**
 * What a 专项资金绩效自评报告 prints: the fund, its department, and one work line per project with
 * the project's target, execution and self-evaluation (null while none is open).
 */
record FundReportData(SpecialFund fund, String departmentName, List<WorkLine> lines) implements ReportSource.Material {

	FundReportData {
		lines = List.copyOf(lines);
	}

	/** A project of the fund: one work line of 支出绩效情况. */
	record WorkLine(Project project, String unitName, PerformanceTarget target, ProjectExecution execution,
			EvaluationSheet sheet) {

		Amount budget() {
			return execution.fullYearBudget().total();
		}

		Amount executed() {
			return execution.executedTo(12).total();
		}
	}

	Amount budget() {
		return lines.stream().map(WorkLine::budget).reduce(Amount.ZERO, Amount::plus);
	}

	Amount executed() {
		return lines.stream().map(WorkLine::executed).reduce(Amount.ZERO, Amount::plus);
	}

	@Override
	public String subjectName() {
		return departmentName + "-" + fund.name();
	}

	@Override
	public List<Manuscript.Block> part(String name) {
		return FundParts.render(name, this);
	}

	@Override
	public String proposal(String narrative) {
		return FundParts.propose(narrative, this);
	}

}
