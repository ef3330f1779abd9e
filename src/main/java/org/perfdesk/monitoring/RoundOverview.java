package org.perfdesk.monitoring;

import java.util.List;
import java.util.Map;

import org.perfdesk.execution.ProgressLight;

/**
 * A round as its page shows it: the lines worst first, the counts per light, how many
 * were submitted, the reminders.
 */
public record RoundOverview(MonitoringRound round, List<MonitoringLine> lines, Map<ProgressLight, Long> lightCounts,
		long submitted, List<Reminder> reminders, boolean deadlinePassed) {

	public int total() {
		return lines.size();
	}

	public int submittedPercent() {
		return lines.isEmpty() ? 0 : (int) Math.round(submitted * 100.0 / lines.size());
	}
}
