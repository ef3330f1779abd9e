package org.perfdesk.report.fund;

import java.util.List;

import org.perfdesk.document.Manuscript;
import org.perfdesk.report.ReportSource;
import org.perfdesk.report.project.ProjectReportData;
import org.perfdesk.shared.Amount;

/**
 * What a 专项资金绩效自评报告 prints: the fund, its department, and one work line per project with
 * the project's target, execution and self-evaluation (null while none is open).
 */
record FundReportData(SpecialFund fund, String departmentName,
		List<ProjectReportData> lines) implements ReportSource.Material {

	FundReportData {
		lines = List.copyOf(lines);
	}

	Amount budget() {
		return lines.stream().map(ProjectReportData::budget).reduce(Amount.ZERO, Amount::plus);
	}

	Amount executed() {
		return lines.stream().map(ProjectReportData::executed).reduce(Amount.ZERO, Amount::plus);
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
