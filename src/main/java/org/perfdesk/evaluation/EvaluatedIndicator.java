package org.perfdesk.evaluation;

import java.math.BigDecimal;

import org.perfdesk.evaluation.scoring.Qualitative;
import org.perfdesk.evaluation.scoring.ScoredItem;
import org.perfdesk.indicator.IndicatorCategory;
import org.perfdesk.indicator.IndicatorSubcategory;
import org.perfdesk.indicator.TargetValue;

/**
 * One 绩效指标 row of a self-evaluation: what the approved target said (二级指标, 三级指标, 年度指标值),
 * the 分值 it counts for, the 实际完成值 as typed, the band chosen for a qualitative row, the
 * score as the engine computed it (with rule, inputs and explanation), a score set by
 * hand with its reason, and 偏差原因分析及改进措施.
 *
 * @param position the row's place in the table, from 0
 * @param targetValue 年度指标值 as typed in the target
 * @param weight 分值
 * @param actual 实际完成值 as typed
 * @param band the 定性 band, null for a quantitative row or while none is chosen
 * @param computed the score as the rules give it
 * @param override the score set by hand, null when the computed one counts
 * @param reason 偏差原因分析及改进措施
 */
public record EvaluatedIndicator(int position, IndicatorSubcategory subcategory, String name, String targetValue,
		BigDecimal weight, String actual, Qualitative.Band band, ScoredItem computed, ManualOverride override,
		String reason) {

	public EvaluatedIndicator {
		actual = actual == null ? "" : actual;
		reason = reason == null ? "" : reason;
		targetValue = targetValue == null ? "" : targetValue;
	}

	/** 一级指标 as printed. */
	public IndicatorCategory category() {
		return subcategory.category();
	}

	/**
	 * The score that counts: the one set by hand when there is one; null when the row has
	 * none yet.
	 */
	public BigDecimal score() {
		return override != null ? override.score() : computed.score();
	}

	public boolean overridden() {
		return override != null;
	}

	/** A qualitative 年度指标值, scored by the band chosen. */
	public boolean qualitative() {
		return TargetValue.parse(targetValue).kind() == TargetValue.Kind.QUALITATIVE;
	}

	/**
	 * A quantitative 年度指标值 with a comparison the rules score from the 实际完成值 (≥, ≤, =); a
	 * 时限 date, a range or a value not understood is scored by hand instead, and a
	 * qualitative one by its band.
	 */
	public boolean ruleScored() {
		TargetValue t = TargetValue.parse(targetValue);
		return t.isQuantitative() && t.comparison() != org.perfdesk.indicator.Comparison.RANGE;
	}

	public boolean overAchieved() {
		return computed.overAchieved();
	}

	/** Scored below its 分值, so 偏差原因分析及改进措施 is required (§1.7 rule 7). */
	public boolean deducted() {
		return score() != null && score().compareTo(weight) < 0;
	}
}
