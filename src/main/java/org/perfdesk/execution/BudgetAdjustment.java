package org.perfdesk.execution;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

import org.perfdesk.budget.FundSource;
import org.perfdesk.shared.Amount;

/**
 * 预算调整: one 追加 or 追减 of one fund source of a project's budget, with the date it was
 * decided and why. Made by the unit's 填报人 through {@link ExecutionManagement#adjust},
 * never edited afterwards; the 全年预算数 is the 年初预算数 plus every adjustment of the year
 * (财预〔2019〕136号: a budget cut after monitoring goes through this).
 */
public record BudgetAdjustment(long id, long projectId, long unitId, int fiscalYear, LocalDate adjustedOn,
		AdjustmentKind kind, FundSource fundSource, Amount amount, String reason, LocalDateTime createdAt) {

	/**
	 * This adjustment as a change of the budget by source: positive for 追加, negative for
	 * 追减.
	 */
	public SourceAmounts change() {
		return SourceAmounts.only(fundSource, kind.signed(amount));
	}

	Map<String, String> auditFields() {
		var fields = new LinkedHashMap<String, String>();
		fields.put("调整日期", adjustedOn.toString());
		fields.put("调整类型", kind.label());
		fields.put("资金来源", fundSource.label());
		fields.put("调整金额(万元)", amount.toWanExact().toPlainString());
		fields.put("调整原因", reason);
		return fields;
	}
}
