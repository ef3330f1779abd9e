package org.perfdesk.indicator;

/** 指标性质 / 比较符 of a target value: how the actual value is compared with it. */
public enum Comparison {

	AT_LEAST("≥", "不低于"), AT_MOST("≤", "不高于"), EQUAL("=", "等于"), MORE_THAN(">", "高于"), LESS_THAN("<", "低于"),
	RANGE("区间", "介于"), QUALITATIVE("定性", "定性");

	private final String sign;

	private final String words;

	Comparison(String sign, String words) {
		this.sign = sign;
		this.words = words;
	}

	/** The sign as the published forms print it (≥, ≤, =, >, <), or 区间 / 定性. */
	public String sign() {
		return sign;
	}

	public String words() {
		return words;
	}

	/** 正向指标: more is better. */
	public boolean higherIsBetter() {
		return this == AT_LEAST || this == MORE_THAN;
	}

}
