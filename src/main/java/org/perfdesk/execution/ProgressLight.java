package org.perfdesk.execution;

import java.math.BigDecimal;

/**
 * Traffic light of the 执行进度 (domain.md §1.7 item 9, a common product feature rather than
 * a national rule): by default below 60% red, 60% to below 80% yellow, from 80% green;
 * the thresholds are settings ({@link AlertThresholds}, {@code perfdesk.alerts.*}).
 */
public enum ProgressLight {

	RED("滞后", "danger"), YELLOW("偏慢", "warning"), GREEN("正常", "success");

	private final String label;

	private final String colour;

	ProgressLight(String label, String colour) {
		this.label = label;
		this.colour = colour;
	}

	public String label() {
		return label;
	}

	/** The Bootstrap colour name of the light. */
	public String colour() {
		return colour;
	}

	/**
	 * The light of a progress with the default thresholds
	 * ({@link AlertThresholds#DEFAULT}), or null.
	 */
	public static ProgressLight of(BigDecimal progress) {
		return AlertThresholds.DEFAULT.light(progress);
	}

}
