package org.perfdesk.evaluation.common;

import org.perfdesk.consistency.Direction;
import org.perfdesk.evaluation.scoring.HigherIsBetter;
import org.perfdesk.evaluation.scoring.IndicatorPolicy;
import org.perfdesk.evaluation.scoring.LowerIsBetterRatio;
import org.perfdesk.evaluation.scoring.Measure;
import org.perfdesk.evaluation.scoring.ScoredItem;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * 按比例计分: the scoring engine's own proportional rules applied to the rate against a target
 * rate — for a 正向 (≥) indicator {@link HigherIsBetter} (W × rate ÷ target, full at or
 * above it), for a 反向 (≤) one {@link LowerIsBetterRatio} (W × target ÷ rate, full at or
 * under it). E.g. 政府采购执行率 against 100%.
 *
 * @param target the target rate in percent
 */
public record Proportional(BigDecimal target) implements CommonRule.RateRule {

	@Override
	public Kind kind() {
		return Kind.PROPORTIONAL;
	}

	@Override
	public String name() {
		return "按比例计分";
	}

	@Override
	public List<String> problems(BigDecimal weight, Direction direction) {
		List<String> problems = new ArrayList<>();
		if (target == null || target.signum() <= 0) {
			problems.add("按比例计分的目标值（%）须大于 0");
		}
		return problems;
	}

	@Override
	public ScoredItem score(BigDecimal weight, Direction direction, Measure measure) {
		String rule = name() + "（目标 " + CommonRule.side(direction) + " " + CommonRule.pct(target) + "）";
		if (!measure.present()) {
			return ScoredItem.notScorable(weight, rule, measure.inputs(), measure.missing());
		}
		IndicatorPolicy policy = direction == Direction.NEGATIVE ? new LowerIsBetterRatio() : new HigherIsBetter();
		ScoredItem engine = policy.score(weight, target, measure.percent());
		String explanation = measure.arithmetic() + "；" + engine.explanation();
		return new ScoredItem(engine.score(), weight, rule, measure.inputs(), explanation, Set.of());
	}
}
