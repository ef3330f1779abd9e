/**
 * 绩效运行监控报告: a department's report on a monitoring round — execution and progress of its
 * projects to the round's cut-off month, the lights, and the projects at risk with the
 * causes and measures their 监控表 give. Internal to module report.
 */
package org.perfdesk.report.monitoring;
