package org.perfdesk.evaluation;

import org.perfdesk.review.ReviewLevel;
import org.perfdesk.review.ReviewRule;

/**
 * Where a self-evaluation (项目支出 or 部门整体支出) is: 草稿 → 待部门审核 → 待财政审核 → 已批复; or 已退回 from
 * either review, editable again with the opinion at its top. Only 草稿 and 已退回 are
 * recomputed and saved; 已批复 is locked for good.
 */
public enum EvaluationStatus {

	DRAFT("草稿"), SUBMITTED("待部门审核"), DEPARTMENT_APPROVED("待财政审核"), APPROVED("已批复"), RETURNED("已退回");

	private final String label;

	EvaluationStatus(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	/**
	 * The filler may edit (and the engine recompute) a draft or a returned table;
	 * anything else is frozen.
	 */
	public boolean editable() {
		return this == DRAFT || this == RETURNED;
	}

	/** The review level this status waits for, or null. */
	public ReviewLevel awaiting() {
		return ReviewRule.awaiting(ReviewRule.Stage.of(this));
	}

}
