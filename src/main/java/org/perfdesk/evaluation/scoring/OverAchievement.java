package org.perfdesk.evaluation.scoring;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Set;

/**
 * 超额完成 check (财预〔2020〕10号: a large over-achievement must be explained, and a target set
 * too low may cost points). The share is configurable because regions use anything from
 * 20% to 50%.
 *
 * @param share how far beyond the target counts as over-achieved, e.g. 0.20 for 20%
 */
public record OverAchievement(BigDecimal share) {

	public static final OverAchievement DEFAULT = new OverAchievement(new BigDecimal("0.20"));

	public OverAchievement {
		if (share == null || share.signum() < 0) {
			throw new IllegalArgumentException("超额完成比例须为非负数");
		}
	}

	/**
	 * For 正向 indicators: B exceeds A by more than the share of A. A target of 0 has no
	 * share to exceed.
	 */
	Set<ScoredItem.Flag> above(BigDecimal target, BigDecimal actual) {
		if (target.signum() <= 0) {
			return Set.of();
		}
		return Numbers.divide(actual.subtract(target), target).compareTo(share) > 0
				? EnumSet.of(ScoredItem.Flag.OVER_ACHIEVED) : Set.of();
	}

	/**
	 * For 反向 indicators "beyond" the target means below it: B under A by more than the
	 * share of A.
	 */
	Set<ScoredItem.Flag> below(BigDecimal target, BigDecimal actual) {
		if (target.signum() <= 0) {
			return Set.of();
		}
		return Numbers.divide(target.subtract(actual), target).compareTo(share) > 0
				? EnumSet.of(ScoredItem.Flag.OVER_ACHIEVED) : Set.of();
	}
}
