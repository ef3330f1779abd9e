package org.perfdesk.evaluation;

import java.util.List;

import org.perfdesk.evaluation.scoring.Qualitative;

/**
 * What the unit's 填报人 saves on a self-evaluation, numbers as typed so that a text where a
 * number belongs is reported beside its field rather than lost. One row per indicator of
 * the table, in its order.
 *
 * @param completionText 实际完成情况 against the 年度总体目标
 * @param executionScore the 预算执行 score set by hand; blank for the computed one
 * @param executionScoreReason why the 预算执行 score differs from the computed one
 * @param executionReason 预算执行偏差原因 (required when the execution score is below its 分值)
 */
public record EvaluationInput(String completionText, String executionScore, String executionScoreReason,
		String executionReason, List<Row> indicators) {

	public EvaluationInput {
		indicators = indicators == null ? List.of() : List.copyOf(indicators);
	}

	/**
	 * One indicator row as typed.
	 *
	 * @param weight 分值
	 * @param actual 实际完成值
	 * @param band the 定性 band (qualitative rows)
	 * @param score a score within the band for a qualitative row, or a score set by hand;
	 * blank for the computed one
	 * @param scoreReason why a score set by hand differs from the computed one
	 * @param reason 偏差原因分析及改进措施
	 */
	public record Row(String weight, String actual, Qualitative.Band band, String score, String scoreReason,
			String reason) {
	}
}
