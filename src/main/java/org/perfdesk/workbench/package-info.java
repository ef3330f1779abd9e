/**
 * 工作台 - the home page: the yearly cycle (目标申报 → 审核 → 运行监控 → 绩效自评 → 报告) with counts for
 * the chosen fiscal year (绩效自评: the self-evaluations of the year in season by status, see
 * {@link org.perfdesk.workbench.SelfEvaluationStage}), and the signed-in user's to-do
 * list.
 * <p>
 * Owns no tables; reads the other modules through their public services, under the user's
 * data scope. Nobody depends on this module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "工作台 (workbench)",
		allowedDependencies = { "org", "budget", "evaluation", "monitoring", "report", "review", "targets", "shared" })
package org.perfdesk.workbench;
