package org.perfdesk.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.perfdesk.execution.ProgressLight;
import org.perfdesk.monitoring.DeviationCause;
import org.perfdesk.monitoring.IndicatorEntry;
import org.perfdesk.monitoring.Likelihood;
import org.perfdesk.monitoring.MonitoredIndicator;
import org.perfdesk.monitoring.MonitoringLine;
import org.perfdesk.monitoring.MonitoringManagement;
import org.perfdesk.monitoring.MonitoringReport;
import org.perfdesk.monitoring.MonitoringRound;
import org.perfdesk.monitoring.ReportInput;
import org.perfdesk.org.DataScope;
import org.perfdesk.org.Role;
import org.perfdesk.shared.FiscalYear;
import org.perfdesk.review.ReviewDecision;

/**
 * The demo's monitoring: the previous year's round (1–7月) finished, every report approved
 * and the round closed; the current year's round in progress, with one report saved, one
 * submitted and one through the department, the rest not yet reported, so the lines show
 * red, yellow and green and the reminder list is not empty.
 */
final class DemoMonitoring {

	private final MonitoringManagement monitoring;

	private final DataScope finance;

	private final DataScope leagueReviewer;

	private final DataScope womenReviewer;

	DemoMonitoring(MonitoringManagement monitoring, long bureauId, long leagueId, Set<Long> leagueSubtree,
			long womenId) {
		this.monitoring = monitoring;
		this.finance = new DataScope(Role.FINANCE_REVIEWER, bureauId, true, Set.of());
		this.leagueReviewer = new DataScope(Role.DEPARTMENT_REVIEWER, leagueId, false, leagueSubtree);
		this.womenReviewer = new DataScope(Role.DEPARTMENT_REVIEWER, womenId, false, Set.of(womenId));
	}

	void load(FiscalYear current, LocalDate today) {
		MonitoringRound previous = monitoring.openRound(finance, current.previous(), 7,
				LocalDate.of(current.previous().value(), 8, 15), "财政局绩效科 李审核");
		for (MonitoringLine line : monitoring.lines(finance, previous.id())) {
			MonitoringReport report = submit(previous, line);
			report = review(previous, line, report, true);
			review(previous, line, report, false);
		}
		previous = monitoring.round(finance, previous.id());
		monitoring.closeRound(finance, previous.id(), previous.version());

		// the current year's round needs a month behind us; in January there is none yet
		int cutOff = Math.min(7, today.getMonthValue() - 1);
		if (cutOff < 1) {
			return;
		}
		MonitoringRound round = monitoring.openRound(finance, current, cutOff,
				LocalDate.of(current.value(), cutOff, 1).plusMonths(1).withDayOfMonth(15), "财政局绩效科 李审核");
		// worst first: the reddest line is only saved, the greenest waits for its
		// department, one in between is
		// through the department and waits for the finance bureau; the rest are not
		// reported yet
		List<MonitoringLine> lines = monitoring.lines(finance, round.id());
		if (lines.isEmpty()) {
			return;
		}
		save(round, lines.get(0));
		if (lines.size() > 1) {
			submit(round, lines.get(lines.size() - 1));
		}
		if (lines.size() > 2) {
			MonitoringLine middle = lines.get(1);
			review(round, middle, submit(round, middle), true);
		}
	}

	private MonitoringReport save(MonitoringRound round, MonitoringLine line) {
		DataScope filler = new DataScope(Role.UNIT_FILLER, line.unitId(), false, Set.of(line.unitId()));
		MonitoringReport blank = monitoring.report(filler, round.id(), line.targetId());
		boolean behind = line.light() == ProgressLight.RED || line.light() == ProgressLight.YELLOW;
		List<IndicatorEntry> entries = new ArrayList<>();
		for (MonitoredIndicator indicator : blank.indicators()) {
			entries.add(behind
					? new IndicatorEntry("完成约四成", indicator.targetValue(), Likelihood.POSSIBLE,
							Set.of(DeviationCause.FUNDING), "资金拨付晚于计划，部分活动推迟到下半年", "加快资金支付进度，9月底前完成推迟的活动")
					: new IndicatorEntry("按计划推进", indicator.targetValue(), Likelihood.CERTAIN, Set.of(), "", ""));
		}
		String progress = behind ? "上半年受资金拨付进度影响，部分活动推迟；下半年集中实施。" : "各项工作按计划推进。";
		return monitoring.save(filler, round.id(), line.targetId(), new ReportInput(progress, entries), null);
	}

	private MonitoringReport submit(MonitoringRound round, MonitoringLine line) {
		MonitoringReport saved = save(round, line);
		DataScope filler = new DataScope(Role.UNIT_FILLER, line.unitId(), false, Set.of(line.unitId()));
		return monitoring.submit(filler, round.id(), line.targetId(), saved.version());
	}

	private MonitoringReport review(MonitoringRound round, MonitoringLine line, MonitoringReport report,
			boolean department) {
		DataScope scope = !department ? finance
				: leagueReviewer.canRead(line.unitId()) ? leagueReviewer : womenReviewer;
		return monitoring.review(scope, round.id(), line.targetId(), report.version(), ReviewDecision.APPROVE, "同意。",
				department ? "部门审核人" : "财政局绩效科 李审核");
	}

}
