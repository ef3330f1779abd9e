package org.perfdesk.targets;

/** 项目支出 or 部门整体支出 target. */
public enum TargetKind {

	PROJECT("项目支出绩效目标"), DEPARTMENT("部门整体支出绩效目标");

	private final String label;

	TargetKind(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
