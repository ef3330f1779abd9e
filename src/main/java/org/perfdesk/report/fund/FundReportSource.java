package org.perfdesk.report.fund;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.perfdesk.budget.Project;
import org.perfdesk.budget.ProjectManagement;
import org.perfdesk.org.DataScope;
import org.perfdesk.org.OrgDirectory;
import org.perfdesk.org.Role;
import org.perfdesk.org.Unit;
import org.perfdesk.report.Report;
import org.perfdesk.report.ReportKind;
import org.perfdesk.report.ReportSource;
import org.perfdesk.report.project.ProjectReader;
import org.perfdesk.report.project.ProjectReportData;
import org.perfdesk.shared.FiscalYear;
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

	private final ProjectReader reader;

	private final OrgDirectory directory;

	FundReportSource(SpecialFunds funds, ProjectManagement projects, ProjectReader reader, OrgDirectory directory) {
		this.funds = funds;
		this.projects = projects;
		this.reader = reader;
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
		var evaluated = reader.evaluationIds(reach, year);
		List<ProjectReportData> lines = new ArrayList<>();
		for (long projectId : fund.projectIds()) {
			Project p = projects.find(reach, projectId);
			lines.add(reader.read(reach, p, evaluated.get(p.id())));
		}
		return new FundReportData(fund, directory.nameOf(fund.departmentId()), lines);
	}

}
