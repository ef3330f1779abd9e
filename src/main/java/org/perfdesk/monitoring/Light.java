package org.perfdesk.monitoring;

/** 预警灯: how far an item is behind what is expected by now. Lists show red first, then yellow. */
public enum Light {

	RED("红灯", "严重滞后"), YELLOW("黄灯", "进度偏慢"), GREEN("绿灯", "正常"), NONE("—", "无从判断");

	private final String label;

	private final String meaning;

	Light(String label, String meaning) {
		this.label = label;
		this.meaning = meaning;
	}

	public String label() {
		return label;
	}

	public String meaning() {
		return meaning;
	}
}
