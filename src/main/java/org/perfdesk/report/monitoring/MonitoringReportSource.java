package org.perfdesk.report.monitoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.perfdesk.execution.ProgressLight;
import org.perfdesk.monitoring.MonitoringLine;
import org.perfdesk.monitoring.MonitoringManagement;
import org.perfdesk.monitoring.MonitoringRound;
import org.perfdesk.org.DataScope;
import org.perfdesk.org.OrgDirectory;
import org.perfdesk.org.Role;
import org.perfdesk.org.Unit;
import org.perfdesk.org.UnitKind;
import org.perfdesk.report.Report;
import org.perfdesk.report.ReportKind;
import org.perfdesk.report.ReportSource;
import org.perfdesk.shared.FiscalYear;
import org.perfdesk.shared.RecordNotFound;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads a department's monitoring report: the subject is the round, the unit the
 * department. The reader must be able to read both; the round's lines are then read with
 * the department's reach (its subtree).
 */
@Component
class MonitoringReportSource implements ReportSource {

	private final MonitoringManagement monitoring;

	private final OrgDirectory directory;

	MonitoringReportSource(MonitoringManagement monitoring, OrgDirectory directory) {
		this.monitoring = monitoring;
		this.directory = directory;
	}

	@Override
	public ReportKind kind() {
		return ReportKind.MONITORING;
	}

	@Override
	public Set<String> parts() {
		return MonitoringParts.names();
	}

	@Override
	public Subject subject(DataScope scope, long roundId, long departmentId, int fiscalYear) {
		MonitoringRound round = monitoring.round(scope, roundId);
		Unit department = directory.find(departmentId)
			.filter(u -> u.kind() == UnitKind.DEPARTMENT && scope.canRead(u.id()))
			.orElseThrow(() -> new RecordNotFound("部门", departmentId));
		return new Subject(round.id(), department.id(), round.fiscalYear(), department.name(), false);
	}

	@Override
	public List<Subject> candidates(DataScope scope, int fiscalYear) {
		List<Subject> all = new ArrayList<>();
		for (MonitoringRound round : monitoring.rounds(scope, FiscalYear.of(fiscalYear))) {
			for (Unit u : directory.tree()) {
				if (u.kind() == UnitKind.DEPARTMENT && u.active() && scope.canRead(u.id())) {
					all.add(new Subject(round.id(), u.id(), round.fiscalYear(), u.name() + "（" + round.label() + "）",
							false));
				}
			}
		}
		return all;
	}

	@Override
	@Transactional(readOnly = true)
	public Material gather(DataScope scope, Report report) {
		MonitoringRound round = monitoring.round(scope, report.subjectId());
		long departmentId = report.unitId();
		Set<Long> units = directory.subtree(departmentId).stream().map(Unit::id).collect(Collectors.toSet());
		DataScope reach = new DataScope(Role.DEPARTMENT_REVIEWER, departmentId, false, units);
		List<MonitoringLine> lines = monitoring.lines(reach, round.id())
			.stream()
			.filter(l -> units.contains(l.unitId()))
			.toList();
		List<MonitoringReportData.AtRisk> atRisk = new ArrayList<>();
		for (MonitoringLine l : lines) {
			if (!l.department() && (l.light() == ProgressLight.RED || l.light() == ProgressLight.YELLOW)) {
				var saved = monitoring.report(reach, round.id(), l.targetId());
				atRisk.add(new MonitoringReportData.AtRisk(l, saved.saved() ? saved : null));
			}
		}
		return new MonitoringReportData(round, directory.nameOf(departmentId), lines, atRisk);
	}

}
