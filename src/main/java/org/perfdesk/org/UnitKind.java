package org.perfdesk.org;

/**
 * The three levels of the organisation tree, each allowed only under the one above it.
 */
public enum UnitKind {

	FINANCE_BUREAU("财政局"), DEPARTMENT("主管部门"), BUDGET_UNIT("预算单位");

	private final String label;

	UnitKind(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	/** A 主管部门 sits under the 财政局, a 预算单位 under a 主管部门; the 财政局 is the root. */
	public boolean mayBeChildOf(UnitKind parent) {
		return switch (this) {
			case FINANCE_BUREAU -> parent == null;
			case DEPARTMENT -> parent == FINANCE_BUREAU;
			case BUDGET_UNIT -> parent == DEPARTMENT;
		};
	}

}
