package org.perfdesk.report.fund;

import java.util.List;

/**
 * 专项资金: a named group of a department's projects of one year.
 *
 * @param basis 设立依据 as the department states it
 * @param projectIds the projects in the order of the report's work lines
 */
public record SpecialFund(long id, long departmentId, int fiscalYear, String name, String basis,
		List<Long> projectIds) {

	public SpecialFund {
		projectIds = List.copyOf(projectIds);
	}
}
