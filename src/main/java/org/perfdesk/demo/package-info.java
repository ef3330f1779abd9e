/**
 * 演示数据 - the fictional 示例市 (its 财政局, 共青团示例市委员会 with two units, one other department), the demo
 * accounts and the projects of the previous and the current fiscal year with their targets in every review status. Loaded once, on the first start with the
 * embedded database only ({@code perfdesk.demo.enabled}, off under the {@code pg} profile), through the same
 * services a user goes through, so the demo records also have their audit trail.
 * <p>
 * Owns no tables. Nobody depends on this module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "演示数据 (demo)", allowedDependencies = { "org", "budget", "evaluation", "execution", "indicator", "monitoring", "target", "shared" })
package org.perfdesk.demo;
