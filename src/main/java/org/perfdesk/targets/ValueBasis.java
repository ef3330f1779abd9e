package org.perfdesk.targets;

/** 指标值确定依据 (财预〔2021〕101号). */
public enum ValueBasis {

	PLAN("计划标准"), INDUSTRY("行业标准"), HISTORY("历史标准"), OTHER("其他标准");

	private final String label;

	ValueBasis(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
