package org.perfdesk.evaluation.scoring;

import java.math.BigDecimal;
import java.util.Optional;

import org.perfdesk.indicator.Comparison;
import org.perfdesk.indicator.TargetValue;

/**
 * Picks the policy for an indicator from its 指标值's comparison and scores the actual value
 * as typed. Whatever cannot be read with certainty (an actual that is not one number, a
 * different unit, a range or date target) is reported as 无法计分 for a person to score,
 * never guessed.
 */
public record IndicatorScoring(ScoringSettings settings) {

	/**
	 * The policy for a comparison; empty for 区间 and 定性, which have no automatic
	 * quantitative rule here.
	 */
	public Optional<IndicatorPolicy> policyFor(Comparison comparison) {
		OverAchievement over = settings.overAchievement();
		return switch (comparison) {
			case AT_LEAST, MORE_THAN -> Optional.of(new HigherIsBetter(over));
			case AT_MOST, LESS_THAN -> Optional.of(switch (settings.reverse()) {
				case RATIO -> new LowerIsBetterRatio(over);
				case LINEAR -> new LowerIsBetterLinear(over);
			});
			case EQUAL -> Optional.of(new Equals(over));
			case RANGE, QUALITATIVE -> Optional.empty();
		};
	}

	public ScoredItem score(TargetValue target, BigDecimal weight, String actualText) {
		String inputs = "分值 " + Numbers.text(weight) + "，指标值 " + target.typed() + "，实际完成值 "
				+ (actualText == null ? "" : actualText.strip());
		if (!target.isQuantitative()) {
			String why = switch (target.kind()) {
				case QUALITATIVE -> "定性指标请选择达成档次评分";
				case DATE -> "时限类指标暂不自动计分，请手工评分";
				default -> "指标值未能识别为数值，请手工评分";
			};
			return ScoredItem.notScorable(weight, "未定", inputs, why);
		}
		Optional<IndicatorPolicy> policy = policyFor(target.comparison());
		if (policy.isEmpty()) {
			return ScoredItem.notScorable(weight, "区间指标", inputs, "区间指标暂不自动计分，请手工评分");
		}
		String rule = policy.get().name();
		if (actualText == null || actualText.isBlank()) {
			return ScoredItem.notScorable(weight, rule, inputs, "未填写实际完成值");
		}
		TargetValue actual = TargetValue.parse(actualText);
		// an actual written with a sign (≥600) or as a range is not one value, so which
		// number counts is unknown
		if (!actual.isQuantitative() || actual.comparison() != Comparison.EQUAL) {
			return ScoredItem.notScorable(weight, rule, inputs, "实际完成值“" + actualText.strip() + "”不是一个数值");
		}
		if (!actual.unit().isEmpty() && !target.unit().isEmpty() && !actual.unit().equals(target.unit())) {
			return ScoredItem.notScorable(weight, rule, inputs,
					"实际完成值的单位“" + actual.unit() + "”与指标值的单位“" + target.unit() + "”不一致");
		}
		return policy.get().score(weight, target.number(), actual.number());
	}
}
