package org.perfdesk.evaluation.scoring;

import java.math.BigDecimal;
import java.util.Set;

import static org.perfdesk.evaluation.scoring.Numbers.divide;
import static org.perfdesk.evaluation.scoring.Numbers.text;

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
		return LowerIsBetter.fullOrUnscorable(this, overAchievement, weight, target, actual, inputs, "按比例计分")
			.orElseGet(() -> ScoredItem.scored(weight.multiply(divide(target, actual)), weight, name(), inputs,
					"指标 " + text(target) + " ÷ 实际 " + text(actual) + " × " + text(weight), Set.of()));
	}
}
