package org.perfdesk.report.project;

import java.util.List;
import java.util.Set;

import org.perfdesk.budget.Project;
import org.perfdesk.budget.ProjectManagement;
import org.perfdesk.evaluation.EvaluationSheet;
import org.perfdesk.evaluation.SelfEvaluation;
import org.perfdesk.evaluation.SelfEvaluationManagement;
import org.perfdesk.execution.ExecutionManagement;
import org.perfdesk.org.DataScope;
import org.perfdesk.org.OrgDirectory;
import org.perfdesk.org.Role;
import org.perfdesk.report.Report;
import org.perfdesk.report.ReportKind;
import org.perfdesk.report.ReportSource;
import org.perfdesk.shared.FiscalYear;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads a project's report from the modules that own its parts. The reader must be able
 * to read the project; the data is then read with the project's unit as reach, so the
 * report reads the same for the unit's 填报人, the department and the finance bureau.
 */
@Component
class ProjectReportSource implements ReportSource {

	private final ProjectManagement projects;

	private final ExecutionManagement execution;

	private final SelfEvaluationManagement evaluations;

	private final org.perfdesk.targets.TargetManagement targets;

	private final OrgDirectory directory;

	ProjectReportSource(ProjectManagement projects, ExecutionManagement execution, SelfEvaluationManagement evaluations,
			org.perfdesk.targets.TargetManagement targets, OrgDirectory directory) {
		this.projects = projects;
		this.execution = execution;
		this.evaluations = evaluations;
		this.targets = targets;
		this.directory = directory;
	}

	@Override
	public ReportKind kind() {
		return ReportKind.PROJECT;
	}

	@Override
	public Set<String> parts() {
		return ProjectParts.names();
	}

	@Override
	public Subject subject(DataScope scope, long projectId, long unitId, int fiscalYear) {
		Project project = projects.find(scope, projectId);
		return new Subject(project.id(), project.unitId(), project.fiscalYear(), project.name(), true);
	}

	@Override
	public List<Subject> candidates(DataScope scope, int fiscalYear) {
		return projects.list(scope, FiscalYear.of(fiscalYear), null)
			.stream()
			.map(p -> new Subject(p.id(), p.unitId(), p.fiscalYear(), p.name(), true))
			.toList();
	}

	@Override
	@Transactional(readOnly = true)
	public Material gather(DataScope scope, Report report) {
		Project visible = projects.find(scope, report.subjectId());
		DataScope reach = new DataScope(Role.DEPARTMENT_REVIEWER, visible.unitId(), false, Set.of(visible.unitId()));
		FiscalYear year = FiscalYear.of(visible.fiscalYear());
		EvaluationSheet sheet = evaluations.list(reach, year)
			.stream()
			.filter(e -> e.projectId() == visible.id())
			.findFirst()
			.map(SelfEvaluation::id)
			.map(id -> evaluations.sheet(reach, id))
			.orElse(null);
		var target = sheet != null ? sheet.target() : targets.ofProject(reach, visible).orElse(null);
		String department = directory.departmentOf(visible.unitId()).map(u -> u.name()).orElse("");
		return new ProjectReportData(visible, directory.nameOf(visible.unitId()), department, target,
				execution.find(reach, visible.id(), year), sheet);
	}

}
