package org.perfdesk.indicator;

/**
 * 二级指标, each under one {@link IndicatorCategory}. 成本指标 appears twice on purpose: under 产出
 * in the 2015 scheme ({@link #OUTPUT_COST}) and split into three kinds of cost under its
 * own level 1 in the 2021 scheme.
 */
public enum IndicatorSubcategory {

	ECONOMIC_COST(IndicatorCategory.COST, "经济成本指标"), SOCIAL_COST(IndicatorCategory.COST, "社会成本指标"),
	ECOLOGICAL_COST(IndicatorCategory.COST, "生态环境成本指标"), QUANTITY(IndicatorCategory.OUTPUT, "数量指标"),
	QUALITY(IndicatorCategory.OUTPUT, "质量指标"), TIMELINESS(IndicatorCategory.OUTPUT, "时效指标"),
	OUTPUT_COST(IndicatorCategory.OUTPUT, "成本指标"), ECONOMIC(IndicatorCategory.BENEFIT, "经济效益指标"),
	SOCIAL(IndicatorCategory.BENEFIT, "社会效益指标"), ECOLOGICAL(IndicatorCategory.BENEFIT, "生态效益指标"),
	SUSTAINABILITY(IndicatorCategory.BENEFIT, "可持续影响指标"),
	SERVICE_SATISFACTION(IndicatorCategory.SATISFACTION, "服务对象满意度指标");

	private final IndicatorCategory category;

	private final String label;

	IndicatorSubcategory(IndicatorCategory category, String label) {
		this.category = category;
		this.label = label;
	}

	public IndicatorCategory category() {
		return category;
	}

	public String label() {
		return label;
	}

	/** True for every kind of cost indicator, whichever scheme places it. */
	public boolean isCost() {
		return this == OUTPUT_COST || category == IndicatorCategory.COST;
	}

}
