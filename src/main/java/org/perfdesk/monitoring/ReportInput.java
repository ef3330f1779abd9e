package org.perfdesk.monitoring;

import java.util.List;

/**
 * What the unit saves: the progress on the 年度总体目标 and one entry per indicator of the
 * target.
 */
public record ReportInput(String progressText, List<IndicatorEntry> indicators) {

	public ReportInput {
		indicators = indicators == null ? List.of() : List.copyOf(indicators);
	}
}
