package org.perfdesk.monitoring.checks;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.perfdesk.execution.ProgressLight;
import org.perfdesk.monitoring.MonitoredIndicator;
import org.perfdesk.shared.PlainText;

/**
 * What a 监控表 must satisfy to be saved or submitted: the rows complete
 * ({@link IndicatorRowsComplete}), doubtful rows explained
 * ({@link DoubtfulIndicatorExplained}), lagging execution explained
 * ({@link LaggingExecutionExplained}), and texts within the columns' lengths and free of
 * invisible control characters. Field → Chinese message.
 */
public final class ReportChecks {

	static final int MAX_PROGRESS = 2000;

	static final int MAX_VALUE = 500;

	static final int MAX_NOTE = 1000;

	private ReportChecks() {
	}

	public static Map<String, String> problems(String progressText, List<MonitoredIndicator> rows,
			ProgressLight executionLight, int cutOffMonth) {
		var errors = new LinkedHashMap<String, String>();
		String progress = progressText == null ? "" : progressText.strip();
		if (progress.isEmpty()) {
			errors.put("progressText", "请填写年度总体目标截至 " + cutOffMonth + " 月的执行情况");
		}
		length(errors, "progressText", "年度总体目标执行情况", progress, MAX_PROGRESS, PlainText.MULTI_LINE);
		IndicatorRowsComplete.check(rows, errors);
		DoubtfulIndicatorExplained.check(rows, errors);
		LaggingExecutionExplained.check(rows, executionLight, cutOffMonth, errors);
		for (int i = 0; i < rows.size(); i++) {
			MonitoredIndicator r = rows.get(i);
			String at = "indicators[" + i + "].";
			length(errors, at + "valueToDate", "执行情况", r.valueToDate(), MAX_VALUE, PlainText.SINGLE_LINE);
			length(errors, at + "projected", "全年预计完成情况", r.projected(), MAX_VALUE, PlainText.SINGLE_LINE);
			length(errors, at + "causeNote", "原因说明", r.causeNote(), MAX_NOTE, PlainText.MULTI_LINE);
			length(errors, at + "measures", "改进措施", r.measures(), MAX_NOTE, PlainText.MULTI_LINE);
		}
		return errors;
	}

	/**
	 * Invisible control characters first (they would count towards the length), then the
	 * length.
	 */
	private static void length(Map<String, String> errors, String field, String label, String text, int max,
			PlainText kind) {
		if (text == null) {
			return;
		}
		if (!kind.accepts(text.strip())) {
			errors.putIfAbsent(field, PlainText.message(label));
		}
		else if (text.length() > max) {
			errors.put(field, label + "过长：" + text.length() + " 字，上限 " + max + " 字");
		}
	}

}
