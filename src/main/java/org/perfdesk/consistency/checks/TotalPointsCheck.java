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

/**
 * TOTAL_SCORE_MISMATCH: the printed 总分 differs from the sum of the rows' printed scores
 * by more than their rounding. Scores are computed and rounded, unlike weights, so each
 * stands for ±half a unit of its last decimal.
 */
public final class TotalPointsCheck implements Check {

	public static final String CODE = "TOTAL_SCORE_MISMATCH";

	@Override
	public String code() {
		return CODE;
	}

	@Override
	public List<Finding> check(PrintedTable table) {
		List<Finding> findings = new ArrayList<>();
		// a null total means the form prints none; a blank one is a figure the check
		// needs
		if (table.rows().isEmpty() || table.printedTotalScore() == null) {
			return findings;
		}
		if (!table.printedTotalScore().present()) {
			findings.add(Finding.skipped("总分", "总分"));
			return findings;
		}
		Interval computed = Interval.exact(BigDecimal.ZERO);
		BigDecimal point = BigDecimal.ZERO;
		// a blank score still bounds the total: between 0 and its row's weight
		BigDecimal blankWeights = BigDecimal.ZERO;
		List<String> blanks = new java.util.ArrayList<>();
		for (IndicatorRow row : table.rows()) {
			if (!row.score().present()) {
				if (!row.weight().present()) {
					findings.add(Finding.skipped("总分", "「" + row.name() + "」的得分"));
					return findings;
				}
				blankWeights = blankWeights.add(row.weight().value());
				blanks.add(row.name());
				continue;
			}
			computed = computed.plus(Interval.of(row.score()));
			point = point.add(row.score().value());
		}
		if (!blanks.isEmpty()) {
			Figure total = table.printedTotalScore();
			Interval possible = new Interval(computed.lo(), computed.hi().add(blankWeights));
			if (!possible.meets(Interval.of(total))) {
				findings.add(new Finding(CODE, CheckSeverity.ERROR,
						"总分：表中为 " + total.printed() + "，其余各项得分相加为 " + point.toPlainString() + "，得分空白的「"
								+ String.join("」「", blanks) + "」分值共 " + blankWeights.toPlainString() + "，总分只能在 "
								+ point.toPlainString() + " 到 " + point.add(blankWeights).toPlainString() + " 之间"));
			}
			else {
				findings.add(Finding.skipped("总分", "「" + blanks.get(0) + "」的得分"));
			}
			return findings;
		}
		Figure total = table.printedTotalScore();
		if (!computed.meets(Interval.of(total))) {
			List<Figure> scores = table.rows().stream().map(IndicatorRow::score).toList();
			findings.add(new Finding(CODE, CheckSeverity.ERROR, "总分：表中为 " + total.printed() + "，按 各项得分 "
					+ Arithmetic.joined(scores, false) + " 相加为 " + point.toPlainString()));
		}
		return findings;
	}

}
