package org.perfdesk.monitoring;

import java.time.LocalDateTime;
import java.util.List;

import org.perfdesk.shared.Amount;

/**
 * 监控表: a unit's report on one approved target in a monitoring round. Created by the
 * unit's 填报人 on the first save (until then the page shows a draft prefilled with the
 * target's indicators, {@code id} null); submitted with the budget and executed amounts
 * frozen as of the cut-off; reviewed by the department, then by the finance bureau; a
 * return with an opinion makes it editable again.
 *
 * @param targetId the approved current target version monitored
 * @param budget 全年预算数 at submission (null before)
 * @param executed 1–N月执行数 at submission (null before)
 */
public record MonitoringReport(Long id, long roundId, long targetId, Long projectId, long unitId, ReportStatus status,
		String progressText, Amount budget, Amount executed, int version, LocalDateTime updatedAt,
		List<MonitoredIndicator> indicators) {

	public MonitoringReport {
		indicators = List.copyOf(indicators);
		progressText = progressText == null ? "" : progressText;
	}

	public boolean saved() {
		return id != null;
	}

	public boolean editable() {
		return status.editable();
	}

	/**
	 * How many rows project a full-year value short of their target
	 * ({@link ProjectionMiss}).
	 */
	public int projectionMisses() {
		return (int) indicators.stream().filter(i -> ProjectionMiss.misses(i.targetValue(), i.projected())).count();
	}

	/** The worst 完成目标可能性 of the rows, null when none is chosen yet. */
	public Likelihood worstLikelihood() {
		return indicators.stream()
			.map(MonitoredIndicator::likelihood)
			.filter(java.util.Objects::nonNull)
			.max(Enum::compareTo)
			.orElse(null);
	}
}
