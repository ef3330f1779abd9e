package org.perfdesk.evaluation;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.perfdesk.shared.Grade;

/**
 * The self-evaluations of a fiscal year in the reader's scope and the approved project
 * targets still without one (待自评), which exist only once the year has ended.
 *
 * @param ended true when the fiscal year is over, so its targets may be evaluated
 * @param mayOpen true when the reader is a unit's 填报人 (who alone starts a
 * self-evaluation)
 */
public record EvaluationYear(int fiscalYear, boolean ended, List<Line> evaluations, List<Pending> pending,
		boolean mayOpen) {

	/** One self-evaluation of the list. */
	public record Line(SelfEvaluation evaluation, String unitName, String projectLabel) {
	}

	/** An approved project target of the year without a self-evaluation yet. */
	public record Pending(long targetId, long unitId, String unitName, String projectLabel, boolean mayOpen) {
	}

	public EvaluationYear {
		evaluations = List.copyOf(evaluations);
		pending = List.copyOf(pending);
	}

	/** How many evaluations have each grade, 优 to 差. */
	public Map<Grade, Long> gradeCounts() {
		Map<Grade, Long> counts = new EnumMap<>(Grade.class);
		for (Grade g : Grade.values()) {
			counts.put(g, evaluations.stream().filter(l -> l.evaluation().grade() == g).count());
		}
		return counts;
	}
}
