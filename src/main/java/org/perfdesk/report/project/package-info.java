/**
 * 项目支出绩效自评报告 (财预〔2020〕10号 附件3 outline): a project's report, drafted from its register
 * entry, approved target, execution and 项目支出绩效自评表, with the 自评表 as its 附件. Internal to
 * module report.
 */
package org.perfdesk.report.project;
