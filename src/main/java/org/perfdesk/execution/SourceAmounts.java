package org.perfdesk.execution;

import java.math.BigDecimal;

import org.perfdesk.budget.FundSource;
import org.perfdesk.budget.Project;
import org.perfdesk.shared.Amount;

/**
 * Three amounts, one per {@link FundSource} (当年财政拨款, 上年结转, 其他资金), in yuan: a budget, an
 * adjustment or what was spent. The total is always computed, never stored.
 */
public record SourceAmounts(Amount fiscalAppropriation, Amount carryOver, Amount otherFunds) {

	public static final SourceAmounts ZERO = new SourceAmounts(Amount.ZERO, Amount.ZERO, Amount.ZERO);

	public SourceAmounts {
		java.util.Objects.requireNonNull(fiscalAppropriation, "fiscalAppropriation");
		java.util.Objects.requireNonNull(carryOver, "carryOver");
		java.util.Objects.requireNonNull(otherFunds, "otherFunds");
	}

	/** The project's 年初预算数 by source. */
	public static SourceAmounts initialBudgetOf(Project project) {
		return new SourceAmounts(project.fiscalAppropriation(), project.carryOver(), project.otherFunds());
	}

	public static SourceAmounts ofYuan(BigDecimal fiscalAppropriation, BigDecimal carryOver, BigDecimal otherFunds) {
		return new SourceAmounts(Amount.ofYuan(fiscalAppropriation), Amount.ofYuan(carryOver),
				Amount.ofYuan(otherFunds));
	}

	/** Only one source set, the others zero. */
	public static SourceAmounts only(FundSource source, Amount amount) {
		return ZERO.with(source, amount);
	}

	public Amount of(FundSource source) {
		return switch (source) {
			case FISCAL_APPROPRIATION -> fiscalAppropriation;
			case CARRY_OVER -> carryOver;
			case OTHER -> otherFunds;
		};
	}

	public SourceAmounts with(FundSource source, Amount amount) {
		return switch (source) {
			case FISCAL_APPROPRIATION -> new SourceAmounts(amount, carryOver, otherFunds);
			case CARRY_OVER -> new SourceAmounts(fiscalAppropriation, amount, otherFunds);
			case OTHER -> new SourceAmounts(fiscalAppropriation, carryOver, amount);
		};
	}

	public SourceAmounts plus(SourceAmounts other) {
		return new SourceAmounts(fiscalAppropriation.plus(other.fiscalAppropriation), carryOver.plus(other.carryOver),
				otherFunds.plus(other.otherFunds));
	}

	public SourceAmounts minus(SourceAmounts other) {
		return new SourceAmounts(minus(fiscalAppropriation, other.fiscalAppropriation),
				minus(carryOver, other.carryOver), minus(otherFunds, other.otherFunds));
	}

	/** 合计 of the three sources. */
	public Amount total() {
		return fiscalAppropriation.plus(carryOver).plus(otherFunds);
	}

	public boolean anyNegative() {
		return fiscalAppropriation.isNegative() || carryOver.isNegative() || otherFunds.isNegative();
	}

	static Amount minus(Amount a, Amount b) {
		return Amount.ofYuan(a.yuan().subtract(b.yuan()));
	}
}
