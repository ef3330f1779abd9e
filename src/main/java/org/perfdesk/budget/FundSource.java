package org.perfdesk.budget;

import org.perfdesk.shared.Amount;

/** 资金来源 of a project's budget and of its spending. */
public enum FundSource {

	FISCAL_APPROPRIATION("当年财政拨款"), CARRY_OVER("上年结转"), OTHER("其他资金");

	private final String label;

	FundSource(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	/** The project's 年初预算数 from this source. */
	public Amount of(Project project) {
		return switch (this) {
			case FISCAL_APPROPRIATION -> project.fiscalAppropriation();
			case CARRY_OVER -> project.carryOver();
			case OTHER -> project.otherFunds();
		};
	}

}
