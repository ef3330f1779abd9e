package org.perfdesk.monitoring;

import org.perfdesk.execution.ProgressLight;

/**
 * 完成目标可能性 of the central monitoring form (财预〔2019〕136号 附件): 确定能, 有可能, 完全不可能. Anything but
 * 确定能 needs causes and measures (domain.md D20).
 */
public enum Likelihood {

	CERTAIN("确定能"), POSSIBLE("有可能"), IMPOSSIBLE("完全不可能");

	private final String label;

	Likelihood(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	/** 完全不可能 red, 有可能 yellow, 确定能 green. */
	public ProgressLight light() {
		return switch (this) {
			case CERTAIN -> ProgressLight.GREEN;
			case POSSIBLE -> ProgressLight.YELLOW;
			case IMPOSSIBLE -> ProgressLight.RED;
		};
	}

}
