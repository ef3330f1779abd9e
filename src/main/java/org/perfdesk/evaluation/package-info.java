/**
 * 绩效自评 - the self-evaluation after the year ends: the scoring engine (named, configurable scoring policies per
 * fiscal year, each score kept with its rule, inputs and a one-line explanation), the consistency checker
 * (一致性校验) that recomputes every printed rate, sum, weight total and score, and the 项目支出绩效自评表
 * ({@link org.perfdesk.evaluation.SelfEvaluation}): one per approved project target of an ended year, opened by the
 * unit's 填报人 with the budget block from {@code execution} and the indicators and 分值 from {@code target}
 * ({@link org.perfdesk.evaluation.InitialWeights}); every save recomputes and stores each score with the engine and
 * the year's {@link org.perfdesk.evaluation.ScoringSettings}, keeps a score set by hand beside the computed one with
 * its reason (audited), and refuses bad input whole; the checker's findings and the required reasons
 * ({@link org.perfdesk.evaluation.SubmissionRules}) gate the submission; the department, then the finance bureau
 * review it (退回 with an opinion); a submitted table is never recomputed and an approved one is locked.
 * {@link org.perfdesk.evaluation.SelfEvaluationExports} writes the table as .xlsx and .docx through
 * {@link org.perfdesk.target.FormGrid}.
 * <p>
 * Owns the 计分设置 of each fiscal year (tables {@code evaluation_scoring_settings} and
 * {@code evaluation_execution_tier}): the 反向 rule, the 超额完成 share, the 预算执行率 tiers, the 定性 bands, the
 * default 一级 weights and where a missing satisfaction weight goes. {@link org.perfdesk.evaluation.ScoringSettingsManagement}
 * reads them ({@code forYear}, the defaults for a year never saved) and lets the finance reviewer save them or copy
 * last year's, audited as {@code SCORING_SETTINGS}; the page {@code /settings/scoring} explains them with worked
 * examples computed by the engine ({@link org.perfdesk.evaluation.ScoringGuide}), and
 * {@code GET /api/v1/scoring-settings} reads them.
 * <p>
 * Owns the tables {@code self_evaluation}, {@code self_evaluation_indicator} and {@code self_evaluation_review};
 * public services {@link org.perfdesk.evaluation.SelfEvaluationManagement} and
 * {@link org.perfdesk.evaluation.ScoringSettingsManagement}; pages under {@code /evaluations}, API under
 * {@code /api/v1/evaluations}. Reads approved targets from {@code target}, projects from {@code budget}, execution
 * from {@code execution}; publishes {@link org.perfdesk.shared.RecordChanged} for self-evaluations.
 */
@org.springframework.modulith.ApplicationModule(displayName = "绩效自评 (evaluation)", allowedDependencies = { "budget", "execution", "indicator", "target", "org", "shared" })
package org.perfdesk.evaluation;
