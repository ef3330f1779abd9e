package org.perfdesk.evaluation.scoring;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.perfdesk.shared.Amount;

import static org.assertj.core.api.Assertions.assertThat;

class ScoringGuideTests {

	private static ScoringSettings tieredLinear() {
		return new ScoringSettings(2026, ScoringSettings.ReverseVariant.LINEAR,
				new OverAchievement(new BigDecimal("0.3")), Weights.DEFAULT,
				List.of(new ExecutionScore.Tier(new BigDecimal("0.9"), new BigDecimal("9")),
						new ExecutionScore.Tier(new BigDecimal("0.6"), new BigDecimal("5"))),
				QualitativeBands.DEFAULT, Weights.FreedWeight.OUTPUT);
	}

	@Test
	void everyExampleIsTheEngineResultForItsRule() {
		ScoringSettings s = tieredLinear();
		List<ScoringGuide.Rule> rules = ScoringGuide.rules(s);
		assertThat(rules).extracting(ScoringGuide.Rule::title)
			.startsWith(s.execution().name())
			.contains("反向指标（≤）：" + ScoringSettings.ReverseVariant.LINEAR.label());
		ScoringGuide.Rule execution = rules.get(0);
		// one example reaching each tier, one just below the lowest
		assertThat(execution.examples()).extracting(e -> e.item().score())
			.containsExactly(new BigDecimal("9.00"), new BigDecimal("5.00"), new BigDecimal("0.00"));
		assertThat(execution.examples().get(0).item())
			.isEqualTo(s.execution().score(Amount.ofYuan("900000"), Amount.ofYuan("1000000")));
		ScoringGuide.Rule reverse = rules.get(2);
		assertThat(reverse.examples().get(0).item()).isEqualTo(new LowerIsBetterLinear(s.overAchievement())
			.score(BigDecimal.TEN, BigDecimal.valueOf(100), new BigDecimal("125")));
		assertThat(reverse.note())
			.contains(new LowerIsBetterRatio().score(BigDecimal.TEN, BigDecimal.valueOf(100), new BigDecimal("125"))
				.score()
				.toPlainString());
	}

	@Test
	void theOverAchievementExamplesStraddleTheShare() {
		ScoringGuide.Rule over = ScoringGuide.rules(tieredLinear())
			.stream()
			.filter(r -> r.title().startsWith("超额完成"))
			.findFirst()
			.orElseThrow();
		assertThat(over.text()).contains("30%");
		assertThat(over.examples()).extracting(e -> e.item().overAchieved()).containsExactly(true, false, true);
		assertThat(over.examples().get(0).flagText()).isEqualTo(ScoredItem.Flag.OVER_ACHIEVED.label());
	}

	@Test
	void theSummaryNamesEachSettingOnce() {
		var summary = ScoringGuide.summary(tieredLinear());
		assertThat(summary).containsEntry("反向指标计分方法", "线性扣分法")
			.containsEntry("超额完成比例", "30%")
			.containsEntry("预算执行率计分", "分档法：执行率 ≥90% 得 9 分；执行率 ≥60% 得 5 分")
			.containsEntry("无满意度指标时权重归入", Weights.FreedWeight.OUTPUT.label());
		assertThat(ScoringGuide.summary(ScoringSettings.defaults(2026)).get("预算执行率计分")).startsWith("比例法");
	}

}
