package org.perfdesk.evaluation.scoring;

import java.math.BigDecimal;
import java.util.Set;

import static org.perfdesk.evaluation.scoring.Numbers.divide;
import static org.perfdesk.evaluation.scoring.Numbers.text;

/**
 * 反向指标（≤），线性扣分法: B ≤ A → W; A < B < 2A → W × (1 − (B − A) / A); B ≥ 2A → 0. Harsher than
 * the ratio rule (an actual of twice the target scores nothing), which is why the choice
 * is a per-year setting.
 */
public record LowerIsBetterLinear(OverAchievement overAchievement) implements IndicatorPolicy {

	public LowerIsBetterLinear() {
		this(OverAchievement.DEFAULT);
	}

	@Override
	public String name() {
		return "反向指标（≤，线性扣分法）";
	}

	@Override
	public ScoredItem score(BigDecimal weight, BigDecimal target, BigDecimal actual) {
		String inputs = HigherIsBetter.inputs(weight, target, actual);
		var settled = LowerIsBetter.fullOrUnscorable(this, overAchievement, weight, target, actual, inputs, "按线性扣分");
		if (settled.isPresent()) {
			return settled.get();
		}
		if (actual.compareTo(target.add(target)) >= 0) {
			return ScoredItem.scored(BigDecimal.ZERO, weight, name(), inputs,
					"实际 " + text(actual) + " ≥ 2 × 指标 " + text(target) + "", Set.of());
		}
		BigDecimal factor = BigDecimal.ONE.subtract(divide(actual.subtract(target), target));
		return ScoredItem.scored(weight.multiply(factor), weight, name(), inputs,
				text(weight) + " × (1 − (" + text(actual) + " − " + text(target) + ") ÷ " + text(target) + ")",
				Set.of());
	}
}
