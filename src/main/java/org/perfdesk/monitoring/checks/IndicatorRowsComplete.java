package org.perfdesk.monitoring.checks;

import org.perfdesk.monitoring.MonitoredIndicator;

import java.util.List;
import java.util.Map;

/**
 * Every indicator row states its 1–N月执行情况, its 全年预计完成情况 and its 完成目标可能性: the three
 * columns the central monitoring form (财预〔2019〕136号 附件) asks of every 三级指标.
 */
final class IndicatorRowsComplete {

	private IndicatorRowsComplete() {
	}

	static void check(List<MonitoredIndicator> rows, Map<String, String> errors) {
		for (int i = 0; i < rows.size(); i++) {
			MonitoredIndicator r = rows.get(i);
			String at = "indicators[" + i + "].";
			if (r.valueToDate().isEmpty()) {
				errors.put(at + "valueToDate", "请填写“" + r.name() + "”截至目前的执行情况");
			}
			if (r.projected().isEmpty()) {
				errors.put(at + "projected", "请填写“" + r.name() + "”全年预计完成情况");
			}
			if (r.likelihood() == null) {
				errors.put(at + "likelihood", "请选择“" + r.name() + "”完成目标的可能性");
			}
		}
	}

}
