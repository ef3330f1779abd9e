package org.perfdesk.evaluation.common;

import org.perfdesk.consistency.Direction;
import org.perfdesk.evaluation.department.DepartmentMeasures;
import org.perfdesk.evaluation.scoring.ScoredItem;

import java.math.BigDecimal;
import java.util.List;

/**
 * 部门整体支出共性指标: one line of a year's template — its code, 一级 and 二级 labels, name, the
 * formula over the recorded figures (none for a checklist), the direction (正向 ≥ or 反向 ≤),
 * its weight (分值) and its scoring rule.
 *
 * @param category 一级指标, e.g. "投入"
 * @param group 二级指标, e.g. "预算配置"
 * @param formula the figures divided; null for a {@link Checklist}
 */
public record CommonIndicator(String code, String category, String group, String name, CommonFormula formula,
		Direction direction, BigDecimal weight, CommonRule rule) {

	public boolean checklist() {
		return rule instanceof Checklist;
	}

	/** The checklist items, or none. */
	public List<String> items() {
		return rule instanceof Checklist c ? c.items() : List.of();
	}

	/**
	 * Scores the indicator: a formula's rate with its rule, or a checklist from the
	 * department's answers (one per item, null for not answered).
	 */
	public ScoredItem score(DepartmentMeasures in, List<Boolean> answers) {
		if (rule instanceof Checklist c) {
			return c.score(weight, answers);
		}
		return ((CommonRule.RateRule) rule).score(weight, direction, formula.measure(in));
	}

	/** "实有人数 ÷ 编制数", or "逐项检查" for a checklist. */
	public String expression() {
		return formula == null ? "逐项检查" : formula.expression();
	}
}
