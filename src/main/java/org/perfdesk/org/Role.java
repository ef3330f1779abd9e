package org.perfdesk.org;

/** One role per account; what each may see is decided by {@link DataScope}. */
public enum Role {

	/** 单位填报人: fills in the data of its own unit only. */
	UNIT_FILLER("单位填报人"),
	/** 部门审核人: reads and reviews its department and every unit under it. */
	DEPARTMENT_REVIEWER("部门审核人"),
	/** 财政审核人: the finance bureau's performance section; reads and reviews everything. */
	FINANCE_REVIEWER("财政审核人"),
	/** 系统管理员: people and organisation; no business data. */
	ADMINISTRATOR("系统管理员");

	private final String label;

	Role(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	/** The Spring Security authority, e.g. {@code ROLE_UNIT_FILLER}. */
	public String authority() {
		return "ROLE_" + name();
	}

}
