package org.perfdesk.targets;

import java.util.LinkedHashMap;
import java.util.Map;

import org.perfdesk.org.DataScope;
import org.perfdesk.review.ReturnGrades;
import org.perfdesk.review.ReviewLevel;
import org.perfdesk.review.ReviewRule;
import org.perfdesk.shared.Grade;
import org.springframework.stereotype.Component;

/**
 * A target's review as module {@code review}'s rule applies it: the stage a target's
 * status stands for, and the four graded dimensions of the 绩效目标审核 form, each required,
 * that the configured {@link ReturnGrades} may turn into a forced return.
 */
@Component
class TargetReviewCheck {

	private final ReturnGrades returnGrades;

	TargetReviewCheck(ReturnGrades returnGrades) {
		this.returnGrades = returnGrades;
	}

	/**
	 * The review level a target at this status waits for, or null when it waits for none.
	 */
	static ReviewLevel awaiting(TargetStatus status) {
		return ReviewRule.awaiting(ReviewRule.Stage.of(status));
	}

	/** True when this user reviews the current revision of the target now. */
	static boolean mayReview(DataScope scope, PerformanceTarget target) {
		return target.current() && ReviewRule.mayReview(scope, awaiting(target.status()), target.unitId());
	}

	/**
	 * Field → message for an incomplete or inconsistent decision; empty when it can be
	 * recorded.
	 */
	Map<String, String> problems(ReviewInput input) {
		var rule = ReviewRule.problems(input.decision(), input.opinion());
		var errors = new LinkedHashMap<String, String>();
		if (rule.containsKey("decision")) {
			errors.put("decision", rule.get("decision"));
		}
		grade(errors, "completeness", "完整性", input.completeness());
		grade(errors, "relevance", "相关性", input.relevance());
		grade(errors, "appropriateness", "适当性", input.appropriateness());
		grade(errors, "feasibility", "可行性", input.feasibility());
		if (rule.containsKey("opinion")) {
			errors.put("opinion", rule.get("opinion"));
		}
		if (errors.isEmpty()) {
			String refusal = returnGrades.refusal(input.decision(), input.completeness(), input.relevance(),
					input.appropriateness(), input.feasibility());
			if (refusal != null) {
				errors.put("decision", refusal);
			}
		}
		return errors;
	}

	private static void grade(Map<String, String> errors, String field, String label, Grade grade) {
		if (grade == null) {
			errors.put(field, "请为" + label + "评定等级（优/良/中/差）");
		}
	}

}
