package org.perfdesk.evaluation.department;

import java.util.List;

import org.perfdesk.evaluation.scoring.IndicatorScoring;
import org.perfdesk.execution.department.DepartmentFigures;

/**
 * Everything the common-indicator formulas read for one department and year: the recorded
 * 部门整体支出数据 of the year and of the year before (null where the department has not saved
 * them), the 部门资金情况 computed from the records, and the key indicators with the values the
 * department wrote, scored with the year's settings.
 *
 * @param figures this year's figures, null when not recorded
 * @param previous last year's figures, null when not recorded
 */
public record DepartmentMeasures(DepartmentFigures figures, DepartmentFigures previous, DepartmentFunds funds,
		List<KeyIndicatorResult> keyIndicators, IndicatorScoring scoring) {

	public DepartmentMeasures {
		keyIndicators = List.copyOf(keyIndicators);
	}
}
