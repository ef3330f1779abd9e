package org.perfdesk.monitoring;

/**
 * 提醒名单: a unit with reports not yet submitted in a round (未填报, 草稿 or 已退回).
 *
 * @param pending reports still to submit
 * @param overdue the round's deadline has passed
 */
public record Reminder(long unitId, String unitName, int pending, boolean overdue) {
}
