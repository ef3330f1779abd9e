package org.perfdesk.evaluation;

import java.time.LocalDateTime;

import org.perfdesk.review.ReviewDecision;
import org.perfdesk.review.ReviewLevel;

/**
 * 审核记录 of a self-evaluation: who decided what at which level, with the opinion (审核意见).
 */
public record EvaluationReview(long id, long evaluationId, ReviewLevel level, ReviewDecision decision, String opinion,
		String reviewer, LocalDateTime reviewedAt) {
}
