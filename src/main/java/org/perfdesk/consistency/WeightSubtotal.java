package org.perfdesk.consistency;

/**
 * A stated weight for a 一级指标 group (e.g. 产出指标 50) that its rows' weights should add up
 * to.
 */
public record WeightSubtotal(String group, Figure weight) {
}
