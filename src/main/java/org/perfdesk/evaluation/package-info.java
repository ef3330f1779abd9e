/**
 * 绩效自评 - the self-evaluation after the year ends: the scoring engine (named, configurable scoring policies per
 * fiscal year, each score kept with its rule, inputs and a one-line explanation) and the consistency checker
 * (一致性校验) that recomputes every printed rate, sum, weight total and score.
 * <p>
 * 部门整体支出绩效自评 ({@link org.perfdesk.evaluation.DepartmentSelfEvaluationManagement}): one
 * {@link org.perfdesk.evaluation.DepartmentSelfEvaluation} per approved department target of a past year, opened by
 * the department's 填报人 with the target's key indicators and main tasks copied in, saved, submitted, reviewed by the
 * department and then the finance bureau (草稿 → 待部门审核 → 待财政审核 → 已批复, or 已退回 with an opinion; approved is
 * locked). Its 部门资金情况 ({@link org.perfdesk.evaluation.DepartmentFunds}) is computed from module execution's
 * 部门整体支出数据 and the projects of the department and the units under it, never typed, and frozen at submission
 * with the scores, the total and the grade. The 部门整体支出共性指标 ({@link org.perfdesk.evaluation.CommonIndicator})
 * are a template per fiscal year ({@link org.perfdesk.evaluation.CommonIndicatorSettings}, edited by the finance
 * bureau, {@link org.perfdesk.evaluation.CommonIndicatorTemplate#defaults} until then): each a
 * {@link org.perfdesk.evaluation.CommonFormula} over the recorded figures, a direction, a weight and a
 * {@link org.perfdesk.evaluation.CommonRule} (按百分点扣分, 分档, 按比例, 逐项检查); a figure not recorded gives
 * "无法计分" with the reason, never a guess. The evaluation is checked by the
 * {@link org.perfdesk.evaluation.ConsistencyChecker} as the table would be printed, and written as the 自评表 and the
 * 完成情况表 (.xlsx and .docx through {@link org.perfdesk.target.FormGrid}).
 * <p>
 * Owns the tables {@code department_evaluation}, {@code department_evaluation_key_indicator},
 * {@code department_evaluation_task}, {@code department_evaluation_response}, {@code department_evaluation_score},
 * {@code department_evaluation_review} and the template tables {@code department_evaluation_template},
 * {@code department_evaluation_indicator}, {@code department_evaluation_tier}, {@code department_evaluation_item}.
 * Publishes {@link org.perfdesk.shared.RecordChanged} as {@code DEPARTMENT_EVALUATION} and, for the template,
 * {@code SCORING_SETTINGS}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "绩效自评 (evaluation)", allowedDependencies = { "budget", "execution", "indicator", "target", "org", "shared" })
package org.perfdesk.evaluation;
