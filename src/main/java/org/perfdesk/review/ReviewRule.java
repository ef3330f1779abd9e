package org.perfdesk.review;

import java.util.LinkedHashMap;
import java.util.Map;

import org.perfdesk.org.DataScope;
import org.perfdesk.org.Role;
import org.perfdesk.shared.PlainText;
import org.perfdesk.shared.RecordChanged.Action;

/**
 * 审核规则, the one rule every reviewed record follows (绩效目标, 监控表, 项目支出自评表, 部门整体支出自评表): a
 * submitted record waits for the department's reviewer, then for the finance bureau's
 * (谁批复预算，谁批复目标); a decision is 通过 or 退回; a return must say what to change; an opinion is
 * plain text of at most {@value #MAX_OPINION} characters. The owning module maps its own
 * statuses onto {@link Stage} and keeps its review table; grades, where a form has them,
 * are checked by {@link ReturnGrades}.
 */
public final class ReviewRule {

	public static final int MAX_OPINION = 2000;

	private ReviewRule() {
	}

	/** Where a record stands in review, as the owning module's status says. */
	public enum Stage {

		/** Not in review (草稿, 已退回, 已批复, …). */
		NONE,
		/** 已提交, waiting for the department. */
		SUBMITTED,
		/** 部门审核通过, waiting for the finance bureau. */
		DEPARTMENT_APPROVED;

		/**
		 * The stage of a record's status. Targets, monitoring reports and both
		 * self-evaluations name their statuses alike (SUBMITTED, DEPARTMENT_APPROVED, …),
		 * so the name is the mapping; any other status is not in review.
		 */
		public static Stage of(Enum<?> status) {
			return switch (status.name()) {
				case "SUBMITTED" -> SUBMITTED;
				case "DEPARTMENT_APPROVED" -> DEPARTMENT_APPROVED;
				default -> NONE;
			};
		}

	}

	/** The level a record at this stage waits for, or null when it waits for none. */
	public static ReviewLevel awaiting(Stage stage) {
		return switch (stage) {
			case SUBMITTED -> ReviewLevel.DEPARTMENT;
			case DEPARTMENT_APPROVED -> ReviewLevel.FINANCE;
			case NONE -> null;
		};
	}

	/** The role that reviews at a level. */
	public static Role reviewer(ReviewLevel level) {
		return level == ReviewLevel.DEPARTMENT ? Role.DEPARTMENT_REVIEWER : Role.FINANCE_REVIEWER;
	}

	/**
	 * True when this user reviews the record now: it waits for a level, the user's role
	 * reviews at that level and the record's unit is within the user's scope.
	 */
	public static boolean mayReview(DataScope scope, ReviewLevel awaiting, long unitId) {
		return awaiting != null && scope.role() == reviewer(awaiting) && scope.canRead(unitId);
	}

	/**
	 * Field → Chinese message for a decision that cannot be recorded; empty when it can.
	 */
	public static Map<String, String> problems(ReviewDecision decision, String opinion) {
		var errors = new LinkedHashMap<String, String>();
		if (decision == null) {
			errors.put("decision", "请选择审核结论：通过或退回");
		}
		String text = opinion(opinion);
		if (decision == ReviewDecision.RETURN && text.isEmpty()) {
			errors.put("opinion", "退回时须填写审核意见，写明需要修改的内容");
		}
		if (!PlainText.MULTI_LINE.accepts(text)) {
			errors.put("opinion", PlainText.message("审核意见"));
		}
		else if (text.length() > MAX_OPINION) {
			errors.put("opinion", "审核意见过长：" + text.length() + " 字，上限 " + MAX_OPINION + " 字");
		}
		return errors;
	}

	/** The opinion as stored: stripped, never null. */
	public static String opinion(String opinion) {
		return opinion == null ? "" : opinion.strip();
	}

	/**
	 * The state machine's step: a return goes back to the 填报人, the department's approval
	 * on to the finance bureau, the finance bureau's approval ends the review. The owning
	 * module passes its own three statuses.
	 */
	public static <S> S next(ReviewLevel level, ReviewDecision decision, S returned, S departmentApproved, S approved) {
		if (decision == ReviewDecision.RETURN) {
			return returned;
		}
		return level == ReviewLevel.DEPARTMENT ? departmentApproved : approved;
	}

	/** How the audit trail names a decision. */
	public static Action action(ReviewDecision decision) {
		return decision == ReviewDecision.RETURN ? Action.RETURN : Action.APPROVE;
	}

}
