package org.perfdesk.monitoring.checks;

import java.util.List;
import java.util.Map;

import org.perfdesk.execution.ProgressLight;
import org.perfdesk.monitoring.MonitoredIndicator;

/**
 * When budget execution lags at the cut-off (执行进度 red or yellow, domain.md §1.7 item 9)
 * the report as a whole explains why and what will be done: at least one indicator row
 * carries cause(s) and measures (domain.md §4 D20, 财预〔2019〕136号: "分析偏差原因 … 提出纠偏措施").
 */
final class LaggingExecutionExplained {

	static final String FIELD = "execution";

	private LaggingExecutionExplained() {
	}

	static void check(List<MonitoredIndicator> rows, ProgressLight executionLight, int cutOffMonth,
			Map<String, String> errors) {
		if (executionLight != ProgressLight.RED && executionLight != ProgressLight.YELLOW) {
			return;
		}
		if (rows.stream().noneMatch(MonitoredIndicator::explained)) {
			errors.put(FIELD, "截至 " + cutOffMonth + " 月预算执行进度" + executionLight.label() + "，请至少在一项指标中勾选偏差原因并填写改进措施");
		}
	}

}
