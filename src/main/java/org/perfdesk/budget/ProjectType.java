package org.perfdesk.budget;

/** 项目类型. */
public enum ProjectType {

	/** 常年性: runs every year with the unit's regular work. */
	RECURRING("常年性"),
	/** 延续性: a multi-year project carried on from earlier years. */
	CONTINUING("延续性"),
	/** 一次性: a one-off project. */
	ONE_OFF("一次性");

	private final String label;

	ProjectType(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
