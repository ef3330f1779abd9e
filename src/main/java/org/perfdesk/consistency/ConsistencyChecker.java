package org.perfdesk.consistency;

import java.util.List;
import java.util.stream.Stream;

import org.perfdesk.consistency.checks.AdjustmentReasonCheck;
import org.perfdesk.consistency.checks.DeviationReasonCheck;
import org.perfdesk.consistency.checks.MetButDeductedCheck;
import org.perfdesk.consistency.checks.MissedButFullCheck;
import org.perfdesk.consistency.checks.MissingActualCheck;
import org.perfdesk.consistency.checks.ProportionalPointsCheck;
import org.perfdesk.consistency.checks.RateCheck;
import org.perfdesk.consistency.checks.SumCheck;
import org.perfdesk.consistency.checks.TotalPointsCheck;
import org.perfdesk.consistency.checks.WeightTotalCheck;

/**
 * 一致性校验: runs every check over a table. The order is fixed (arithmetic first, then
 * required reasons and values, then any check another module registered) and each check
 * keeps the table's row order, so the same table always yields the same list and reports
 * diff cleanly.
 */
public final class ConsistencyChecker {

	private final List<Check> checks;

	/** The ten standard checks with 反向 rows by the 比例法. */
	public ConsistencyChecker() {
		this(ReverseRule.RATIO);
	}

	/** The ten standard checks, 反向 rows checked by the rule the year scores them with. */
	public ConsistencyChecker(ReverseRule reverse) {
		this(standard(reverse));
	}

	/** Exactly these checks, in this order. */
	public ConsistencyChecker(List<Check> checks) {
		this.checks = List.copyOf(checks);
	}

	/**
	 * The ten checks every printed self-evaluation table is held to, in their fixed
	 * order.
	 */
	public static List<Check> standard(ReverseRule reverse) {
		return List.of(new RateCheck(), new SumCheck(), new WeightTotalCheck(), new TotalPointsCheck(),
				new MetButDeductedCheck(), new MissedButFullCheck(), new ProportionalPointsCheck(reverse),
				new DeviationReasonCheck(), new AdjustmentReasonCheck(), new MissingActualCheck());
	}

	/** This checker with more checks run after its own. */
	public ConsistencyChecker and(List<? extends Check> more) {
		return new ConsistencyChecker(Stream.concat(checks.stream(), more.stream()).toList());
	}

	public List<Finding> check(PrintedTable table) {
		return checks.stream().flatMap(c -> c.check(table).stream()).toList();
	}

	public List<String> codes() {
		return checks.stream().map(Check::code).toList();
	}

}
