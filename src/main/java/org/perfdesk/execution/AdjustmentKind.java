package org.perfdesk.execution;

import org.perfdesk.shared.Amount;

/** 追加 raises a fund source's budget, 追减 lowers it. */
public enum AdjustmentKind {

	INCREASE("追加"), DECREASE("追减");

	private final String label;

	AdjustmentKind(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	/** The amount with the sign this kind gives it in the 全年预算数. */
	public Amount signed(Amount amount) {
		return this == INCREASE ? amount : SourceAmounts.minus(Amount.ZERO, amount);
	}

}
