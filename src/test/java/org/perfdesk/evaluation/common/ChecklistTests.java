package org.perfdesk.evaluation.common;

import org.perfdesk.consistency.Direction;
import org.perfdesk.evaluation.scoring.ScoredItem;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ChecklistTests {

	private final Checklist rules = new Checklist(List.of("甲", "乙", "丙", "丁"), new BigDecimal("1.5"));

	@Test
	void everyItemMetScoresFull() {
		ScoredItem item = rules.score(BigDecimal.valueOf(4), List.of(true, true, true, true));
		assertThat(item.score()).hasToString("4.00");
		assertThat(item.inputs()).isEqualTo("4 项中 4 项符合");
	}

	@Test
	void eachMissingItemTakesItsDeduction() {
		ScoredItem item = rules.score(BigDecimal.valueOf(4), List.of(true, false, true, true));
		assertThat(item.score()).hasToString("2.50");
		assertThat(item.explanation()).isEqualTo("不符合 1 项（乙），4 − 1 × 1.5 = 2.50 分");
		ScoredItem worse = rules.score(BigDecimal.valueOf(4), List.of(false, false, false, true));
		assertThat(worse.score()).hasToString("0.00");
		assertThat(worse.explanation()).endsWith("4 − 3 × 1.5，扣完为止 = 0.00 分");
	}

	@Test
	void anUnansweredItemLeavesTheIndicatorUnscored() {
		ScoredItem item = rules.score(BigDecimal.valueOf(4), Arrays.asList(true, null, true, true));
		assertThat(item.scorable()).isFalse();
		assertThat(item.explanation()).isEqualTo("无法计分：检查项“乙”未填写");
		assertThat(rules.score(BigDecimal.valueOf(4), List.of(true)).explanation()).isEqualTo("无法计分：检查项未填写");
	}

	@Test
	void anEmptyListOrNoDeductionIsAProblem() {
		assertThat(new Checklist(List.of(), BigDecimal.ZERO).problems(BigDecimal.ONE, Direction.POSITIVE))
			.containsExactly("检查项至少需要一项", "每项扣分须大于 0");
		assertThat(new Checklist(List.of(" "), BigDecimal.ONE).problems(BigDecimal.ONE, Direction.POSITIVE))
			.containsExactly("第 1 个检查项为空");
	}

}
