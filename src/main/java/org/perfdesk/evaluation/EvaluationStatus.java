package org.perfdesk.evaluation;

/**
 * Where a 项目支出绩效自评表 is: 草稿 → 待部门审核 → 待财政审核 → 已批复; or 已退回 from either review, editable again
 * with the opinion at its top. Only 草稿 and 已退回 are recomputed and saved; 已批复 is locked for good.
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

	/** The filler may edit (and the engine recompute) a draft or a returned table; anything else is frozen. */
	public boolean editable() {
		return this == DRAFT || this == RETURNED;
	}
}
