package org.perfdesk.evaluation.department;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import org.perfdesk.consistency.Finding;
import org.perfdesk.evaluation.EvaluationStatus;
import org.perfdesk.evaluation.common.CommonIndicatorScore;
import org.perfdesk.evaluation.common.CommonIndicatorTemplate;
import org.perfdesk.review.ReviewDecision;
import org.perfdesk.review.ReviewLevel;
import org.perfdesk.shared.Grade;
import org.perfdesk.targets.PerformanceTarget;

/**
 * Everything the 部门整体支出绩效自评表 page and its downloads show: the evaluation, its target and
 * department, the template it is scored with, the money block and the common-indicator
 * scores (computed from the records while editable, as frozen at submission after), the
 * total and grade, the consistency checker's findings, the reviews, and what the caller
 * may do.
 *
 * @param live true while the figures are computed from the records, false once they are
 * the submitted ones
 * @param gradeBasis the total on a scale of 100 the grade was given on (the total itself
 * when the template's 总分值 is 100)
 */
public record DepartmentSelfEvaluationSheet(DepartmentSelfEvaluation evaluation, PerformanceTarget target,
		String departmentName, CommonIndicatorTemplate template, DepartmentFunds funds,
		List<CommonIndicatorScore> scores, BigDecimal totalWeight, BigDecimal totalScore, BigDecimal gradeBasis,
		Grade grade, List<Finding> findings, List<DepartmentSelfEvaluation.Review> reviews, boolean live,
		boolean mayEdit, boolean mayReview) {

	public DepartmentSelfEvaluationSheet {
		scores = List.copyOf(scores);
		findings = List.copyOf(findings);
		reviews = List.copyOf(reviews);
	}

	public ReviewLevel awaiting() {
		return evaluation.status().awaiting();
	}

	/**
	 * How many common indicators could not be scored (a figure missing or an answer not
	 * given).
	 */
	public long unscored() {
		return scores.stream().filter(s -> !s.item().scorable()).count();
	}

	/** The return to show at the top while the evaluation is 已退回. */
	public DepartmentSelfEvaluation.Review lastReturn() {
		if (evaluation.status() != EvaluationStatus.RETURNED) {
			return null;
		}
		return reviews.stream().filter(r -> r.decision() == ReviewDecision.RETURN).findFirst().orElse(null);
	}

	/** 总分 as printed, two decimals. */
	public String totalText() {
		return totalScore.setScale(2, RoundingMode.HALF_UP).toPlainString();
	}

	/** The score of a common indicator by code, for the page's form rows. */
	public CommonIndicatorScore score(String code) {
		return scores.stream().filter(s -> s.code().equals(code)).findFirst().orElse(null);
	}
}
