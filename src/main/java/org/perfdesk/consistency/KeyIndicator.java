package org.perfdesk.consistency;

/** A 年度关键指标 of a department table: name, 预期实现值 and 指标完成情况 as written. */
public record KeyIndicator(String name, String expectedValue, String actualText) {
}
