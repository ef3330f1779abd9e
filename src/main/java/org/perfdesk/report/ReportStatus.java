package org.perfdesk.report;

import org.perfdesk.review.ReviewLevel;
import org.perfdesk.review.ReviewRule;

/** 报告状态: a report is written, submitted and reviewed like the tables it reports on. */
public enum ReportStatus {

	DRAFT("草稿"), SUBMITTED("待部门审核"), DEPARTMENT_APPROVED("待财政审核"), APPROVED("已批复"), RETURNED("已退回");

	private final String label;

	ReportStatus(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	/** The 填报人 writes a draft or a returned report; anything else is frozen. */
	public boolean editable() {
		return this == DRAFT || this == RETURNED;
	}

	public ReviewLevel awaiting() {
		return ReviewRule.awaiting(ReviewRule.Stage.of(this));
	}

}
