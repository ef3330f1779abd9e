package org.perfdesk.monitoring;

import java.util.Set;

import org.perfdesk.indicator.IndicatorSubcategory;

/**
 * One indicator row of a 监控表: the 三级指标 and its 年度指标值 as approved (copied from the
 * target), and what the unit reports.
 *
 * @param valueToDate 1–N月执行情况
 * @param projected 全年预计完成情况 (projectedAnnualValue)
 * @param likelihood 完成目标可能性; null until chosen
 * @param causes 偏差原因 (deviationCause)
 * @param causeNote 原因说明
 * @param measures 改进措施 (CorrectiveAction)
 */
public record MonitoredIndicator(int position, IndicatorSubcategory subcategory, String name, String targetValue,
		String valueToDate, String projected, Likelihood likelihood, Set<DeviationCause> causes, String causeNote,
		String measures) {

	public MonitoredIndicator {
		causes = causes == null ? Set.of() : Set.copyOf(causes);
		valueToDate = valueToDate == null ? "" : valueToDate.strip();
		projected = projected == null ? "" : projected.strip();
		causeNote = causeNote == null ? "" : causeNote.strip();
		measures = measures == null ? "" : measures.strip();
	}

	/** The same row with what the unit typed. */
	MonitoredIndicator with(IndicatorEntry entry) {
		return new MonitoredIndicator(position, subcategory, name, targetValue, entry.valueToDate(), entry.projected(),
				entry.likelihood(), entry.causes(), entry.causeNote(), entry.measures());
	}

	public boolean hasCause(DeviationCause cause) {
		return causes.contains(cause);
	}

	/** Causes and measures both given. */
	public boolean explained() {
		return !causes.isEmpty() && !measures.isBlank();
	}
}
