package org.perfdesk.evaluation.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Set;

/**
 * One computed score kept with everything needed to check it by hand: the rule applied,
 * the inputs, and the arithmetic written out, because a self-evaluation table is reviewed
 * line by line and a bare number cannot be defended.
 *
 * @param score the score rounded half-up to two decimals; null when the item could not be
 * scored
 * @param weight the weight (分值) the score is out of
 * @param rule the rule's Chinese name, e.g. "正向指标（≥）"
 * @param inputs the inputs as text, e.g. "指标值 800，实际完成值 600"
 * @param explanation one Chinese line with the arithmetic, or why the item could not be
 * scored
 * @param flags what a reviewer must look at
 */
@org.springframework.modulith.NamedInterface("scoring")
public record ScoredItem(BigDecimal score, BigDecimal weight, String rule, String inputs, String explanation,
		Set<Flag> flags) {

	/** Scores are printed with two decimals on the 自评表. */
	public static final int SCALE = 2;

	public enum Flag {

		/**
		 * 超额完成: the actual value is beyond the target by more than the configured share;
		 * needs a written explanation.
		 */
		OVER_ACHIEVED("超额完成，需说明原因");

		private final String label;

		Flag(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}

	}

	public ScoredItem {
		flags = Set.copyOf(flags);
		if (score != null) {
			score = score.setScale(SCALE, RoundingMode.HALF_UP);
		}
	}

	public static ScoredItem scored(BigDecimal unrounded, BigDecimal weight, String rule, String inputs,
			String arithmetic, Set<Flag> flags) {
		BigDecimal score = unrounded.setScale(SCALE, RoundingMode.HALF_UP);
		return new ScoredItem(score, weight, rule, inputs, arithmetic + " = " + score.toPlainString() + " 分", flags);
	}

	public static ScoredItem notScorable(BigDecimal weight, String rule, String inputs, String why) {
		return new ScoredItem(null, weight, rule, inputs, "无法计分：" + why, Set.of());
	}

	public boolean scorable() {
		return score != null;
	}

	public boolean overAchieved() {
		return flags.contains(Flag.OVER_ACHIEVED);
	}
}
