package org.perfdesk.monitoring.checks;

import org.perfdesk.monitoring.Likelihood;
import org.perfdesk.monitoring.MonitoredIndicator;

import java.util.List;
import java.util.Map;

/**
 * An indicator that 有可能 or 完全不可能 reaches its target names the cause(s) of the deviation
 * and the measures to correct it (domain.md §4 D20, from the notes of the 黄石 2019
 * monitoring form: "偏差或不能完成目标原因分析" and "相关建议或举措" are mandatory when the likelihood is not
 * 确定能).
 */
final class DoubtfulIndicatorExplained {

	private DoubtfulIndicatorExplained() {
	}

	static void check(List<MonitoredIndicator> rows, Map<String, String> errors) {
		for (int i = 0; i < rows.size(); i++) {
			MonitoredIndicator r = rows.get(i);
			if (r.likelihood() == null || r.likelihood() == Likelihood.CERTAIN) {
				continue;
			}
			String at = "indicators[" + i + "].";
			if (r.causes().isEmpty()) {
				errors.put(at + "causes", "“" + r.name() + "”完成目标可能性为“" + r.likelihood().label() + "”，请勾选偏差原因");
			}
			if (r.measures().isEmpty()) {
				errors.put(at + "measures", "“" + r.name() + "”完成目标可能性为“" + r.likelihood().label() + "”，请填写改进措施");
			}
		}
	}

}
