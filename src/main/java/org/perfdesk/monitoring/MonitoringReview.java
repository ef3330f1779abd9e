package org.perfdesk.monitoring;

import java.time.LocalDateTime;

import org.perfdesk.review.ReviewDecision;
import org.perfdesk.review.ReviewLevel;

/** 审核记录 of a 监控表: who decided what at which level, with the opinion (审核意见). */
public record MonitoringReview(long id, long reportId, ReviewLevel level, ReviewDecision decision, String opinion,
		String reviewer, LocalDateTime reviewedAt) {
}
