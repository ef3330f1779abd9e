/**
 * 绩效目标 - project targets (项目支出绩效目标) and department targets (部门整体支出绩效目标) per fiscal year:
 * objectives, funds and spending plan, key tasks, the indicator tree; the quality rules
 * that check them (目标审核规则, domain.md §4); review and approval by the department and the
 * finance bureau, with adjustments as new versions; and the official tables as .xlsx,
 * .docx and PDF.
 * <p>
 * Owns the tables {@code target_*}. Reads projects from {@code budget} and
 * classifications from {@code indicator}; publishes
 * {@link org.perfdesk.shared.RecordChanged} for targets.
 */
@org.springframework.modulith.ApplicationModule(displayName = "绩效目标 (targets)",
		allowedDependencies = { "budget", "indicator", "importing", "org", "review", "document", "shared" })
package org.perfdesk.targets;
