/**
 * 绩效运行监控 - the mid-year check of approved targets against budget execution and indicator progress
 * (财预〔2019〕136号, "双监控"): monitoring rounds opened by the finance bureau with a cut-off month, the units'
 * reports (execution to date, each indicator's value to date and projection, likelihood of reaching the target,
 * causes of deviation and corrective measures), their review, and the traffic-light alerts (预警) against the
 * spending plan and against elapsed time.
 * <p>
 * So far it holds the expected progress by spending plan; the rounds, reports and their tables
 * ({@code monitoring_*}) come next. Reads targets from {@code target}, budgets and execution from {@code execution}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "绩效运行监控 (monitoring)", allowedDependencies = { "budget", "execution", "indicator", "target", "org", "shared" })
package org.perfdesk.monitoring;
