package org.perfdesk.execution;

import java.io.Serializable;
import java.math.BigDecimal;

import org.perfdesk.shared.Amount;

/**
 * One row of an execution import that reads well on its own: a project code, a month and
 * the month's 执行数 by source in yuan. Plain serializable values, because the valid rows of
 * a refused file wait in the HTTP session until the user chooses 只导入有效行 (and are checked
 * against the database again then).
 *
 * @param rowNumber the row number as Excel shows it (the header is row 1)
 */
public record ImportRow(int rowNumber, String projectCode, int month, BigDecimal fiscalAppropriation,
		BigDecimal carryOver, BigDecimal otherFunds) implements Serializable {

	public SourceAmounts spent() {
		return new SourceAmounts(Amount.ofYuan(fiscalAppropriation), Amount.ofYuan(carryOver),
				Amount.ofYuan(otherFunds));
	}
}
