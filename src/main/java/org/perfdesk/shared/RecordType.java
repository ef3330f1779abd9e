package org.perfdesk.shared;

/**
 * The kinds of record the audit trail follows, with their Chinese names. Modules publish
 * {@link RecordChanged} with {@link #name()} as the record type; the labels live here so
 * that a new kind is named in one place.
 */
public enum RecordType {

	UNIT("单位"), ACCOUNT("账号"), PROJECT("项目"), TARGET("绩效目标"), CATALOGUE_ENTRY("指标库条目"), SCHEME_CHOICE("指标体系"),
	SPENDING_CHECKPOINTS("支出计划节点"), BUDGET_ADJUSTMENT("预算调整"), EXECUTION("预算执行数"), DEPARTMENT_FIGURES("部门整体支出数据"),
	MONITORING_ROUND("监控轮次"), MONITORING_REPORT("监控表"), SELF_EVALUATION("项目自评表"), SCORING_SETTINGS("计分设置"),
	DEPARTMENT_EVALUATION("部门整体自评表"), REPORT("自评报告"), REPORT_OUTLINE("报告提纲"), SPECIAL_FUND("专项资金"), PUBLICATION("批量导出"),
	IMPORTED_DOCUMENT("导入文书");

	private final String label;

	RecordType(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	/**
	 * The label of a stored record type, or the stored text itself for a type this
	 * version does not know.
	 */
	public static String labelOf(String recordType) {
		for (RecordType t : values()) {
			if (t.name().equals(recordType)) {
				return t.label;
			}
		}
		return recordType;
	}

}
