package org.perfdesk.evaluation;

import java.util.List;
import java.util.Map;

import org.perfdesk.consistency.CheckSeverity;
import org.perfdesk.consistency.Finding;
import org.perfdesk.evaluation.scoring.Numbers;
import org.perfdesk.evaluation.scoring.ScoringSettings;
import org.perfdesk.execution.ExecutionRates;
import org.perfdesk.review.ReviewDecision;
import org.perfdesk.review.ReviewLevel;
import org.perfdesk.targets.PerformanceTarget;

/**
 * Everything the 项目支出绩效自评表 page and its files show: the evaluation, the approved target,
 * the header names, the consistency checker's findings, what still blocks the submission,
 * the reviews, and what the caller may do.
 *
 * @param projectCode 项目编码
 * @param projectName 项目名称
 * @param departmentName 主管部门
 * @param unitName 实施单位
 * @param findings the consistency checker's findings on the stored table, in its fixed
 * order
 * @param blockers field → message of what must be done before submission (empty when it
 * may be submitted)
 * @param settings the year's scoring settings (the rules a draft is scored with)
 */
public record EvaluationSheet(SelfEvaluation evaluation, PerformanceTarget target, String projectCode,
		String projectName, String departmentName, String unitName, List<Finding> findings,
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

	/**
	 * The 一级指标 cell of row {@code i}: its row span at the first row of a run of the same
	 * level, 0 below it.
	 */
	public int categorySpan(int i) {
		return span(i, r -> r.category());
	}

	/**
	 * The 二级指标 cell of row {@code i}: its row span at the first row of a run, 0 below it.
	 */
	public int subcategorySpan(int i) {
		return span(i, r -> r.subcategory());
	}

	private int span(int i, java.util.function.Function<EvaluatedIndicator, Object> key) {
		List<EvaluatedIndicator> rows = evaluation.indicators();
		if (i > 0 && key.apply(rows.get(i - 1)).equals(key.apply(rows.get(i)))) {
			return 0;
		}
		int run = 1;
		while (i + run < rows.size() && key.apply(rows.get(i + run)).equals(key.apply(rows.get(i)))) {
			run++;
		}
		return run;
	}

	/** The year's over-achievement share as a percentage, e.g. "20". */
	public String overAchievementPercent() {
		return Numbers.text(settings.overAchievement().share().multiply(Numbers.HUNDRED));
	}

	/** 执行率 of the total as printed, e.g. "92.71%", or "—" without a budget. */
	public String rateText() {
		return ExecutionRates.percent(evaluation.executionRate());
	}

	/** 执行率 of one fund source as printed. */
	public String rateText(org.perfdesk.budget.FundSource source) {
		return ExecutionRates.percent(evaluation.executionRate(source));
	}

	/** The Bootstrap colour of a grade's badge: 优 green, 良 blue, 中 amber, 差 red. */
	public static String gradeColour(org.perfdesk.shared.Grade grade) {
		return switch (grade) {
			case EXCELLENT -> "success";
			case GOOD -> "primary";
			case FAIR -> "warning";
			case POOR -> "danger";
		};
	}

	/** The return to show at the top while the table is 已退回. */
	public EvaluationReview lastReturn() {
		if (evaluation.status() != EvaluationStatus.RETURNED) {
			return null;
		}
		return reviews.stream().filter(r -> r.decision() == ReviewDecision.RETURN).findFirst().orElse(null);
	}
}
