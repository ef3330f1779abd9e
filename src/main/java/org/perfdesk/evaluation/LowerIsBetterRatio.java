package org.perfdesk.evaluation;

import java.math.BigDecimal;
import java.util.Set;

import static org.perfdesk.evaluation.Numbers.divide;
import static org.perfdesk.evaluation.Numbers.text;

/** 反向指标（≤），比例法: B ≤ A → W; otherwise W × A / B (the 自评表 填表说明 rule). */
public record LowerIsBetterRatio(OverAchievement overAchievement) implements IndicatorPolicy {

	public LowerIsBetterRatio() {
		this(OverAchievement.DEFAULT);
	}

	@Override
	public String name() {
		return "反向指标（≤，比例法）";
	}

	@Override
	public ScoredItem score(BigDecimal weight, BigDecimal target, BigDecimal actual) {
		String inputs = HigherIsBetter.inputs(weight, target, actual);
		if (actual.compareTo(target) <= 0) {
			return ScoredItem.scored(weight, weight, name(), inputs,
					"实际 " + text(actual) + " ≤ 指标 " + text(target) + "，得满分",
					overAchievement.below(target, actual));
		}
		if (target.signum() <= 0) {
			// A / B with A ≤ 0 would give 0 or a negative score without saying so; the linear rule or a person decides
			return ScoredItem.notScorable(weight, name(), inputs, "反向指标的指标值须大于 0 才能按比例计分，请手工评分");
		}
		return ScoredItem.scored(weight.multiply(divide(target, actual)), weight, name(), inputs,
				"指标 " + text(target) + " ÷ 实际 " + text(actual) + " × " + text(weight), Set.of());
	}
}
