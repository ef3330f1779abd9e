package org.perfdesk.consistency.checks;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.perfdesk.consistency.Check;
import org.perfdesk.consistency.CheckSeverity;
import org.perfdesk.consistency.Figure;
import org.perfdesk.consistency.Finding;
import org.perfdesk.consistency.PrintedTable;
import org.perfdesk.consistency.StatedSum;

/**
 * SUM_MISMATCH: a printed total differs from the sum of its printed parts by more than
 * their rounding. Each part and the total stand for ±half a unit of their last printed
 * decimal; the total is wrong only when the summed range and the total's range do not
 * meet.
 */
public final class SumCheck implements Check {

	public static final String CODE = "SUM_MISMATCH";

	@Override
	public String code() {
		return CODE;
	}

	@Override
	public List<Finding> check(PrintedTable table) {
		List<Finding> findings = new ArrayList<>();
		for (StatedSum sum : table.statedSums()) {
			Optional<Figure> missing = java.util.stream.Stream
				.concat(java.util.stream.Stream.of(sum.total()), sum.parts().stream())
				.filter(f -> !f.present())
				.findFirst();
			if (missing.isPresent()) {
				findings.add(Finding.skipped(sum.total().label() + "合计", missing.get().label()));
				continue;
			}
			Interval computed = Interval.exact(java.math.BigDecimal.ZERO);
			java.math.BigDecimal point = java.math.BigDecimal.ZERO;
			for (Figure part : sum.parts()) {
				computed = computed.plus(Interval.of(part));
				point = point.add(part.value());
			}
			if (!computed.meets(Interval.of(sum.total()))) {
				findings
					.add(new Finding(CODE, CheckSeverity.ERROR, sum.total().label() + "：表中为 " + sum.total().printed()
							+ "，按 " + Arithmetic.joined(sum.parts(), true) + " 计算为 " + point.toPlainString()));
			}
		}
		return findings;
	}

}
