package org.perfdesk.monitoring;

import java.time.LocalDateTime;

/**
 * The finance bureau's 监控结果处理 on one 监控表, recorded once, with the required note.
 *
 * @param adjustedTargetId the new draft revision of the target started by
 * {@link DecisionKind#adjustsTarget()} decisions, null otherwise
 * @param adjustedRevision its revision number, null otherwise
 */
public record MonitoringDecision(long id, long reportId, long targetId, DecisionKind kind, String note,
		String decidedBy, LocalDateTime decidedAt, Long adjustedTargetId, Integer adjustedRevision) {
}
