package org.perfdesk.evaluation.scoring;

import java.math.BigDecimal;

import static org.perfdesk.evaluation.scoring.Numbers.divide;
import static org.perfdesk.evaluation.scoring.Numbers.text;

/** 正向指标（≥）: B ≥ A → W; otherwise W × B / A, in proportion to completion (财预〔2020〕10号). */
public record HigherIsBetter(OverAchievement overAchievement) implements IndicatorPolicy {

	public HigherIsBetter() {
		this(OverAchievement.DEFAULT);
	}

	@Override
	public String name() {
		return "正向指标（≥）";
	}

	@Override
	public ScoredItem score(BigDecimal weight, BigDecimal target, BigDecimal actual) {
		String inputs = inputs(weight, target, actual);
		if (target.signum() <= 0) {
			// B / A has no meaning for a target of 0 or below; better to ask than to
			// invent a score
			return ScoredItem.notScorable(weight, name(), inputs, "正向指标的指标值须大于 0，请手工评分");
		}
		if (actual.compareTo(target) >= 0) {
			return ScoredItem.scored(weight, weight, name(), inputs,
					"实际 " + text(actual) + " ≥ 指标 " + text(target) + "，得满分", overAchievement.above(target, actual));
		}
		BigDecimal value = actual.signum() <= 0 ? BigDecimal.ZERO : weight.multiply(divide(actual, target));
		return ScoredItem.scored(value, weight, name(), inputs,
				"实际 " + text(actual) + " ÷ 指标 " + text(target) + " × " + text(weight), java.util.Set.of());
	}

	static String inputs(BigDecimal weight, BigDecimal target, BigDecimal actual) {
		return "分值 " + text(weight) + "，指标值 " + text(target) + "，实际完成值 " + text(actual);
	}
}
