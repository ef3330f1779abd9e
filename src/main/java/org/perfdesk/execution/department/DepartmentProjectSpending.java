package org.perfdesk.execution.department;

import org.perfdesk.shared.Amount;

/**
 * 项目支出 of a department in one year: the sum of the 年初预算数 of the projects of the
 * department and of the budget units under it, as far as the caller may read them.
 *
 * @param total the sum in yuan
 * @param projects how many projects were summed
 * @param partial true when some unit under the department lies outside the caller's data
 * scope (a 单位填报人 of the department reads only its own unit), so the sum leaves their
 * projects out
 */
public record DepartmentProjectSpending(Amount total, int projects, boolean partial) {
}
