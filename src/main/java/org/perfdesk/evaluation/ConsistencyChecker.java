package org.perfdesk.evaluation;

import java.util.List;

/**
 * 一致性校验: runs every check over a table. The order is fixed (arithmetic first, then required reasons and values)
 * and each check keeps the table's row order, so the same table always yields the same list and reports diff cleanly.
 */
public final class ConsistencyChecker {

	private final List<Check> checks;

	/** With the default settings (反向 rows by the 比例法). */
	public ConsistencyChecker() {
		this(ScoringSettings.ReverseVariant.RATIO);
	}

	/** With the choices of a year's settings, so 反向 rows are checked by the rule that year scores them with. */
	public ConsistencyChecker(ScoringSettings settings) {
		this(settings.reverse());
	}

	private ConsistencyChecker(ScoringSettings.ReverseVariant reverse) {
		checks = List.of(new RateCheck(), new SumCheck(), new WeightTotalCheck(), new TotalPointsCheck(),
				new MetButDeductedCheck(), new MissedButFullCheck(), new ProportionalPointsCheck(reverse),
				new DeviationReasonCheck(), new AdjustmentReasonCheck(), new MissingActualCheck());
	}

	public List<Inconsistency> check(DepartmentEvaluation table) {
		return checks.stream().flatMap(c -> c.check(table).stream()).toList();
	}

	public List<String> codes() {
		return checks.stream().map(Check::code).toList();
	}
}
