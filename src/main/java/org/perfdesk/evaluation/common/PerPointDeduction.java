package org.perfdesk.evaluation.common;

import org.perfdesk.consistency.Direction;
import org.perfdesk.evaluation.scoring.Measure;
import org.perfdesk.evaluation.scoring.ScoredItem;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.perfdesk.evaluation.scoring.Numbers.text;

/**
 * 按百分点扣分: full marks while the rate stays on the right side of the threshold, then a
 * fixed number of points off for every percentage point beyond it, down to 0 (扣完为止). E.g.
 * 在职人员控制率 ≤ 100% full, −0.5 per point over; 预算完成率 100% full, −0.4 per point short.
 *
 * @param threshold the threshold in percent (100 for 100%)
 * @param pointsPerPoint points taken off per percentage point beyond it
 */
public record PerPointDeduction(BigDecimal threshold, BigDecimal pointsPerPoint) implements CommonRule.RateRule {

	@Override
	public Kind kind() {
		return Kind.DEDUCTION;
	}

	@Override
	public String name() {
		return "按百分点扣分";
	}

	@Override
	public List<String> problems(BigDecimal weight, Direction direction) {
		List<String> problems = new ArrayList<>();
		if (threshold == null) {
			problems.add("请填写满分界限（%）");
		}
		if (pointsPerPoint == null || pointsPerPoint.signum() <= 0) {
			problems.add("每百分点扣分须大于 0");
		}
		return problems;
	}

	@Override
	public ScoredItem score(BigDecimal weight, Direction direction, Measure measure) {
		String rule = name() + "（" + CommonRule.side(direction) + " " + CommonRule.pct(threshold) + " 得满分，每偏离 1 个百分点扣 "
				+ text(pointsPerPoint) + " 分）";
		if (!measure.present()) {
			return ScoredItem.notScorable(weight, rule, measure.inputs(), measure.missing());
		}
		BigDecimal rate = measure.percent();
		BigDecimal beyond = direction == Direction.NEGATIVE ? rate.subtract(threshold) : threshold.subtract(rate);
		if (beyond.signum() <= 0) {
			return ScoredItem.scored(weight, weight, rule, measure.inputs(),
					measure.arithmetic() + "，" + CommonRule.side(direction) + " " + CommonRule.pct(threshold) + "，得满分",
					Set.of());
		}
		BigDecimal deduction = beyond.multiply(pointsPerPoint);
		String word = direction == Direction.NEGATIVE ? "超出" : "低于";
		String arithmetic = measure.arithmetic() + "，" + word + " " + CommonRule.pct(threshold) + " " + text(beyond)
				+ " 个百分点，" + text(weight) + " − " + text(beyond) + " × " + text(pointsPerPoint);
		if (deduction.compareTo(weight) >= 0) {
			return ScoredItem.scored(BigDecimal.ZERO, weight, rule, measure.inputs(), arithmetic + "，扣完为止", Set.of());
		}
		return ScoredItem.scored(weight.subtract(deduction), weight, rule, measure.inputs(), arithmetic, Set.of());
	}
}
