package org.perfdesk.monitoring;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * 监控轮次: the finance bureau opens a round for a fiscal year on execution from January to
 * the cut-off month, with a deadline for the units' reports; it closes the round when the
 * reports are in. One round per year and cut-off month.
 */
public record MonitoringRound(long id, int fiscalYear, int cutOffMonth, LocalDate deadline, RoundStatus status,
		String openedBy, LocalDateTime openedAt, LocalDateTime closedAt, int version) {

	public boolean open() {
		return status == RoundStatus.OPEN;
	}

	/** "2026 年 1–7 月" */
	public String label() {
		return fiscalYear + " 年 1–" + cutOffMonth + " 月";
	}

	/** True once the day after the deadline has begun. */
	public boolean overdue(LocalDate today) {
		return today.isAfter(deadline);
	}
}
