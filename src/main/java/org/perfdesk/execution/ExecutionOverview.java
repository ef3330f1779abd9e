package org.perfdesk.execution;

import java.util.List;

/**
 * The execution table of a fiscal year within a data scope: units with their projects,
 * and the grand total (合计).
 */
public record ExecutionOverview(int fiscalYear, int month, List<UnitExecution> units, ExecutionFigures total) {

	public ExecutionOverview {
		units = List.copyOf(units);
	}

	public int projectCount() {
		return units.stream().mapToInt(u -> u.projects().size()).sum();
	}
}
