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
 * MISSING_DEVIATION_REASON: a score below its weight without 偏差原因分析及改进措施 (§1.7 rule 7).
 * Rows marked as met are left to MET_BUT_DEDUCTED, which names that contradiction more
 * precisely, so one row gets one finding.
 */
public final class DeviationReasonCheck implements Check {

	public static final String CODE = "MISSING_DEVIATION_REASON";

	@Override
	public String code() {
		return CODE;
	}

	@Override
	public List<Finding> check(PrintedTable table) {
		List<Finding> findings = new ArrayList<>();
		for (IndicatorRow row : table.rows()) {
			if (row.attainment() != Attainment.MET && row.deducted() && !row.hasReason()) {
				findings.add(new Finding(CODE, CheckSeverity.ERROR, "「" + row.name() + "」得分 " + row.score().printed()
						+ " 低于分值 " + row.weight().printed() + "，未填写偏差原因分析及改进措施"));
			}
		}
		return findings;
	}

}
