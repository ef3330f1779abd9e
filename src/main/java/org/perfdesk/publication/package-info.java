/**
 * 批量导出与公开 - bulk export and disclosure: all documents of a department (or of every
 * department the user reads) and year as one .zip, built in the background with its
 * progress shown in the page, and the two disclosure packs, 预算公开包 (the approved target
 * tables, for 部门预算公开) and 决算公开包 (the approved self-evaluation tables and reports, for
 * 部门决算公开).
 * <p>
 * Owns the tables {@code publication} (one row per requested .zip) and
 * {@code publication_file} (one row per planned file, with its bytes once rendered), and
 * db-scheduler's {@code scheduled_tasks}, in which each export is a task: it survives a
 * restart and goes on at the first file not yet rendered. What the files are and how they
 * are rendered is {@code report.DocumentBundle}'s, shared with
 * {@code bin/perfdesk export}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "批量导出与公开 (publication)",
		allowedDependencies = { "org", "report", "shared" })
package org.perfdesk.publication;
