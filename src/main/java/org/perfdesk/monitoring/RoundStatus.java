package org.perfdesk.monitoring;

/**
 * 进行中 (units fill in and submit) or 已结束 (closed by the finance bureau; reviews may still
 * finish).
 */
public enum RoundStatus {

	OPEN("进行中"), CLOSED("已结束");

	private final String label;

	RoundStatus(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
