package org.perfdesk.evaluation.common;

import org.perfdesk.evaluation.scoring.Numbers;
import org.perfdesk.evaluation.scoring.ScoredItem;

/**
 * A common indicator of a department self-evaluation as scored: which indicator (code,
 * 一级, 二级, name) and its {@link ScoredItem} with the rule and the arithmetic. Computed
 * while the evaluation is editable, stored at submission.
 */
public record CommonIndicatorScore(String code, String category, String group, String name, ScoredItem item) {

	/** The score as printed, "—" when it could not be scored. */
	public String scoreText() {
		return item.scorable() ? item.score().toPlainString() : "—";
	}

	/** The weight as printed. */
	public String weightText() {
		return Numbers.text(item.weight());
	}
}
