package org.perfdesk.evaluation;

import org.perfdesk.review.ReviewDecision;
import org.perfdesk.review.ReviewLevel;
import org.perfdesk.review.ReviewRule;
import org.perfdesk.shared.RecordChanged.Action;
import org.perfdesk.shared.RuleViolation;
import org.springframework.security.access.AccessDeniedException;

/**
 * One review of a self-evaluation, project or department: the level that reviews it now,
 * the status the decision leads to, and the opinion, which a return must have. Both kinds
 * of table are reviewed by the same rules, so they are checked here once.
 */
public record ReviewStep(ReviewLevel level, ReviewDecision decision, EvaluationStatus next, String opinion) {

	/**
	 * The step from {@code status}, refused with a Chinese message when the table is not
	 * in review, the caller does not review it at this level, no decision was chosen, or
	 * a return has no opinion.
	 */
	public static ReviewStep of(EvaluationStatus status, boolean mayReview, ReviewDecision decision, String opinion) {
		ReviewLevel level = status.awaiting();
		if (level == null) {
			throw new RuleViolation("status", "自评表当前状态为“" + status.label() + "”，不在审核中");
		}
		if (!mayReview) {
			throw new AccessDeniedException("该自评表等待" + level.label() + "，当前账号无权审核");
		}
		var errors = ReviewRule.problems(decision, opinion);
		if (!errors.isEmpty()) {
			throw new RuleViolation(errors);
		}
		EvaluationStatus next = ReviewRule.next(level, decision, EvaluationStatus.RETURNED,
				EvaluationStatus.DEPARTMENT_APPROVED, EvaluationStatus.APPROVED);
		return new ReviewStep(level, decision, next, ReviewRule.opinion(opinion));
	}

	/** How the audit trail names the step. */
	public Action action() {
		return ReviewRule.action(decision);
	}
}
