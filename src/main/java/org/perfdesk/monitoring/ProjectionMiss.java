package org.perfdesk.monitoring;

import java.math.BigDecimal;

import org.perfdesk.indicator.TargetValue;

/**
 * 预计未达标: the 全年预计完成情况 a unit reports falls short of the approved 年度指标值, read with the
 * value parser ("≥800人次" approved, "600人次" projected). Judged only when both are numbers
 * in the same unit (or the projection has none): a qualitative or unreadable projection
 * is the unit's and the reviewer's to weigh, not the system's.
 */
public final class ProjectionMiss {

	private ProjectionMiss() {
	}

	public static boolean misses(String targetValue, String projected) {
		TargetValue target = TargetValue.parse(targetValue);
		TargetValue projection = TargetValue.parse(projected);
		if (!target.isQuantitative() || !projection.isQuantitative() || target.number() == null
				|| projection.number() == null) {
			return false;
		}
		if (!projection.unit().isEmpty() && !projection.unit().equals(target.unit())) {
			return false;
		}
		// a projected range counts by its side that is most favourable to the target
		BigDecimal low = projection.number();
		BigDecimal high = projection.upper() != null ? projection.upper() : projection.number();
		BigDecimal goal = target.number();
		return switch (target.comparison()) {
			case AT_LEAST -> high.compareTo(goal) < 0;
			case MORE_THAN -> high.compareTo(goal) <= 0;
			case AT_MOST -> low.compareTo(goal) > 0;
			case LESS_THAN -> low.compareTo(goal) >= 0;
			case EQUAL -> low.compareTo(goal) != 0 && high.compareTo(goal) != 0;
			case RANGE -> high.compareTo(goal) < 0 || (target.upper() != null && low.compareTo(target.upper()) > 0);
			case QUALITATIVE -> false;
		};
	}

}
