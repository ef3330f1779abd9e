/**
 * 预算执行 - what happens to the money after the budget is approved: budget adjustments
 * (追加/追减) giving the full-year budget (全年预算数), monthly execution (执行数) by fund source,
 * typed in or imported from .xlsx, execution rates against the budget and against elapsed
 * time with their traffic lights ({@link AlertThresholds}, {@code perfdesk.alerts.*});
 * and, per department and year, the figures of the department's overall spending (基本支出,
 * 三公经费, 政府采购, staffing), in the sub-package {@code department} (named interface
 * {@code department}: what the department self-evaluation and the demo read and write).
 * <p>
 * Owns the tables {@code execution_*}. Reads projects from {@code budget}; every read and
 * write checks the caller's {@link org.perfdesk.org.DataScope}; publishes
 * {@link org.perfdesk.shared.RecordChanged}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "预算执行 (execution)",
		allowedDependencies = { "budget", "org", "document", "shared" })
package org.perfdesk.execution;
