package org.perfdesk.targets;

/**
 * Where a target is in review: 草稿 → 已提交 (awaits the department) → 部门已审 (awaits the
 * finance bureau) → 已批复; or 已退回 from either review, editable again with the opinion shown
 * at its top.
 */
public enum TargetStatus {

	DRAFT("草稿"), SUBMITTED("待部门审核"), DEPARTMENT_APPROVED("待财政审核"), APPROVED("已批复"), RETURNED("已退回");

	private final String label;

	TargetStatus(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	/**
	 * The filler may edit a draft or a returned target; anything else is under review or
	 * locked.
	 */
	public boolean editable() {
		return this == DRAFT || this == RETURNED;
	}

}
