package org.perfdesk.report.project;

import java.util.Map;
import java.util.stream.Collectors;

import org.perfdesk.budget.Project;
import org.perfdesk.evaluation.EvaluationSheet;
import org.perfdesk.evaluation.SelfEvaluation;
import org.perfdesk.evaluation.SelfEvaluationManagement;
import org.perfdesk.execution.ExecutionManagement;
import org.perfdesk.org.DataScope;
import org.perfdesk.org.OrgDirectory;
import org.perfdesk.shared.FiscalYear;
import org.perfdesk.targets.TargetManagement;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads what a report prints of one project — its unit and department, its approved
 * target, its execution, its self-evaluation — for the project's own report and for the
 * work lines of a special fund. The reach is the report's, not the reader's.
 */
@Component
public class ProjectReader {

	private final ExecutionManagement execution;

	private final SelfEvaluationManagement evaluations;

	private final TargetManagement targets;

	private final OrgDirectory directory;

	ProjectReader(ExecutionManagement execution, SelfEvaluationManagement evaluations, TargetManagement targets,
			OrgDirectory directory) {
		this.execution = execution;
		this.evaluations = evaluations;
		this.targets = targets;
		this.directory = directory;
	}

	/** Project id → its self-evaluation's id, for the projects of the year in reach. */
	@Transactional(readOnly = true)
	public Map<Long, Long> evaluationIds(DataScope reach, FiscalYear year) {
		return evaluations.list(reach, year)
			.stream()
			.collect(Collectors.toMap(SelfEvaluation::projectId, SelfEvaluation::id, (a, b) -> a));
	}

	/**
	 * The project's data; {@code evaluationId} null while no self-evaluation is open.
	 */
	@Transactional(readOnly = true)
	public ProjectReportData read(DataScope reach, Project project, Long evaluationId) {
		EvaluationSheet sheet = evaluationId == null ? null : evaluations.sheet(reach, evaluationId);
		var target = sheet != null ? sheet.target() : targets.ofProject(reach, project).orElse(null);
		String department = directory.departmentOf(project.unitId()).map(u -> u.name()).orElse("");
		return new ProjectReportData(project, directory.nameOf(project.unitId()), department, target,
				execution.find(reach, project.id(), FiscalYear.of(project.fiscalYear())), sheet);
	}

}
