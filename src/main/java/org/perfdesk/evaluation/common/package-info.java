/**
 * 部门整体支出共性指标 - the template of common indicators the department self-evaluation is scored
 * by: per fiscal year ({@link org.perfdesk.evaluation.common.CommonIndicatorSettings},
 * edited by the finance bureau at {@code /settings/common-indicators},
 * {@link org.perfdesk.evaluation.common.CommonIndicatorTemplate#defaults} until then),
 * each indicator a {@link org.perfdesk.evaluation.common.CommonFormula} over the recorded
 * figures, a direction, a weight and a {@link org.perfdesk.evaluation.common.CommonRule}
 * (按百分点扣分 {@code PerPointDeduction}, 分档 {@code Tiers}, 按比例 {@code Proportional}, 逐项检查
 * {@code Checklist}). Scores are {@link org.perfdesk.evaluation.scoring.ScoredItem}s of
 * the evaluation's scoring engine; a figure not recorded gives 无法计分.
 * <p>
 * Owns the template tables {@code department_evaluation_template},
 * {@code department_evaluation_indicator}, {@code department_evaluation_tier} and
 * {@code department_evaluation_item} (migrations stay in the evaluation folder). The
 * named interface {@code evaluation::common} lets the demo read a scored indicator's
 * rule.
 */
@org.springframework.modulith.NamedInterface("common")
package org.perfdesk.evaluation.common;
