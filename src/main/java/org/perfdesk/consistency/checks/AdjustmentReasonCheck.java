package org.perfdesk.consistency.checks;

import java.util.List;

import org.perfdesk.consistency.Check;
import org.perfdesk.consistency.CheckSeverity;
import org.perfdesk.consistency.Figure;
import org.perfdesk.consistency.Finding;
import org.perfdesk.consistency.PrintedTable;

/**
 * MISSING_ADJUSTMENT_REASON: 年度预算数 differs from 年初预算数, so the budget was adjusted, but no
 * reason is given. A warning, because not every form has a reason field; the reviewer
 * still needs one.
 */
public final class AdjustmentReasonCheck implements Check {

	public static final String CODE = "MISSING_ADJUSTMENT_REASON";

	@Override
	public String code() {
		return CODE;
	}

	@Override
	public List<Finding> check(PrintedTable table) {
		Figure annual = table.annualBudget();
		Figure initial = table.initialBudget();
		// null means the form has no such field (a project table): nothing to check,
		// nothing to report
		if (annual == null || initial == null) {
			return List.of();
		}
		if (!annual.present()) {
			return List.of(Finding.skipped("预算调整原因", "年度预算数"));
		}
		if (!initial.present()) {
			return List.of(Finding.skipped("预算调整原因", "年初预算数"));
		}
		boolean adjusted = annual.value().compareTo(initial.value()) != 0;
		boolean explained = table.adjustmentReason() != null && !table.adjustmentReason().isBlank();
		if (!adjusted || explained) {
			return List.of();
		}
		return List.of(new Finding(CODE, CheckSeverity.WARNING, "预算已调整：" + annual.named() + " − " + initial.named()
				+ " = " + annual.value().subtract(initial.value()).toPlainString() + "，未说明调整原因"));
	}

}
