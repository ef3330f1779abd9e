/**
 * The rules a 绩效运行监控表 must meet before it is saved or submitted, each a small named class
 * ({@code IndicatorRowsComplete}, {@code DoubtfulIndicatorExplained},
 * {@code LaggingExecutionExplained}), run in order by
 * {@link org.perfdesk.monitoring.checks.ReportChecks}, which answers field → Chinese
 * message. Internal to module {@code monitoring}: only {@code MonitoringManagement} calls
 * it.
 */
package org.perfdesk.monitoring.checks;
