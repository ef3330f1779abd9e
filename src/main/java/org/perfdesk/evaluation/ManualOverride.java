package org.perfdesk.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.perfdesk.evaluation.scoring.Numbers;
import org.perfdesk.evaluation.scoring.ScoredItem;
import org.perfdesk.shared.RuleViolation;

/**
 * A score changed by hand, e.g. reduced because an over-achieved target was set too low
 * (财预〔2020〕10号). The computed score stays beside it so reviewers see both, and a change
 * needs a written reason.
 *
 * @param computed the item as the rules scored it
 * @param score the score that counts, two decimals
 * @param reason why it differs from the computed score; may be empty only when it does
 * not
 */
public record ManualOverride(ScoredItem computed, BigDecimal score, String reason) {

	public ManualOverride {
		if (score == null) {
			throw new RuleViolation("score", "请填写调整后的得分");
		}
		score = score.setScale(2, RoundingMode.HALF_UP);
		reason = reason == null ? "" : reason.strip();
		if (score.signum() < 0 || score.compareTo(computed.weight()) > 0) {
			throw new RuleViolation("score", "得分须在 0 到 " + Numbers.text(computed.weight()) + " 分之间");
		}
		if (changed(computed, score) && reason.isEmpty()) {
			throw new RuleViolation("reason", "得分与计算结果不同，请填写调整理由");
		}
	}

	public boolean changed() {
		return changed(computed, score);
	}

	/** The computed score, or null when the item could not be computed. */
	public BigDecimal computedScore() {
		return computed.score();
	}

	private static boolean changed(ScoredItem computed, BigDecimal score) {
		return computed.score() == null || computed.score().compareTo(score) != 0;
	}
}
