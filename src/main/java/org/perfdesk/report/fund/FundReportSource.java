package org.perfdesk.report.fund;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.perfdesk.budget.Project;
import org.perfdesk.budget.ProjectManagement;
import org.perfdesk.evaluation.SelfEvaluation;
import org.perfdesk.evaluation.SelfEvaluationManagement;
import org.perfdesk.execution.ExecutionManagement;
import org.perfdesk.org.DataScope;
import org.perfdesk.org.OrgDirectory;
import org.perfdesk.org.Role;
import org.perfdesk.org.Unit;
import org.perfdesk.report.Report;
import org.perfdesk.report.ReportKind;
import org.perfdesk.report.ReportSource;
import org.perfdesk.shared.FiscalYear;
import org.perfdesk.targets.TargetManagement;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads a fund's report: the reader must be able to read the fund's department; its
 * projects are then read with the department's reach (its subtree), as the department's
 * report is.
 */
@Component
class FundReportSource implements ReportSource {

	private final SpecialFunds funds;

	private final ProjectManagement projects;

	private final ExecutionManagement execution;

	private final SelfEvaluationManagement evaluations;

	private final TargetManagement targets;

	private final OrgDirectory directory;

	FundReportSource(SpecialFunds funds, ProjectManagement projects, ExecutionManagement execution,
			SelfEvaluationManagement evaluations, TargetManagement targets, OrgDirectory directory) {
		this.funds = funds;
		this.projects = projects;
		this.execution = execution;
		this.evaluations = evaluations;
		this.targets = targets;
		this.directory = directory;
	}

	@Override
	public ReportKind kind() {
		return ReportKind.SPECIAL_FUND;
	}

	@Override
	public Set<String> parts() {
		return FundParts.names();
	}

	@Override
	public Subject subject(DataScope scope, long fundId, long unitId, int fiscalYear) {
		SpecialFund fund = funds.find(scope, fundId);
		return subjectOf(fund);
	}

	@Override
	public List<Subject> candidates(DataScope scope, int fiscalYear) {
		return funds.list(scope, FiscalYear.of(fiscalYear)).stream().map(this::subjectOf).toList();
	}

	private Subject subjectOf(SpecialFund fund) {
		return new Subject(fund.id(), fund.departmentId(), fund.fiscalYear(),
				directory.nameOf(fund.departmentId()) + "-" + fund.name(), true);
	}

	@Override
	@Transactional(readOnly = true)
	public Material gather(DataScope scope, Report report) {
		SpecialFund fund = funds.find(scope, report.subjectId());
		Set<Long> units = directory.subtree(fund.departmentId()).stream().map(Unit::id).collect(Collectors.toSet());
		DataScope reach = new DataScope(Role.DEPARTMENT_REVIEWER, fund.departmentId(), false, units);
		FiscalYear year = FiscalYear.of(fund.fiscalYear());
		var byProject = evaluations.list(reach, year)
			.stream()
			.collect(Collectors.toMap(SelfEvaluation::projectId, SelfEvaluation::id, (a, b) -> a));
		List<FundReportData.WorkLine> lines = new ArrayList<>();
		for (long projectId : fund.projectIds()) {
			Project p = projects.find(reach, projectId);
			var sheet = byProject.containsKey(p.id()) ? evaluations.sheet(reach, byProject.get(p.id())) : null;
			var target = sheet != null ? sheet.target() : targets.ofProject(reach, p).orElse(null);
			lines.add(new FundReportData.WorkLine(p, directory.nameOf(p.unitId()), target,
					execution.find(reach, p.id(), year), sheet));
		}
		return new FundReportData(fund, directory.nameOf(fund.departmentId()), lines);
	}

}
