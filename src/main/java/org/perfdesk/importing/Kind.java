package org.perfdesk.importing;

/** The kinds of document an import recognises, with the names the JSON output uses. */
public enum Kind {

	PROJECT_SELFEVAL("project-selfeval", "项目支出绩效自评表"), DEPT_SELFEVAL("dept-selfeval", "部门整体支出绩效自评表"),
	PROJECT_TARGET("project-target", "项目支出绩效目标表"), DEPT_TARGET("dept-target", "部门整体支出绩效目标表"),
	TARGET_SUMMARY("target-summary", "绩效目标汇总"), PROJECT_REPORT("project-report", "项目支出绩效自评报告"),
	DEPT_REPORT("dept-report", "部门整体支出绩效自评报告"), MONITORING_REPORT("monitoring-report", "绩效运行监控");

	private final String code;

	private final String label;

	Kind(String code, String label) {
		this.code = code;
		this.label = label;
	}

	public String code() {
		return code;
	}

	public String label() {
		return label;
	}

	public boolean selfEvaluation() {
		return this == PROJECT_SELFEVAL || this == DEPT_SELFEVAL;
	}

	public boolean report() {
		return this == PROJECT_REPORT || this == DEPT_REPORT || this == MONITORING_REPORT;
	}

}
