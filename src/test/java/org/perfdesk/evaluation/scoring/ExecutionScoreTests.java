package org.perfdesk.evaluation.scoring;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.perfdesk.shared.Amount;

import static org.assertj.core.api.Assertions.assertThat;

class ExecutionScoreTests {

	@Test
	void scoresTheRateTimesTheWeight() {
		ScoredItem item = new ExecutionScore().score(Amount.ofYuan("1022.93"), Amount.ofYuan("1103.35"));
		assertThat(item.score()).hasToString("9.27");
		assertThat(item.explanation()).isEqualTo("执行率 92.71% × 10 = 9.27 分");
	}

	@Test
	void capsAtTheWeight() {
		ScoredItem item = new ExecutionScore().score(Amount.ofYuan("1200"), Amount.ofYuan("1000"));
		assertThat(item.score()).hasToString("10.00");
		assertThat(item.explanation()).contains("120.00%", "按 100% 计");
	}

	@Test
	void theWeightIsConfigurable() {
		assertThat(new ExecutionScore(new BigDecimal("20"), List.of()).score(Amount.ofYuan("76"), Amount.ofYuan("100"))
			.score()).hasToString("15.20");
	}

	@Test
	void aZeroBudgetIsNotScorable() {
		ScoredItem item = new ExecutionScore().score(Amount.ofYuan("5"), Amount.ZERO);
		assertThat(item.scorable()).isFalse();
		assertThat(item.explanation()).contains("无法计分", "全年预算数为 0");
	}

	@Test
	void tiersGiveThePointsOfTheFirstThresholdReached() {
		ExecutionScore tiered = new ExecutionScore(BigDecimal.TEN,
				List.of(new ExecutionScore.Tier(new BigDecimal("0.8"), new BigDecimal("8")),
						new ExecutionScore.Tier(new BigDecimal("0.95"), BigDecimal.TEN),
						new ExecutionScore.Tier(new BigDecimal("0.9"), new BigDecimal("9"))));
		assertThat(tiered.score(Amount.ofYuan("96"), Amount.ofYuan("100")).score()).hasToString("10.00");
		assertThat(tiered.score(Amount.ofYuan("92.71"), Amount.ofYuan("100")).score()).hasToString("9.00");
		assertThat(tiered.score(Amount.ofYuan("80"), Amount.ofYuan("100")).score()).hasToString("8.00");
		ScoredItem low = tiered.score(Amount.ofYuan("50"), Amount.ofYuan("100"));
		assertThat(low.score()).hasToString("0.00");
		assertThat(low.explanation()).isEqualTo("执行率 50.00% 低于最低档 80.00% = 0.00 分");
		assertThat(tiered.name()).isEqualTo("预算执行率（分档法）");
	}

}
