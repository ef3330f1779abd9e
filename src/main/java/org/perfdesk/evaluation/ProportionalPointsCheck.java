package org.perfdesk.evaluation;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * SCORE_NOT_PROPORTIONAL: a 正向 row's score departs from W × min(1, B ÷ A) by more than rounding. The formula is
 * deliberately the one-liner of §1.7 rule 2, not the configurable policies of the scoring engine, so the checker
 * stays an independent second opinion. A and B stand for ±half a unit of their printed precision, the score for
 * ±half a unit of its own; the weight is taken as exact.
 */
public final class ProportionalPointsCheck implements Check {

	public static final String CODE = "SCORE_NOT_PROPORTIONAL";

	@Override
	public String code() {
		return CODE;
	}

	@Override
	public List<Inconsistency> check(DepartmentEvaluation table) {
		List<Inconsistency> findings = new ArrayList<>();
		for (IndicatorRow row : table.rows()) {
			if (row.direction() != Direction.POSITIVE || !row.weight().present() || !row.score().present()) {
				continue;
			}
			String what = "「" + row.name() + "」的得分";
			if (row.target() == null || !row.target().present()) {
				findings.add(Inconsistency.skipped(what, "年度指标值"));
			}
			else if (row.actual() == null || !row.actual().present()) {
				findings.add(Inconsistency.skipped(what, "实际完成值"));
			}
			else if (row.target().range().containsZero()) {
				findings.add(Inconsistency.skipped(what, "非零的年度指标值"));
			}
			else {
				check(row).ifPresent(findings::add);
			}
		}
		return findings;
	}

	private static java.util.Optional<Inconsistency> check(IndicatorRow row) {
		BigDecimal w = row.weight().value();
		Interval expected = row.actual().range().dividedBy(row.target().range()).atMost(BigDecimal.ONE).times(w);
		if (expected.meets(row.score().range())) {
			return java.util.Optional.empty();
		}
		BigDecimal point = row.actual().value().divide(row.target().value(), MathContext.DECIMAL128).min(BigDecimal.ONE)
				.multiply(w).setScale(row.score().printedDecimals(), RoundingMode.HALF_UP);
		return java.util.Optional.of(new Inconsistency(CODE, CheckSeverity.ERROR,
				"「" + row.name() + "」得分：表中为 " + row.score().printed() + "，按 分值 " + row.weight().printed()
						+ " × min(1, " + row.actual().named() + " ÷ " + row.target().named() + ") 计算为 "
						+ point.toPlainString()));
	}
}
