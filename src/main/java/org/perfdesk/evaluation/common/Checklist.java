package org.perfdesk.evaluation.common;

import org.perfdesk.consistency.Direction;
import org.perfdesk.evaluation.scoring.ScoredItem;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.perfdesk.evaluation.scoring.Numbers.text;

/**
 * 逐项检查扣分: a qualitative common indicator (管理制度健全性, 资金使用合规性, 预决算信息公开性, 基础信息完善性, 资产管理安全性)
 * as a list of items the department answers one by one; each item not met takes a fixed
 * number of points off, down to 0. Until every item is answered the indicator is not
 * scored.
 *
 * @param items the items, in the order printed
 * @param deduction points taken off per item not met
 */
public record Checklist(List<String> items, BigDecimal deduction) implements CommonRule {

	public Checklist {
		items = List.copyOf(items);
	}

	@Override
	public Kind kind() {
		return Kind.CHECKLIST;
	}

	@Override
	public String name() {
		return "逐项检查扣分（每缺 1 项扣 " + (deduction == null ? "" : text(deduction)) + " 分）";
	}

	@Override
	public List<String> problems(BigDecimal weight, Direction direction) {
		List<String> problems = new ArrayList<>();
		if (items.isEmpty()) {
			problems.add("检查项至少需要一项");
		}
		for (int i = 0; i < items.size(); i++) {
			if (items.get(i) == null || items.get(i).isBlank()) {
				problems.add("第 " + (i + 1) + " 个检查项为空");
			}
		}
		if (deduction == null || deduction.signum() <= 0) {
			problems.add("每项扣分须大于 0");
		}
		return problems;
	}

	/**
	 * @param answers one per item in order: true met, false not met, null not answered
	 */
	public ScoredItem score(BigDecimal weight, List<Boolean> answers) {
		String inputs = items.size() + " 个检查项";
		if (answers == null || answers.size() != items.size()) {
			return ScoredItem.notScorable(weight, name(), inputs, "检查项未填写");
		}
		List<String> missed = new ArrayList<>();
		for (int i = 0; i < items.size(); i++) {
			if (answers.get(i) == null) {
				return ScoredItem.notScorable(weight, name(), inputs, "检查项“" + items.get(i) + "”未填写");
			}
			if (!answers.get(i)) {
				missed.add(items.get(i));
			}
		}
		inputs = items.size() + " 项中 " + (items.size() - missed.size()) + " 项符合";
		if (missed.isEmpty()) {
			return ScoredItem.scored(weight, weight, name(), inputs, items.size() + " 项全部符合，得满分", Set.of());
		}
		BigDecimal off = deduction.multiply(BigDecimal.valueOf(missed.size()));
		String arithmetic = "不符合 " + missed.size() + " 项（" + String.join("；", missed) + "），" + text(weight) + " − "
				+ missed.size() + " × " + text(deduction);
		if (off.compareTo(weight) >= 0) {
			return ScoredItem.scored(BigDecimal.ZERO, weight, name(), inputs, arithmetic + "，扣完为止", Set.of());
		}
		return ScoredItem.scored(weight.subtract(off), weight, name(), inputs, arithmetic, Set.of());
	}
}
