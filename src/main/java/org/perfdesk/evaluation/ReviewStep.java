package org.perfdesk.evaluation;

import java.util.LinkedHashMap;

import org.perfdesk.shared.PlainText;
import org.perfdesk.shared.RecordChanged.Action;
import org.perfdesk.shared.RuleViolation;
import org.perfdesk.targets.ReviewDecision;
import org.perfdesk.targets.ReviewLevel;
import org.springframework.security.access.AccessDeniedException;

/**
 * One review of a self-evaluation, project or department: the level that reviews it now, the status the decision
 * leads to, and the opinion, which a return must have. Both kinds of table are reviewed by the same rules, so they
 * are checked here once.
 */
record ReviewStep(ReviewLevel level, ReviewDecision decision, EvaluationStatus next, String opinion) {

	static final int MAX_OPINION = 2000;

	/**
	 * The step from {@code status}, refused with a Chinese message when the table is not in review, the caller does
	 * not review it at this level, no decision was chosen, or a return has no opinion.
	 */
	static ReviewStep of(EvaluationStatus status, boolean mayReview, ReviewDecision decision, String opinion) {
		ReviewLevel level = status.awaiting();
		if (level == null) {
			throw new RuleViolation("status", "自评表当前状态为“" + status.label() + "”，不在审核中");
		}
		if (!mayReview) {
			throw new AccessDeniedException("该自评表等待" + level.label() + "，当前账号无权审核");
		}
		String text = opinion == null ? "" : opinion.strip();
		var errors = new LinkedHashMap<String, String>();
		if (decision == null) {
			errors.put("decision", "请选择审核结论：通过或退回");
		}
		if (decision == ReviewDecision.RETURN && text.isEmpty()) {
			errors.put("opinion", "退回时须填写审核意见，写明需要修改的内容");
		}
		if (!PlainText.MULTI_LINE.accepts(text)) {
			errors.put("opinion", PlainText.message("审核意见"));
		}
		else if (text.length() > MAX_OPINION) {
			errors.put("opinion", "审核意见过长：" + text.length() + " 字，上限 " + MAX_OPINION + " 字");
		}
		if (!errors.isEmpty()) {
			throw new RuleViolation(errors);
		}
		EvaluationStatus next = decision == ReviewDecision.RETURN ? EvaluationStatus.RETURNED
				: level == ReviewLevel.DEPARTMENT ? EvaluationStatus.DEPARTMENT_APPROVED : EvaluationStatus.APPROVED;
		return new ReviewStep(level, decision, next, text);
	}

	/** How the audit trail names the step. */
	Action action() {
		return decision == ReviewDecision.RETURN ? Action.RETURN : Action.APPROVE;
	}
}
