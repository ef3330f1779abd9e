/**
 * 报告 - the narrative reports drafted from data: the 部门整体支出绩效自评报告 today, the 项目支出, 专项资金
 * and 绩效运行监控 reports to come. A report is written to an
 * {@link org.perfdesk.report.Outline} (提纲: sections in order, each with generated parts
 * and narrative boxes), the finance bureau's choice for the year among the built-in
 * outlines and the regional ones it writes as plain text
 * ({@link org.perfdesk.report.OutlineText}). Every figure, table and list is generated
 * from the modules that own the data, read under the reader's data scope; the user writes
 * the narratives, each save a new version, with a first paragraph proposed from the data.
 * A report is submitted and reviewed like the tables it reports on (the rule of module
 * {@code review}), and written as .docx and PDF through module {@code document}'s
 * {@link org.perfdesk.document.Manuscript}.
 * <p>
 * Owns the tables {@code report}, {@code report_version}, {@code report_narrative},
 * {@code report_review}, {@code report_outline} and {@code report_outline_choice}; pages
 * under {@code /reports}; publishes {@link org.perfdesk.shared.RecordChanged} as
 * {@code REPORT} and {@code REPORT_OUTLINE}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "报告 (report)",
		allowedDependencies = { "org", "budget", "consistency", "targets", "execution", "execution::department",
				"evaluation", "evaluation::department", "evaluation::common", "evaluation::scoring", "indicator",
				"monitoring", "review", "document", "shared" })
package org.perfdesk.report;
