package org.perfdesk.evaluation;

import java.util.List;
import java.util.Map;

import org.perfdesk.target.PerformanceTarget;
import org.perfdesk.target.ReviewDecision;
import org.perfdesk.target.ReviewLevel;

/**
 * Everything the 项目支出绩效自评表 page and its files show: the evaluation, the approved target, the header names, the
 * consistency checker's findings, what still blocks the submission, the reviews, and what the caller may do.
 *
 * @param projectCode 项目编码
 * @param projectName 项目名称
 * @param departmentName 主管部门
 * @param unitName 实施单位
 * @param findings the consistency checker's findings on the stored table, in its fixed order
 * @param blockers field → message of what must be done before submission (empty when it may be submitted)
 * @param settings the year's scoring settings (the rules a draft is scored with)
 */
public record EvaluationSheet(SelfEvaluation evaluation, PerformanceTarget target, String projectCode,
		String projectName, String departmentName, String unitName, List<Inconsistency> findings,
		Map<String, String> blockers, List<EvaluationReview> reviews, boolean mayEdit, boolean maySubmit,
		boolean mayReview, ReviewLevel awaiting, ScoringSettings settings) {

	public EvaluationSheet {
		findings = List.copyOf(findings);
		blockers = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(blockers));
		reviews = List.copyOf(reviews);
	}

	/** "YL2025-04 纪念五四系列活动". */
	public String projectLabel() {
		return projectCode + " " + projectName;
	}

	public long errorCount() {
		return findings.stream().filter(f -> f.severity() == CheckSeverity.ERROR).count();
	}

	/** The return to show at the top while the table is 已退回. */
	public EvaluationReview lastReturn() {
		if (evaluation.status() != EvaluationStatus.RETURNED) {
			return null;
		}
		return reviews.stream().filter(r -> r.decision() == ReviewDecision.RETURN).findFirst().orElse(null);
	}
}
