package org.perfdesk.shared;

/**
 * 等级 优 / 良 / 中 / 差: of a target review (财预〔2015〕88号) and, later, of a self-evaluation
 * score.
 */
public enum Grade {

	EXCELLENT("优"), GOOD("良"), FAIR("中"), POOR("差");

	private final String label;

	Grade(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
