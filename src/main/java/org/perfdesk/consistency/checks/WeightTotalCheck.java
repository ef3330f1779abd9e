package org.perfdesk.consistency.checks;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.perfdesk.consistency.Check;
import org.perfdesk.consistency.CheckSeverity;
import org.perfdesk.consistency.Figure;
import org.perfdesk.consistency.Finding;
import org.perfdesk.consistency.IndicatorRow;
import org.perfdesk.consistency.PrintedTable;
import org.perfdesk.consistency.WeightSubtotal;

/**
 * WEIGHT_TOTAL_MISMATCH: the rows' weights do not add up to the form total (usually 100)
 * or to a stated 一级 subtotal. Weights are set, not measured, so they are compared
 * exactly: granting rounding slack here would let 10+50+30+9 pass.
 */
public final class WeightTotalCheck implements Check {

	public static final String CODE = "WEIGHT_TOTAL_MISMATCH";

	@Override
	public String code() {
		return CODE;
	}

	@Override
	public List<Finding> check(PrintedTable table) {
		List<Finding> findings = new ArrayList<>();
		if (table.rows().isEmpty()) {
			return findings;
		}
		for (IndicatorRow row : table.rows()) {
			if (!row.weight().present()) {
				findings.add(Finding.skipped("分值合计", "「" + row.name() + "」的分值"));
				return findings;
			}
		}
		if (table.formTotalWeight() != null) {
			compare("总分值", table.formTotalWeight(), table.rows(), "各指标分值").ifPresent(findings::add);
		}
		for (WeightSubtotal subtotal : table.subtotals()) {
			List<IndicatorRow> members = table.rows().stream().filter(r -> subtotal.group().equals(r.group())).toList();
			compare(subtotal.group() + "分值", subtotal.weight(), members, "其下各指标分值").ifPresent(findings::add);
		}
		return findings;
	}

	private static java.util.Optional<Finding> compare(String what, Figure stated, List<IndicatorRow> rows,
			String partsName) {
		if (!stated.present()) {
			return java.util.Optional.of(Finding.skipped(what, stated.label()));
		}
		List<Figure> weights = rows.stream().map(IndicatorRow::weight).toList();
		BigDecimal sum = weights.stream().map(Figure::value).reduce(BigDecimal.ZERO, BigDecimal::add);
		if (sum.compareTo(stated.value()) == 0) {
			return java.util.Optional.empty();
		}
		String parts = weights.isEmpty() ? "（无指标）0" : Arithmetic.joined(weights, false);
		return java.util.Optional.of(new Finding(CODE, CheckSeverity.ERROR,
				what + "：表中为 " + stated.printed() + "，按 " + partsName + " " + parts + " 相加为 " + sum.toPlainString()));
	}

}
