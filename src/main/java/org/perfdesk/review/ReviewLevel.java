package org.perfdesk.review;

/** Who reviews: the department first, then the finance bureau (谁批复预算，谁批复目标). */
public enum ReviewLevel {

	DEPARTMENT("部门审核"), FINANCE("财政审核");

	private final String label;

	ReviewLevel(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
