package org.perfdesk.report.project;

import java.util.List;

import org.perfdesk.budget.Project;
import org.perfdesk.document.Manuscript;
import org.perfdesk.evaluation.EvaluationSheet;
import org.perfdesk.execution.ProjectExecution;
import org.perfdesk.report.Report;
import org.perfdesk.report.ReportSource;
import org.perfdesk.shared.Amount;
import org.perfdesk.targets.PerformanceTarget;

/**
 * What a 项目支出绩效自评报告 prints: the project as registered, its approved target, its execution
 * of the year and its self-evaluation (null while none is open).
 */
public record ProjectReportData(Project project, String unitName, String departmentName, PerformanceTarget target,
		ProjectExecution execution, EvaluationSheet sheet) implements ReportSource.Material {

	/** 全年预算数 of all fund sources. */
	public Amount budget() {
		return execution.fullYearBudget().total();
	}

	/** 全年执行数 of all fund sources. */
	public Amount executed() {
		return execution.executedTo(12).total();
	}

	@Override
	public String subjectName() {
		return project.name();
	}

	@Override
	public List<Manuscript.Block> part(String name) {
		return ProjectParts.render(name, this);
	}

	@Override
	public String proposal(String narrative) {
		return ProjectParts.propose(narrative, this);
	}

	@Override
	public List<Manuscript.Block> appendix() {
		return ProjectParts.appendix(this);
	}

	@Override
	public String title(Report report) {
		return report.fiscalYear() + "年度项目支出绩效自评报告";
	}

}
