package org.perfdesk.targets;

import org.perfdesk.shared.Amount;

/**
 * A target with what the quality rules compare it against: the budget of its project (or
 * null for a department target), the project's stated purpose, and the project period.
 */
public record TargetSubject(TargetContent content, int fiscalYear, Amount projectBudget, String projectPurpose,
		Integer startYear, Integer endYear) {

	public static TargetSubject ofDepartment(TargetContent content, int fiscalYear) {
		return new TargetSubject(content, fiscalYear, null, null, null, null);
	}
}
