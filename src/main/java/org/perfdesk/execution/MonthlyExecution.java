package org.perfdesk.execution;

import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

import org.perfdesk.budget.FundSource;

/**
 * 执行数 of one project in one month: what was spent in that month (not cumulative), by fund
 * source. Typed by the unit's 填报人 or imported from .xlsx through
 * {@link ExecutionManagement}; a month is saved again by replacing its three amounts,
 * guarded by {@code version}.
 */
public record MonthlyExecution(long id, long projectId, long unitId, int fiscalYear, int month, SourceAmounts spent,
		int version, LocalDateTime updatedAt) {

	static Map<String, String> auditFields(int month, SourceAmounts spent) {
		var fields = new LinkedHashMap<String, String>();
		if (spent == null) {
			return fields;
		}
		for (FundSource s : FundSource.values()) {
			fields.put(month + "月" + s.label() + "执行数(万元)", spent.of(s).toWanExact().toPlainString());
		}
		return fields;
	}
}
