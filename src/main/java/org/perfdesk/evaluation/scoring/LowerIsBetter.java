package org.perfdesk.evaluation.scoring;

import java.math.BigDecimal;
import java.util.Optional;

import static org.perfdesk.evaluation.scoring.Numbers.text;

/**
 * What both 反向 (≤) rules share before they differ: an actual at or under the target
 * scores full, and a target of 0 or less cannot be scored by any ratio, so a person
 * decides.
 */
final class LowerIsBetter {

	private LowerIsBetter() {
	}

	/** The score when the rule's own formula is not needed, or empty when it is. */
	static Optional<ScoredItem> fullOrUnscorable(IndicatorPolicy policy, OverAchievement overAchievement,
			BigDecimal weight, BigDecimal target, BigDecimal actual, String inputs, String method) {
		if (actual.compareTo(target) <= 0) {
			return Optional.of(ScoredItem.scored(weight, weight, policy.name(), inputs,
					"实际 " + text(actual) + " ≤ 指标 " + text(target) + "，得满分", overAchievement.below(target, actual)));
		}
		if (target.signum() <= 0) {
			// A / B with A ≤ 0 would give 0 or a negative score without saying so
			return Optional
				.of(ScoredItem.notScorable(weight, policy.name(), inputs, "反向指标的指标值须大于 0 才能" + method + "，请手工评分"));
		}
		return Optional.empty();
	}

}
