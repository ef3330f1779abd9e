package org.perfdesk.consistency;

/** A 主要任务 of a department table with its 任务涉及资金. */
public record MainTask(String name, String target, String completion, Figure money) {
}
