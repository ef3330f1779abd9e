package org.perfdesk.monitoring;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of 绩效运行监控. {@code perfdesk.monitoring.cut-off-month} is the month a new round
 * proposes: 财预〔2019〕136号 monitors January to July in August; many regions use June.
 */
@ConfigurationProperties("perfdesk.monitoring")
record MonitoringSettings(@DefaultValue("7") int cutOffMonth) {

	MonitoringSettings {
		if (cutOffMonth < 1 || cutOffMonth > 12) {
			throw new IllegalArgumentException("perfdesk.monitoring.cut-off-month 须在 1 到 12 之间：" + cutOffMonth);
		}
	}
}
