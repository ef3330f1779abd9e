package org.perfdesk.review;

/** 通过 or 退回. */
public enum ReviewDecision {

	APPROVE("通过"), RETURN("退回");

	private final String label;

	ReviewDecision(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
