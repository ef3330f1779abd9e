package org.perfdesk.consistency.checks;

import java.util.ArrayList;
import java.util.List;

import org.perfdesk.consistency.Attainment;
import org.perfdesk.consistency.Check;
import org.perfdesk.consistency.CheckSeverity;
import org.perfdesk.consistency.Finding;
import org.perfdesk.consistency.IndicatorRow;
import org.perfdesk.consistency.PrintedTable;

/**
 * MET_BUT_DEDUCTED: the table says the target was met, yet points were taken off and
 * nothing says why. A warning, since a deduction for quality can be fair; it needs its
 * reason written down.
 */
public final class MetButDeductedCheck implements Check {

	public static final String CODE = "MET_BUT_DEDUCTED";

	@Override
	public String code() {
		return CODE;
	}

	@Override
	public List<Finding> check(PrintedTable table) {
		List<Finding> findings = new ArrayList<>();
		for (IndicatorRow row : table.rows()) {
			if (row.attainment() == Attainment.MET && row.deducted() && !row.hasReason()) {
				findings.add(new Finding(CODE, CheckSeverity.WARNING,
						"「" + row.name() + "」已完成指标值，得分 " + row.score().printed() + " 低于分值 " + row.weight().printed()
								+ "，扣 " + row.weight().value().subtract(row.score().value()).toPlainString()
								+ " 分但未说明原因"));
			}
		}
		return findings;
	}

}
