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
 * 分档计分: the first tier the rate reaches gives its points, otherwise the fallback. For a
 * 反向 (≤) indicator a tier is reached when the rate is at or under its bound and the
 * bounds rise (预算控制率 0% → 5, ≤ 10% → 4, ≤ 20% → 3, ≤ 30% → 2, otherwise 0); for a 正向 (≥)
 * one when the rate is at or above it and the bounds fall. The tiers are checked in the
 * order written, so a table out of order is refused rather than silently sorted.
 *
 * @param tiers the tiers, best first
 * @param otherwise the points when no tier is reached
 */
public record Tiers(List<Tier> tiers, BigDecimal otherwise) implements CommonRule.RateRule {

	/** Reaching {@code bound} (in percent) earns {@code points}. */
	public record Tier(BigDecimal bound, BigDecimal points) {
	}

	public Tiers {
		tiers = List.copyOf(tiers);
	}

	@Override
	public Kind kind() {
		return Kind.TIERS;
	}

	@Override
	public String name() {
		return "分档计分";
	}

	@Override
	public List<String> problems(BigDecimal weight, Direction direction) {
		List<String> problems = new ArrayList<>();
		if (tiers.isEmpty()) {
			problems.add("分档计分至少需要一档");
			return problems;
		}
		for (int i = 0; i < tiers.size(); i++) {
			Tier t = tiers.get(i);
			if (t.points().signum() < 0 || t.points().compareTo(weight) > 0) {
				problems.add("第 " + (i + 1) + " 档得分须在 0 到分值 " + text(weight) + " 之间，当前为 " + text(t.points()));
			}
			if (i > 0) {
				Tier before = tiers.get(i - 1);
				boolean ordered = direction == Direction.NEGATIVE ? t.bound().compareTo(before.bound()) > 0
						: t.bound().compareTo(before.bound()) < 0;
				if (!ordered) {
					problems.add("各档界限须按" + (direction == Direction.NEGATIVE ? "从小到大" : "从大到小") + "排列：第 " + (i + 1)
							+ " 档 " + CommonRule.pct(t.bound()) + " 排在第 " + i + " 档 " + CommonRule.pct(before.bound())
							+ " 之后");
				}
				if (t.points().compareTo(before.points()) > 0) {
					problems.add("后一档得分不能高于前一档：第 " + (i + 1) + " 档 " + text(t.points()) + " 分高于第 " + i + " 档 "
							+ text(before.points()) + " 分");
				}
			}
		}
		BigDecimal last = tiers.get(tiers.size() - 1).points();
		if (otherwise == null || otherwise.signum() < 0 || otherwise.compareTo(last) > 0) {
			problems.add("未达任何一档时的得分须在 0 到最后一档得分 " + text(last) + " 之间");
		}
		return problems;
	}

	@Override
	public ScoredItem score(BigDecimal weight, Direction direction, Measure measure) {
		String rule = name() + "（" + describe(direction) + "）";
		if (!measure.present()) {
			return ScoredItem.notScorable(weight, rule, measure.inputs(), measure.missing());
		}
		BigDecimal rate = measure.percent();
		for (Tier t : tiers) {
			boolean reached = direction == Direction.NEGATIVE ? rate.compareTo(t.bound()) <= 0
					: rate.compareTo(t.bound()) >= 0;
			if (reached) {
				return ScoredItem.scored(t.points(), weight, rule, measure.inputs(),
						measure.arithmetic() + "，" + CommonRule.side(direction) + " " + CommonRule.pct(t.bound())
								+ "，得该档 " + text(t.points()) + " 分",
						Set.of());
			}
		}
		Tier worst = tiers.get(tiers.size() - 1);
		return ScoredItem.scored(otherwise, weight, rule, measure.inputs(),
				measure.arithmetic() + "，" + (direction == Direction.NEGATIVE ? "高于" : "低于") + "最末一档 "
						+ CommonRule.pct(worst.bound()) + "，得 " + text(otherwise) + " 分",
				Set.of());
	}

	/** "≤0% 5 分，≤10% 4 分，其他 0 分". */
	public String describe(Direction direction) {
		String sign = direction == Direction.NEGATIVE ? "≤" : "≥";
		List<String> parts = new ArrayList<>();
		for (Tier t : tiers) {
			parts.add(sign + CommonRule.pct(t.bound()) + " " + text(t.points()) + " 分");
		}
		parts.add("其他 " + (otherwise == null ? "" : text(otherwise)) + " 分");
		return String.join("，", parts);
	}
}
