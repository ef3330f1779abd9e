package org.perfdesk.evaluation.scoring;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.perfdesk.shared.Amount;

import static org.perfdesk.evaluation.scoring.Numbers.divide;
import static org.perfdesk.evaluation.scoring.Numbers.percent;
import static org.perfdesk.evaluation.scoring.Numbers.text;

/**
 * 预算执行率 score: 执行率 = 全年执行数 ÷ 全年预算数 (the adjusted budget, not 年初预算数), score = min(执行率, 1)
 * × weight. Some regions deduct by tiers instead; give a non-empty tier list for that.
 *
 * @param weight the 分值, 10 by default
 * @param tiers (rate threshold, points) pairs; empty for the proportional rule
 */
public record ExecutionScore(BigDecimal weight, List<Tier> tiers) {

	/** Reaching {@code rate} (e.g. 0.9 for 90%) earns {@code points}. */
	public record Tier(BigDecimal rate, BigDecimal points) {
	}

	public static final BigDecimal DEFAULT_WEIGHT = BigDecimal.TEN;

	public ExecutionScore {
		// highest threshold first, so the first tier reached is the one that applies
		tiers = tiers.stream().sorted(Comparator.comparing(Tier::rate).reversed()).toList();
	}

	public ExecutionScore() {
		this(DEFAULT_WEIGHT, List.of());
	}

	public String name() {
		return tiers.isEmpty() ? "预算执行率（比例法）" : "预算执行率（分档法）";
	}

	public ScoredItem score(Amount executed, Amount budget) {
		String inputs = "全年预算数 " + budget.yuan().toPlainString() + " 元，全年执行数 " + executed.yuan().toPlainString() + " 元";
		if (budget.yuan().signum() <= 0) {
			return ScoredItem.notScorable(weight, name(), inputs, "全年预算数为 0，执行率无从计算，请手工评分或说明");
		}
		BigDecimal rate = divide(executed.yuan(), budget.yuan());
		if (tiers.isEmpty()) {
			BigDecimal capped = rate.min(BigDecimal.ONE);
			String cap = rate.compareTo(BigDecimal.ONE) > 0 ? "（超过 100% 按 100% 计）" : "";
			return ScoredItem.scored(capped.multiply(weight), weight, name(), inputs,
					"执行率 " + percent(rate) + cap + " × " + text(weight), Set.of());
		}
		for (Tier tier : tiers) {
			if (rate.compareTo(tier.rate()) >= 0) {
				return ScoredItem.scored(tier.points(), weight, name(), inputs,
						"执行率 " + percent(rate) + " 达到 " + percent(tier.rate()) + " 档", Set.of());
			}
		}
		return ScoredItem.scored(BigDecimal.ZERO, weight, name(), inputs,
				"执行率 " + percent(rate) + " 低于最低档 " + percent(tiers.get(tiers.size() - 1).rate()), Set.of());
	}
}
