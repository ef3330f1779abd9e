package org.perfdesk.indicator;

/**
 * 一级指标. Which of them a target uses depends on the {@link IndicatorScheme} of its fiscal
 * year.
 */
public enum IndicatorCategory {

	COST("成本指标"), OUTPUT("产出指标"), BENEFIT("效益指标"), SATISFACTION("满意度指标");

	private final String label;

	IndicatorCategory(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
