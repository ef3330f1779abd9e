package org.perfdesk.evaluation;

import java.util.List;

/**
 * 一致性校验: runs every check over a table. The order is fixed (arithmetic first, then required reasons and values)
 * and each check keeps the table's row order, so the same table always yields the same list and reports diff cleanly.
 */
public final class ConsistencyChecker {

	private final List<Check> checks = List.of(new RateCheck(), new SumCheck(), new WeightTotalCheck(),
			new TotalPointsCheck(), new MetButDeductedCheck(), new MissedButFullCheck(), new ProportionalPointsCheck(),
			new DeviationReasonCheck(), new AdjustmentReasonCheck(), new MissingActualCheck());

	public List<Inconsistency> check(DepartmentEvaluation table) {
		return checks.stream().flatMap(c -> c.check(table).stream()).toList();
	}

	public List<String> codes() {
		return checks.stream().map(Check::code).toList();
	}
}
