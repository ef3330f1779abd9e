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
 * MISSED_BUT_FULL: the target was missed or a ceiling exceeded, yet the row has full
 * points.
 */
public final class MissedButFullCheck implements Check {

	public static final String CODE = "MISSED_BUT_FULL";

	@Override
	public String code() {
		return CODE;
	}

	@Override
	public List<Finding> check(PrintedTable table) {
		List<Finding> findings = new ArrayList<>();
		for (IndicatorRow row : table.rows()) {
			boolean short_ = row.attainment() == Attainment.MISSED || row.attainment() == Attainment.CEILING_EXCEEDED;
			if (short_ && row.weight().present() && row.score().present()
					&& row.score().value().compareTo(row.weight().value()) >= 0) {
				String what = row.attainment() == Attainment.MISSED ? "未完成指标值" : "超过上限值";
				findings.add(new Finding(CODE, CheckSeverity.ERROR,
						"「" + row.name() + "」" + what + "（指标值 " + text(row.targetText()) + "，实际完成值 "
								+ text(row.actualText()) + "），却得满分 " + row.score().printed() + "（分值 "
								+ row.weight().printed() + "）"));
			}
		}
		return findings;
	}

	private static String text(String s) {
		return s == null || s.isBlank() ? "未填" : s;
	}

}
