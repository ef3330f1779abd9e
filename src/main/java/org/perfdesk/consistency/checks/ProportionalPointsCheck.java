package org.perfdesk.consistency.checks;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.perfdesk.consistency.Check;
import org.perfdesk.consistency.CheckSeverity;
import org.perfdesk.consistency.Direction;
import org.perfdesk.consistency.Finding;
import org.perfdesk.consistency.IndicatorRow;
import org.perfdesk.consistency.PrintedTable;
import org.perfdesk.consistency.ReverseRule;

/**
 * SCORE_NOT_PROPORTIONAL: a quantitative row's score departs from its 指标性质's formula by
 * more than rounding. The formulas are deliberately the one-liners of §1.7, not the
 * policies of the scoring engine, so the checker stays an independent second opinion;
 * only the choice the year's settings make for 反向 rows (比例法 or 线性扣分法) is taken from them.
 * <ul>
 * <li>正向 (≥): W × min(1, B ÷ A);</li>
 * <li>等于 (=): like 正向, except A = 0: W when B ≤ 0, else 0;</li>
 * <li>反向 (≤), 比例法: W × min(1, A ÷ B);</li>
 * <li>反向 (≤), 线性扣分法: W × clamp(2 − B ÷ A, 0, 1), i.e. W × (1 − (B − A) ÷ A) between A and
 * 2A.</li>
 * </ul>
 * A and B stand for ±half a unit of their printed precision, the score for ±half a unit
 * of its own; the weight is taken as exact. A score set by hand (a row with an adjustment
 * reason) that departs from the formula is reported as a warning with its reason, since
 * the departure is the point of the adjustment.
 */
public final class ProportionalPointsCheck implements Check {

	public static final String CODE = "SCORE_NOT_PROPORTIONAL";

	private static final BigDecimal TWO = BigDecimal.valueOf(2);

	private final ReverseRule reverse;

	/** With the 比例法 for 反向 rows, the default of the 自评表 填表说明. */
	public ProportionalPointsCheck() {
		this(ReverseRule.RATIO);
	}

	public ProportionalPointsCheck(ReverseRule reverse) {
		this.reverse = reverse;
	}

	@Override
	public String code() {
		return CODE;
	}

	@Override
	public List<Finding> check(PrintedTable table) {
		List<Finding> findings = new ArrayList<>();
		for (IndicatorRow row : table.rows()) {
			if (row.direction() == Direction.QUALITATIVE || !row.weight().present() || !row.score().present()) {
				continue;
			}
			String what = "「" + row.name() + "」的得分";
			if (row.target() == null || !row.target().present()) {
				findings.add(Finding.skipped(what, "年度指标值"));
			}
			else if (row.actual() == null || !row.actual().present()) {
				findings.add(Finding.skipped(what, "实际完成值"));
			}
			else if (row.direction() == Direction.EQUAL && row.target().value().signum() == 0) {
				check(row, zeroTarget(row), "指标值为 0：实际完成值 ≤ 0 得 分值 " + row.weight().printed() + "，否则 0")
					.ifPresent(findings::add);
			}
			else if (Interval.of(row.target()).containsZero()) {
				findings.add(Finding.skipped(what, "非零的年度指标值"));
			}
			else if (row.direction() == Direction.NEGATIVE && Interval.of(row.actual()).containsZero()) {
				// B ≤ A for any B this close to 0: full points whichever rule
				check(row, Interval.exact(row.weight().value()), "实际完成值未超过指标值，得满分").ifPresent(findings::add);
			}
			else {
				check(row, expected(row), formula(row)).ifPresent(findings::add);
			}
		}
		return findings;
	}

	private Interval expected(IndicatorRow row) {
		BigDecimal w = row.weight().value();
		Interval a = Interval.of(row.target());
		Interval b = Interval.of(row.actual());
		return switch (row.direction()) {
			case POSITIVE, EQUAL -> b.dividedBy(a).atMost(BigDecimal.ONE).times(w);
			case NEGATIVE -> switch (reverse) {
				case RATIO -> a.dividedBy(b).atMost(BigDecimal.ONE).times(w);
				case LINEAR ->
					b.dividedBy(a).subtractedFrom(TWO).atMost(BigDecimal.ONE).atLeast(BigDecimal.ZERO).times(w);
			};
			case QUALITATIVE -> throw new IllegalStateException("定性指标不按比例校验");
		};
	}

	private static Interval zeroTarget(IndicatorRow row) {
		return Interval.exact(row.actual().value().signum() <= 0 ? row.weight().value() : BigDecimal.ZERO);
	}

	/** The formula as the message writes it, with the row's figures. */
	private String formula(IndicatorRow row) {
		String w = "分值 " + row.weight().printed();
		String a = row.target().named();
		String b = row.actual().named();
		return switch (row.direction()) {
			case POSITIVE, EQUAL -> w + " × min(1, " + b + " ÷ " + a + ")";
			case NEGATIVE -> switch (reverse) {
				case RATIO -> "反向比例法 " + w + " × min(1, " + a + " ÷ " + b + ")";
				case LINEAR -> "反向线性扣分法 " + w + " × min(1, max(0, 2 − " + b + " ÷ " + a + "))";
			};
			case QUALITATIVE -> "";
		};
	}

	/** The point value of the formula, at the score's printed precision. */
	private BigDecimal point(IndicatorRow row) {
		BigDecimal w = row.weight().value();
		BigDecimal a = row.target().value();
		BigDecimal b = row.actual().value();
		BigDecimal factor = switch (row.direction()) {
			case POSITIVE, EQUAL -> a.signum() == 0 ? (b.signum() <= 0 ? BigDecimal.ONE : BigDecimal.ZERO)
					: b.divide(a, MathContext.DECIMAL128).min(BigDecimal.ONE);
			case NEGATIVE -> b.signum() <= 0 ? BigDecimal.ONE : switch (reverse) {
				case RATIO -> a.divide(b, MathContext.DECIMAL128).min(BigDecimal.ONE);
				case LINEAR ->
					TWO.subtract(b.divide(a, MathContext.DECIMAL128)).min(BigDecimal.ONE).max(BigDecimal.ZERO);
			};
			case QUALITATIVE -> BigDecimal.ONE;
		};
		return factor.multiply(w).setScale(row.score().printedDecimals(), RoundingMode.HALF_UP);
	}

	private static Optional<Finding> check(IndicatorRow row, Interval expected, String formula, BigDecimal point) {
		if (expected.meets(Interval.of(row.score()))) {
			return Optional.empty();
		}
		if (row.adjustedByHand()) {
			return Optional.of(new Finding(CODE, CheckSeverity.WARNING,
					"「" + row.name() + "」得分 " + row.score().printed() + " 为手工调整，按 " + formula + " 计算为 "
							+ point.toPlainString() + "；调整理由：" + row.adjustment().strip()));
		}
		return Optional.of(new Finding(CODE, CheckSeverity.ERROR, "「" + row.name() + "」得分：表中为 " + row.score().printed()
				+ "，按 " + formula + " 计算为 " + point.toPlainString()));
	}

	private Optional<Finding> check(IndicatorRow row, Interval expected, String formula) {
		return check(row, expected, formula, point(row));
	}

}
