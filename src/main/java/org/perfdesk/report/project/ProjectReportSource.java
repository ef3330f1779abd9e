package org.perfdesk.report.project;

import java.util.List;
import java.util.Set;

import org.perfdesk.budget.Project;
import org.perfdesk.budget.ProjectManagement;
import org.perfdesk.org.DataScope;
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

	private final ProjectReader reader;

	ProjectReportSource(ProjectManagement projects, ProjectReader reader) {
		this.projects = projects;
		this.reader = reader;
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
		return reader.read(reach, visible,
				reader.evaluationIds(reach, FiscalYear.of(visible.fiscalYear())).get(visible.id()));
	}

}
