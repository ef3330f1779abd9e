package org.perfdesk.report;

/**
 * The kinds of narrative report, each with its own outline templates and generated parts.
 */
public enum ReportKind {

	/** 部门整体支出绩效自评报告: one per department and ended year. */
	DEPARTMENT("部门整体支出绩效自评报告"),
	/** 项目支出绩效自评报告 (财预〔2020〕10号 outline), with the 自评表 as its 附件. */
	PROJECT("项目支出绩效自评报告"),
	/** 专项资金绩效自评报告: a special fund groups several projects of a department. */
	SPECIAL_FUND("专项资金绩效自评报告"),
	/** 绩效运行监控报告 of a department's monitoring round. */
	MONITORING("绩效运行监控报告");

	private final String label;

	ReportKind(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
