/**
 * 预算 - the project register (项目库): projects per unit and fiscal year with their budget by
 * fund source. Targets, monitoring and self-evaluation hang on these projects in later
 * modules.
 * <p>
 * Owns the table {@code budget_project}. Public types:
 * {@link org.perfdesk.budget.Project}, {@link org.perfdesk.budget.ProjectType},
 * {@link org.perfdesk.budget.ProjectDraft} and
 * {@link org.perfdesk.budget.ProjectManagement}, which checks the caller's
 * {@link org.perfdesk.org.DataScope} on every read and write. Publishes
 * {@link org.perfdesk.shared.RecordChanged} for projects.
 */
@org.springframework.modulith.ApplicationModule(displayName = "预算 (budget)",
		allowedDependencies = { "org", "document", "shared" })
package org.perfdesk.budget;
