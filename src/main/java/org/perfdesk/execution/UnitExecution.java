package org.perfdesk.execution;

import java.util.List;

/** One unit's projects in the execution table, with the unit's subtotal (小计). */
public record UnitExecution(long unitId, String unitName, List<ProjectExecution> projects, ExecutionFigures subtotal) {

	public UnitExecution {
		projects = List.copyOf(projects);
	}
}
