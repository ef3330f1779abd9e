/**
 * 绩效自评 - the self-evaluation after the year ends: the scoring engine (named, configurable scoring policies per
 * fiscal year, each score kept with its rule, inputs and a one-line explanation) and the consistency checker
 * (一致性校验) that recomputes every printed rate, sum, weight total and score.
 * <p>
 * Owns the 计分设置 of each fiscal year (tables {@code evaluation_scoring_settings} and
 * {@code evaluation_execution_tier}): the 反向 rule, the 超额完成 share, the 预算执行率 tiers, the 定性 bands, the
 * default 一级 weights and where a missing satisfaction weight goes. {@link org.perfdesk.evaluation.ScoringSettingsManagement}
 * reads them ({@code forYear}, the defaults for a year never saved) and lets the finance reviewer save them or copy
 * last year's, audited as {@code SCORING_SETTINGS}; the page {@code /settings/scoring} explains them with worked
 * examples computed by the engine ({@link org.perfdesk.evaluation.ScoringGuide}), and
 * {@code GET /api/v1/scoring-settings} reads them. The evaluation tables, pages and workflow come next.
 */
@org.springframework.modulith.ApplicationModule(displayName = "绩效自评 (evaluation)", allowedDependencies = { "budget", "execution", "indicator", "target", "org", "shared" })
package org.perfdesk.evaluation;
