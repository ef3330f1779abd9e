package org.perfdesk.monitoring;

import java.util.List;

import org.perfdesk.targets.PerformanceTarget;
import org.perfdesk.review.ReviewLevel;

/**
 * Everything the 监控表 page shows: the round, the approved target, its line (execution,
 * plan and lights at the cut-off), the report (saved, or a new draft prefilled from the
 * target), the reviews, the finance bureau's decision (监控结果处理, null while none), and what
 * the caller may do.
 */
public record ReportSheet(MonitoringRound round, PerformanceTarget target, MonitoringLine line, MonitoringReport report,
		List<MonitoringReview> reviews, boolean mayEdit, boolean mayReview, ReviewLevel awaiting,
		MonitoringDecision decision, boolean mayDecide) {

	/** A sheet without a decision, which nobody may record. */
	public ReportSheet(MonitoringRound round, PerformanceTarget target, MonitoringLine line, MonitoringReport report,
			List<MonitoringReview> reviews, boolean mayEdit, boolean mayReview, ReviewLevel awaiting) {
		this(round, target, line, report, reviews, mayEdit, mayReview, awaiting, null, false);
	}

	/** The return to show at the top while the report is 已退回. */
	public MonitoringReview lastReturn() {
		if (report.status() != ReportStatus.RETURNED) {
			return null;
		}
		return reviews.stream()
			.filter(r -> r.decision() == org.perfdesk.review.ReviewDecision.RETURN)
			.findFirst()
			.orElse(null);
	}
}
