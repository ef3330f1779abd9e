package org.perfdesk.evaluation;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.perfdesk.evaluation.scoring.ExecutionScore;
import org.perfdesk.evaluation.scoring.HigherIsBetter;
import org.perfdesk.evaluation.scoring.ScoredItem;
import org.perfdesk.shared.RuleViolation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ManualOverrideTests {

	private final ScoredItem overAchieved = new HigherIsBetter().score(BigDecimal.TEN, new BigDecimal("100"),
			new BigDecimal("150"));

	@Test
	void aChangedScoreKeepsTheComputedOneAndItsReason() {
		ManualOverride override = new ManualOverride(overAchieved, new BigDecimal("8"), "  指标值设置明显偏低  ");
		assertThat(override.changed()).isTrue();
		assertThat(override.score()).hasToString("8.00");
		assertThat(override.computedScore()).hasToString("10.00");
		assertThat(override.reason()).isEqualTo("指标值设置明显偏低");
	}

	@Test
	void aChangedScoreNeedsAReason() {
		assertThatThrownBy(() -> new ManualOverride(overAchieved, new BigDecimal("8"), " "))
			.isInstanceOf(RuleViolation.class)
			.hasMessage("得分与计算结果不同，请填写调整理由");
	}

	@Test
	void anUnchangedScoreNeedsNoReason() {
		assertThat(new ManualOverride(overAchieved, BigDecimal.TEN, null).changed()).isFalse();
	}

	@Test
	void theScoreStaysWithinTheWeight() {
		assertThatThrownBy(() -> new ManualOverride(overAchieved, new BigDecimal("11"), "理由"))
			.isInstanceOf(RuleViolation.class)
			.hasMessage("得分须在 0 到 10 分之间");
	}

	@Test
	void anItemThatCouldNotBeComputedCanBeScoredByHandWithAReason() {
		ScoredItem unscored = new ExecutionScore().score(org.perfdesk.shared.Amount.ofYuan("1"),
				org.perfdesk.shared.Amount.ZERO);
		assertThatThrownBy(() -> new ManualOverride(unscored, BigDecimal.TEN, "")).isInstanceOf(RuleViolation.class);
		assertThat(new ManualOverride(unscored, BigDecimal.TEN, "预算于年末追加，已全额支出").computedScore()).isNull();
	}

}
