/**
 * 计分 - the scoring engine of the self-evaluations and the year's 计分设置. Each indicator is
 * scored by a named {@link org.perfdesk.evaluation.scoring.IndicatorPolicy} chosen by
 * {@link org.perfdesk.evaluation.scoring.IndicatorScoring} (正向 {@code HigherIsBetter}, 反向
 * {@code LowerIsBetterRatio} or {@code LowerIsBetterLinear}, 等于 {@code Equals}, 定性
 * {@code Qualitative}), the 预算执行率 by
 * {@link org.perfdesk.evaluation.scoring.ExecutionScore}, the total graded by
 * {@link org.perfdesk.evaluation.scoring.Grading}; every result is a
 * {@link org.perfdesk.evaluation.scoring.ScoredItem} that keeps its rule, inputs and
 * one-line explanation, so a printed score can always be recomputed.
 * <p>
 * {@link org.perfdesk.evaluation.scoring.ScoringSettings} are one fiscal year's choices
 * (反向 rule, 超额完成 share, execution tiers, qualitative bands, default 一级
 * {@link org.perfdesk.evaluation.scoring.Weights}), stored in
 * {@code evaluation_scoring_settings} and {@code evaluation_execution_tier}, read and
 * saved through {@link org.perfdesk.evaluation.scoring.ScoringSettingsManagement},
 * explained with worked examples by {@link org.perfdesk.evaluation.scoring.ScoringGuide}
 * at {@code /settings/scoring} and read at {@code GET /api/v1/scoring-settings}. The
 * project and department self-evaluations and the 共性指标 template of
 * {@code evaluation.common} score through this package. Only {@code ScoredItem}, which
 * the self-evaluations hand out, is a named interface ({@code evaluation::scoring}); the
 * policies and settings stay inside module evaluation.
 */
package org.perfdesk.evaluation.scoring;
