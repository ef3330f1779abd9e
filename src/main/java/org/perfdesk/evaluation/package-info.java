/**
 * 绩效自评 - the self-evaluation after the year ends: the scoring engine (named, configurable
 * scoring policies per fiscal year, each score kept with its rule, inputs and a one-line
 * explanation; sub-package {@code evaluation.scoring}), and the 项目支出绩效自评表
 * ({@link org.perfdesk.evaluation.SelfEvaluation}): one per approved project target of an
 * ended year, opened by the unit's 填报人 with the budget block from {@code execution} and
 * the indicators and 分值 from {@code target}
 * ({@link org.perfdesk.evaluation.InitialWeights}); every save recomputes and stores each
 * score with the engine and the year's
 * {@link org.perfdesk.evaluation.scoring.ScoringSettings}, keeps a score set by hand
 * beside the computed one with its reason (audited), and refuses bad input whole; the
 * findings of module {@code consistency} on the table as printed and the required reasons
 * ({@link org.perfdesk.evaluation.SubmissionRules}) gate the submission; the department,
 * then the finance bureau review it (退回 with an opinion); a submitted table is never
 * recomputed and an approved one is locked.
 * {@link org.perfdesk.evaluation.SelfEvaluationExports} writes the table as .xlsx, .docx
 * and PDF through {@link org.perfdesk.document.FormGrid}.
 * <p>
 * Owns the 计分设置 of each fiscal year (tables {@code evaluation_scoring_settings} and
 * {@code evaluation_execution_tier}): the 反向 rule, the 超额完成 share, the 预算执行率 tiers, the
 * 定性 bands, the default 一级 weights and where a missing satisfaction weight goes.
 * {@link org.perfdesk.evaluation.scoring.ScoringSettingsManagement} reads them
 * ({@code forYear}, the defaults for a year never saved) and lets the finance reviewer
 * save them or copy last year's, audited as {@code SCORING_SETTINGS}; the page
 * {@code /settings/scoring} explains them with worked examples computed by the engine
 * ({@link org.perfdesk.evaluation.scoring.ScoringGuide}), and
 * {@code GET /api/v1/scoring-settings} reads them.
 * <p>
 * Owns the tables {@code self_evaluation}, {@code self_evaluation_indicator} and
 * {@code self_evaluation_review}; public services
 * {@link org.perfdesk.evaluation.SelfEvaluationManagement} and
 * {@link org.perfdesk.evaluation.scoring.ScoringSettingsManagement}; pages under
 * {@code /evaluations}, API under {@code /api/v1/evaluations}. Reads approved targets
 * from {@code target}, projects from {@code budget}, execution from {@code execution};
 * publishes {@link org.perfdesk.shared.RecordChanged} for self-evaluations.
 * <p>
 * 部门整体支出绩效自评
 * ({@link org.perfdesk.evaluation.department.DepartmentSelfEvaluationManagement}): one
 * {@link org.perfdesk.evaluation.department.DepartmentSelfEvaluation} per approved
 * department target of a past year, opened by the department's 填报人 with the target's key
 * indicators and main tasks copied in, saved, submitted, reviewed by the department and
 * then the finance bureau (草稿 → 待部门审核 → 待财政审核 → 已批复, or 已退回 with an opinion; approved is
 * locked). Its 部门资金情况 ({@link org.perfdesk.evaluation.department.DepartmentFunds}) is
 * computed from module execution's 部门整体支出数据 and the projects of the department and the
 * units under it, never typed, and frozen at submission with the scores, the total and
 * the grade. The 部门整体支出共性指标 ({@link org.perfdesk.evaluation.common.CommonIndicator}) are
 * a template per fiscal year, in the sub-package {@code evaluation.common} (named
 * interface {@code evaluation::common})
 * ({@link org.perfdesk.evaluation.common.CommonIndicatorSettings}, edited by the finance
 * bureau, {@link org.perfdesk.evaluation.common.CommonIndicatorTemplate#defaults} until
 * then): each a {@link org.perfdesk.evaluation.common.CommonFormula} over the recorded
 * figures, a direction, a weight and a {@link org.perfdesk.evaluation.common.CommonRule}
 * (按百分点扣分, 分档, 按比例, 逐项检查); a figure not recorded gives "无法计分" with the reason, never a
 * guess. The evaluation is checked by the
 * {@link org.perfdesk.consistency.ConsistencyChecker} (module {@code consistency}) as the
 * table would be printed, and written as the 自评表 and the 完成情况表 (.xlsx, .docx and PDF
 * through {@link org.perfdesk.document.FormGrid}).
 * <p>
 * Owns the tables {@code department_evaluation},
 * {@code department_evaluation_key_indicator}, {@code department_evaluation_task},
 * {@code department_evaluation_response}, {@code department_evaluation_score},
 * {@code department_evaluation_review} and the template tables
 * {@code department_evaluation_template}, {@code department_evaluation_indicator},
 * {@code department_evaluation_tier}, {@code department_evaluation_item}. Publishes
 * {@link org.perfdesk.shared.RecordChanged} as {@code DEPARTMENT_EVALUATION} and, for the
 * template, {@code SCORING_SETTINGS}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "绩效自评 (evaluation)",
		allowedDependencies = { "budget", "consistency", "execution", "execution::department", "importing", "indicator",
				"targets", "org", "review", "document", "shared" })
package org.perfdesk.evaluation;
