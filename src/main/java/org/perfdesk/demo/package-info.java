/**
 * 演示数据 - the fictional 示例市 (its 财政局, 共青团示例市委员会 with two units, one other department), the
 * demo accounts and the projects of the previous and the current fiscal year with their
 * targets in every review status, their budget execution, the monitoring of both years
 * and the previous year's 项目支出绩效自评表 ({@link org.perfdesk.demo.DemoEvaluations}: grades 优,
 * 良 and 中, most approved, one waiting for the finance bureau, one returned by the
 * department, two targets still waiting for a self-evaluation). Loaded once, on the first
 * start with the embedded database only ({@code perfdesk.demo.enabled}, off under the
 * {@code pg} profile), through the same services a user goes through, so the demo records
 * also have their audit trail.
 * <p>
 * Owns no tables. Nobody depends on this module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "演示数据 (demo)",
		allowedDependencies = { "org", "budget", "evaluation", "evaluation::common", "evaluation::department",
				"evaluation::scoring", "execution", "execution::department", "indicator", "monitoring", "report",
				"report::fund", "review", "targets", "shared" })
package org.perfdesk.demo;
