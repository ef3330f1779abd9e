/**
 * 绩效运行监控 - the mid-year check of approved targets against budget execution and indicator
 * progress (财预〔2019〕136号, "双监控"): monitoring rounds (监控轮次) opened by the finance bureau
 * with a cut-off month and a deadline; the units' reports (监控表: progress on the annual
 * objective, each indicator's value to date and projection, the likelihood of reaching
 * the target, causes of deviation and corrective measures), with the required-if rules of
 * domain.md D20; their review by the department and the finance bureau; and the lines of
 * a round (预警清单) with traffic lights against elapsed time, against the spending plan
 * ({@link ExpectedProgress}) and by likelihood (thresholds {@code perfdesk.alerts.*} of
 * module execution), plus the reminder list (提醒名单) of units that have not submitted; and
 * the finance bureau's decision on a reported 监控表 (监控结果处理: 继续执行, 调整目标, 调减预算, 暂停), where
 * 调整目标 and 调减预算 start an adjustment of the target. Both kinds of approved targets are
 * monitored: a department target (部门整体支出) has as funds the execution of every project of
 * the department and the units under it, summed (部门项目支出合计, the same for every reader),
 * and no spending plan, so its light comes from execution and likelihood only.
 * {@link MonitoringExports} writes a report as the 绩效运行监控表 (.xlsx, .docx and PDF, through
 * {@link org.perfdesk.document.FormGrid}) and a round's lines as an .xlsx 预警清单.
 * <p>
 * Owns the tables {@code monitoring_round}, {@code monitoring_report},
 * {@code monitoring_indicator}, {@code monitoring_review} and
 * {@code monitoring_decision}; public service {@link MonitoringManagement}. Reads
 * approved targets from {@code target}, budgets and execution from {@code execution};
 * publishes {@link org.perfdesk.shared.RecordChanged} for rounds and reports. Setting:
 * {@code perfdesk.monitoring.cut-off-month}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "绩效运行监控 (monitoring)",
		allowedDependencies = { "budget", "execution", "indicator", "targets", "org", "review", "document", "shared" })
package org.perfdesk.monitoring;
