package org.perfdesk.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.perfdesk.indicator.IndicatorSubcategory.ECONOMIC_COST;
import static org.perfdesk.indicator.IndicatorSubcategory.QUALITY;
import static org.perfdesk.indicator.IndicatorSubcategory.QUANTITY;
import static org.perfdesk.indicator.IndicatorSubcategory.SERVICE_SATISFACTION;
import static org.perfdesk.indicator.IndicatorSubcategory.SOCIAL;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.perfdesk.evaluation.scoring.Qualitative;
import org.perfdesk.evaluation.scoring.ScoredItem;
import org.perfdesk.evaluation.scoring.ScoringSettings;
import org.perfdesk.evaluation.scoring.Weights;
import org.perfdesk.shared.RuleViolation;

/** The 分值 a new self-evaluation proposes, and the qualitative scoring of a row. */
class InitialWeightsTests {

	static final ScoringSettings DEFAULTS = ScoringSettings.defaults(2025);

	static List<BigDecimal> weights(String... w) {
		return Arrays.stream(w).map(x -> x == null ? null : new BigDecimal(x)).toList();
	}

	static ScoringSettings withExecutionWeight(String weight) {
		return new ScoringSettings(2025, DEFAULTS.reverse(), DEFAULTS.overAchievement(), new BigDecimal(weight),
				DEFAULTS.executionTiers(), DEFAULTS.bands(), DEFAULTS.freedWeight());
	}

	@Test
	void theTargetsWeightsAreRescaledToNinetyWithTheRemainderOnTheLastRow() {
		var subs = List.of(QUANTITY, QUANTITY, QUALITY);
		assertThat(InitialWeights.of(subs, weights("10", "20", "70"), DEFAULTS))
			.containsExactlyElementsOf(weights("9.00", "18.00", "63.00"));
		// 90 ÷ 3 = 30 each; 100 ÷ 3 does not divide: 33.33 + 33.33 + 33.34
		assertThat(InitialWeights.of(subs, weights("1", "1", "1"), DEFAULTS))
			.containsExactlyElementsOf(weights("30.00", "30.00", "30.00"));
		assertThat(InitialWeights.of(subs, weights("1", "1", "1"), withExecutionWeight("0")))
			.containsExactlyElementsOf(weights("33.33", "33.33", "33.34"));
	}

	@Test
	void withoutWeightsTheLevelsAreSharedEvenlyCostCountingUnderOutput() {
		var subs = List.of(ECONOMIC_COST, QUANTITY, QUANTITY, SOCIAL, SERVICE_SATISFACTION);
		// 产出 50 over 成本 + 2 数量: 16.67, 16.67, 16.66; 效益 30; 满意度 10
		assertThat(InitialWeights.of(subs, weights(null, "20", "10", "30", "10"), DEFAULTS))
			.containsExactlyElementsOf(weights("16.67", "16.67", "16.66", "30.00", "10.00"));
	}

	@Test
	void withoutASatisfactionIndicatorItsWeightMovesAsTheSettingsSay() {
		var subs = List.of(QUANTITY, SOCIAL, SOCIAL);
		assertThat(InitialWeights.of(subs, weights(null, null, null), DEFAULTS))
			.containsExactlyElementsOf(weights("50.00", "20.00", "20.00"));
		var toOutput = new ScoringSettings(2025, DEFAULTS.reverse(), DEFAULTS.overAchievement(),
				DEFAULTS.executionWeight(), DEFAULTS.executionTiers(), DEFAULTS.bands(), Weights.FreedWeight.OUTPUT);
		assertThat(InitialWeights.of(subs, weights(null, null, null), toOutput))
			.containsExactlyElementsOf(weights("60.00", "15.00", "15.00"));
	}

	@Test
	void aDifferentExecutionWeightRescalesTheLevelsToTheRest() {
		var subs = List.of(QUANTITY, SOCIAL, SERVICE_SATISFACTION);
		List<BigDecimal> w = InitialWeights.of(subs, weights(null, null, null), withExecutionWeight("20"));
		assertThat(w.stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("80");
		assertThat(w).containsExactlyElementsOf(weights("44.44", "26.67", "8.89"));
	}

	@Test
	void aQualitativeRowIsScoredByItsBand() {
		BigDecimal w = new BigDecimal("10.00");
		ScoredItem none = EvaluationScoring.indicator(DEFAULTS, 2025, "效果明显", w, "群众反映良好", null, null);
		assertThat(none.scorable()).isFalse();
		assertThat(none.explanation()).contains("请选择达成档次");
		ScoredItem top = EvaluationScoring.indicator(DEFAULTS, 2025, "效果明显", w, "群众反映良好", Qualitative.Band.PARTLY,
				null);
		assertThat(top.score()).isEqualByComparingTo("7.99");
		ScoredItem typed = EvaluationScoring.indicator(DEFAULTS, 2025, "效果明显", w, "", Qualitative.Band.PARTLY,
				new BigDecimal("6.5"));
		assertThat(typed.score()).isEqualByComparingTo("6.50");
		assertThatThrownBy(() -> EvaluationScoring.indicator(DEFAULTS, 2025, "效果明显", w, "", Qualitative.Band.PARTLY,
				new BigDecimal("9")))
			.isInstanceOf(RuleViolation.class)
			.hasMessageContaining("6.00–7.99");
		assertThat(EvaluationScoring.withinBand("效果明显", Qualitative.Band.ACHIEVED)).isTrue();
		assertThat(EvaluationScoring.withinBand("≥90%", Qualitative.Band.ACHIEVED)).isFalse();
	}

}
