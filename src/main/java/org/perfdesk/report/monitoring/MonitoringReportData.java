package org.perfdesk.report.monitoring;

import java.util.List;

import org.perfdesk.document.Manuscript;
import org.perfdesk.monitoring.MonitoringLine;
import org.perfdesk.monitoring.MonitoringReport;
import org.perfdesk.monitoring.MonitoringRound;
import org.perfdesk.report.Report;
import org.perfdesk.report.ReportSource;
import org.perfdesk.shared.Amount;

/**
 * What a department's 绩效运行监控报告 prints: the round, the department's lines (its department
 * target's and its projects', worst first) and the saved 监控表 of the lines at risk.
 *
 * @param atRisk the lines lit red or yellow with their saved report (null when none was
 * filled)
 */
record MonitoringReportData(MonitoringRound round, String departmentName, List<MonitoringLine> lines,
		List<AtRisk> atRisk) implements ReportSource.Material {

	MonitoringReportData {
		lines = List.copyOf(lines);
		atRisk = List.copyOf(atRisk);
	}

	record AtRisk(MonitoringLine line, MonitoringReport report) {
	}

	/**
	 * The projects' lines: the department target's line sums them and is not counted
	 * again.
	 */
	List<MonitoringLine> projects() {
		return lines.stream().filter(l -> !l.department()).toList();
	}

	Amount budget() {
		return projects().stream().map(l -> l.figures().fullYearBudget().total()).reduce(Amount.ZERO, Amount::plus);
	}

	Amount executed() {
		return projects().stream().map(l -> l.figures().executed().total()).reduce(Amount.ZERO, Amount::plus);
	}

	@Override
	public String subjectName() {
		return departmentName;
	}

	@Override
	public List<Manuscript.Block> part(String name) {
		return MonitoringParts.render(name, this);
	}

	@Override
	public String proposal(String narrative) {
		return MonitoringParts.propose(narrative, this);
	}

	@Override
	public String title(Report report) {
		return round.fiscalYear() + "年1—" + round.cutOffMonth() + "月绩效运行监控报告";
	}

}
