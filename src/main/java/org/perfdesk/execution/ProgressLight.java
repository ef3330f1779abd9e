package org.perfdesk.execution;

import java.math.BigDecimal;

/**
 * Traffic light of the 执行进度 (domain.md §1.7 item 9, a common product feature rather than a national rule):
 * below 60% red, 60% to below 80% yellow, from 80% green.
 */
public enum ProgressLight {

	RED("滞后", "danger"), YELLOW("偏慢", "warning"), GREEN("正常", "success");

	static final BigDecimal YELLOW_FROM = new BigDecimal("0.6");

	static final BigDecimal GREEN_FROM = new BigDecimal("0.8");

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

	/** The light of a progress, or null when there is none. */
	public static ProgressLight of(BigDecimal progress) {
		if (progress == null) {
			return null;
		}
		if (progress.compareTo(GREEN_FROM) >= 0) {
			return GREEN;
		}
		return progress.compareTo(YELLOW_FROM) >= 0 ? YELLOW : RED;
	}
}
