package org.perfdesk.evaluation.scoring;

import java.math.BigDecimal;
import java.util.Set;

import static org.perfdesk.evaluation.scoring.Numbers.text;

/**
 * 等于指标（=）: scored like 正向 (reaching the value is what counts), except a target of 0 (e.g.
 * "=0起 安全事故"), where any positive actual is a miss: full marks if B ≤ 0, else 0.
 */
public record Equals(OverAchievement overAchievement) implements IndicatorPolicy {

	public Equals() {
		this(OverAchievement.DEFAULT);
	}

	@Override
	public String name() {
		return "等于指标（=）";
	}

	@Override
	public ScoredItem score(BigDecimal weight, BigDecimal target, BigDecimal actual) {
		if (target.signum() == 0) {
			String inputs = HigherIsBetter.inputs(weight, target, actual);
			return actual.signum() <= 0
					? ScoredItem.scored(weight, weight, name(), inputs, "指标为 0，实际 " + text(actual) + " ≤ 0，得满分",
							Set.of())
					: ScoredItem.scored(BigDecimal.ZERO, weight, name(), inputs, "指标为 0，实际 " + text(actual) + " > 0",
							Set.of());
		}
		ScoredItem asHigher = new HigherIsBetter(overAchievement).score(weight, target, actual);
		return new ScoredItem(asHigher.score(), weight, name(), asHigher.inputs(), asHigher.explanation(),
				asHigher.flags());
	}
}
