package org.perfdesk.monitoring;

/**
 * Where a 监控表 is: 草稿 → 待部门审核 → 待财政审核 → 已审核; or 已退回 from either review, editable again.
 */
public enum ReportStatus {

	DRAFT("草稿"), SUBMITTED("待部门审核"), DEPARTMENT_APPROVED("待财政审核"), APPROVED("已审核"), RETURNED("已退回");

	private final String label;

	ReportStatus(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	public boolean editable() {
		return this == DRAFT || this == RETURNED;
	}

	/** Submitted at least once and not sent back: counts as 已报送 for the reminder list. */
	public boolean submitted() {
		return !editable();
	}

}
