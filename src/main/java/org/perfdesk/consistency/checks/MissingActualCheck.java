package org.perfdesk.consistency.checks;

import java.util.ArrayList;
import java.util.List;

import org.perfdesk.consistency.Check;
import org.perfdesk.consistency.CheckSeverity;
import org.perfdesk.consistency.Finding;
import org.perfdesk.consistency.IndicatorRow;
import org.perfdesk.consistency.KeyIndicator;
import org.perfdesk.consistency.PrintedTable;

/**
 * MISSING_ACTUAL: a key indicator or scored row without 实际完成值 (neither a number nor a
 * written result).
 */
public final class MissingActualCheck implements Check {

	public static final String CODE = "MISSING_ACTUAL";

	@Override
	public String code() {
		return CODE;
	}

	@Override
	public List<Finding> check(PrintedTable table) {
		List<Finding> findings = new ArrayList<>();
		for (KeyIndicator indicator : table.keyIndicators()) {
			if (indicator.actualText() == null || indicator.actualText().isBlank()) {
				findings.add(new Finding(CODE, CheckSeverity.ERROR,
						"关键指标「" + indicator.name() + "」（预期 " + indicator.expectedValue() + "）没有实际完成值"));
			}
		}
		for (IndicatorRow row : table.rows()) {
			if (!row.hasActual()) {
				findings.add(new Finding(CODE, CheckSeverity.ERROR, "指标「" + row.name() + "」没有实际完成值"));
			}
		}
		return findings;
	}

}
