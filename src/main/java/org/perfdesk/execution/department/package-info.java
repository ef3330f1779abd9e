/**
 * 部门整体支出 - per department and year, the figures of the department's overall spending
 * (基本支出, 三公经费, 政府采购, staffing) with their page, API and store. The department
 * self-evaluation reads them; the rest of {@code execution} is about projects.
 */
@org.springframework.modulith.NamedInterface("department")
package org.perfdesk.execution.department;
