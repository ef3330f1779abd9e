package org.perfdesk.targets;

import org.perfdesk.shared.Amount;

/**
 * A target with what the quality rules compare it against: the budget of its project (or
 * null for a department target), the project's stated purpose, and the project period.
 */
public record TargetSubject(TargetContent content, int fiscalYear, Amount projectBudget, String projectPurpose,
		Integer startYear, Integer endYear, java.util.List<String> checkpoints) {

	/**
	 * A subject whose spending plan is named by the default checkpoints (3、6、9、12月底).
	 */
	public TargetSubject(TargetContent content, int fiscalYear, Amount projectBudget, String projectPurpose,
			Integer startYear, Integer endYear) {
		this(content, fiscalYear, projectBudget, projectPurpose, startYear, endYear,
				SpendingCheckpoints.labels(SpendingCheckpoints.DEFAULT_MONTHS));
	}

	public TargetSubject {
		checkpoints = java.util.List.copyOf(checkpoints);
	}

	public static TargetSubject ofDepartment(TargetContent content, int fiscalYear) {
		return new TargetSubject(content, fiscalYear, null, null, null, null);
	}
}
