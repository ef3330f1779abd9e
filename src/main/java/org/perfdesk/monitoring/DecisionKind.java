package org.perfdesk.monitoring;

/**
 * 监控结果处理: what the finance bureau decides on a reported 监控表 (财预〔2019〕136号, deviation
 * handling): go on as planned; adjust the target, or cut the budget and adjust the target
 * with it (both start a new target revision); or suspend the project.
 */
public enum DecisionKind {

	CONTINUE("继续执行", "success"), ADJUST_TARGET("调整目标", "warning"), CUT_BUDGET("调减预算", "warning"),
	SUSPEND("暂停", "danger");

	private final String label;

	private final String colour;

	DecisionKind(String label, String colour) {
		this.label = label;
		this.colour = colour;
	}

	public String label() {
		return label;
	}

	/** The Bootstrap colour of the badge. */
	public String colour() {
		return colour;
	}

	/**
	 * True when the decision starts an adjustment of the target (调整目标, 调减预算 with the
	 * target adjusted in step).
	 */
	public boolean adjustsTarget() {
		return this == ADJUST_TARGET || this == CUT_BUDGET;
	}

}
