package org.perfdesk.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.perfdesk.evaluation.department.DepartmentSelfEvaluation;
import org.perfdesk.evaluation.department.DepartmentSelfEvaluationManagement;
import org.perfdesk.evaluation.department.DepartmentSelfEvaluationSheet;
import org.perfdesk.execution.ExecutionManagement;
import org.perfdesk.execution.ProjectExecution;
import org.perfdesk.execution.UnitExecution;
import org.perfdesk.execution.department.DepartmentFigures;
import org.perfdesk.execution.department.DepartmentFiguresManagement;
import org.perfdesk.org.DataScope;
import org.perfdesk.org.OrgDirectory;
import org.perfdesk.org.Role;
import org.perfdesk.org.Unit;
import org.perfdesk.shared.FiscalYear;
import org.perfdesk.shared.RecordNotFound;
import org.perfdesk.targets.TargetManagement;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads what a department's report prints from the modules that own it: the department
 * target's 部门职能, the units, the 部门整体支出数据 of the year and the year before, every project's
 * execution, and the department self-evaluation with its scores. The reader must be able
 * to read the department; the data is then read with the department's reach (its
 * subtree), as the self-evaluation's 部门资金情况 is, so a report reads the same whoever opens
 * it — the department's own 填报人 included, whose scope is the department's unit alone.
 */
@Component
class DepartmentReportSource implements ReportSource {

	private final OrgDirectory directory;

	private final TargetManagement targets;

	private final DepartmentFiguresManagement figures;

	private final ExecutionManagement execution;

	private final DepartmentSelfEvaluationManagement evaluations;

	DepartmentReportSource(OrgDirectory directory, TargetManagement targets, DepartmentFiguresManagement figures,
			ExecutionManagement execution, DepartmentSelfEvaluationManagement evaluations) {
		this.directory = directory;
		this.targets = targets;
		this.figures = figures;
		this.execution = execution;
		this.evaluations = evaluations;
	}

	@Override
	public ReportKind kind() {
		return ReportKind.DEPARTMENT;
	}

	@Override
	public java.util.Set<String> parts() {
		return DepartmentParts.names();
	}

	@Override
	public Subject subject(DataScope scope, long departmentId, long unitId, int fiscalYear) {
		Unit department = directory.find(departmentId)
			.filter(u -> u.kind() == org.perfdesk.org.UnitKind.DEPARTMENT)
			.filter(u -> scope.canRead(u.id()))
			.orElseThrow(() -> new RecordNotFound("部门", departmentId));
		return new Subject(departmentId, departmentId, fiscalYear, department.name(), true);
	}

	@Override
	public List<Subject> candidates(DataScope scope, int fiscalYear) {
		return directory.tree()
			.stream()
			.filter(u -> u.kind() == org.perfdesk.org.UnitKind.DEPARTMENT && u.active() && scope.canRead(u.id()))
			.map(u -> new Subject(u.id(), u.id(), fiscalYear, u.name(), true))
			.toList();
	}

	@Override
	@Transactional(readOnly = true)
	public Material gather(DataScope scope, Report report) {
		return gather(scope, report.subjectId(), report.fiscalYear());
	}

	@Transactional(readOnly = true)
	DepartmentReportData gather(DataScope scope, long departmentId, int fiscalYear) {
		Unit department = directory.find(departmentId)
			.filter(u -> scope.canRead(u.id()))
			.orElseThrow(() -> new RecordNotFound("部门", departmentId));
		List<Unit> subtree = directory.subtree(departmentId);
		Set<Long> unitIds = subtree.stream().map(Unit::id).collect(Collectors.toSet());
		DataScope reach = new DataScope(Role.DEPARTMENT_REVIEWER, departmentId, false, unitIds);
		FiscalYear year = new FiscalYear(fiscalYear);
		String duties = targets.ofDepartment(reach, departmentId, fiscalYear).map(t -> t.content().duties()).orElse("");
		List<DepartmentReportData.UnitLine> units = subtree.stream()
			.map(u -> new DepartmentReportData.UnitLine(u.name(), u.kind().label()))
			.toList();
		DepartmentFigures now = figures.find(reach, departmentId, year);
		DepartmentFigures before = figures.find(reach, departmentId, new FiscalYear(fiscalYear - 1));
		List<DepartmentReportData.ProjectLine> projects = new ArrayList<>();
		for (UnitExecution unit : execution.list(reach, year).units()) {
			if (!unitIds.contains(unit.unitId())) {
				continue;
			}
			for (ProjectExecution p : unit.projects()) {
				projects.add(new DepartmentReportData.ProjectLine(unit.unitName(), p.project().code(),
						p.project().name(), p.fullYearBudget().total(), p.executedTo(12).total()));
			}
		}
		DepartmentSelfEvaluationSheet sheet = evaluations.list(reach, year)
			.stream()
			.filter(e -> e.departmentId() == departmentId)
			.findFirst()
			.map(DepartmentSelfEvaluation::id)
			.map(id -> evaluations.sheet(reach, id))
			.orElse(null);
		return new DepartmentReportData(departmentId, department.name(), fiscalYear, duties, units, now, before,
				projects, sheet);
	}

}
