package org.perfdesk.evaluation.scoring;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ScoringSettingsTests {

	@Test
	void defaults() {
		ScoringSettings settings = ScoringSettings.defaults(2024);
		assertThat(settings.fiscalYear()).isEqualTo(2024);
		assertThat(settings.reverse()).isEqualTo(ScoringSettings.ReverseVariant.RATIO);
		assertThat(settings.overAchievement().share()).isEqualByComparingTo("0.20");
		assertThat(settings.executionWeight()).isEqualByComparingTo(BigDecimal.TEN);
		assertThat(settings.weights()).isEqualTo(Weights.DEFAULT);
		assertThat(settings.tiered()).isFalse();
		assertThat(settings.execution().name()).isEqualTo("预算执行率（比例法）");
		assertThat(settings.bands()).isEqualTo(QualitativeBands.DEFAULT);
		assertThat(settings.freedWeight()).isEqualTo(Weights.FreedWeight.BENEFIT);
	}

	@Test
	void theExecutionWeightIsTheExecutionPartOfTheWeights() {
		ScoringSettings settings = new ScoringSettings(2024, ScoringSettings.ReverseVariant.RATIO,
				OverAchievement.DEFAULT, new BigDecimal("15"), List.of(), QualitativeBands.DEFAULT,
				Weights.FreedWeight.BENEFIT);
		assertThat(settings.weights().execution()).isEqualByComparingTo("15");
		assertThat(settings.weights().output()).isEqualByComparingTo(Weights.DEFAULT.output());
		assertThat(settings.execution().weight()).isEqualByComparingTo("15");
	}

	@Test
	void tiersAreKeptHighestRateFirstAndCopiedForwardUnchanged() {
		ScoringSettings settings = new ScoringSettings(2024, ScoringSettings.ReverseVariant.LINEAR,
				OverAchievement.DEFAULT, Weights.DEFAULT,
				List.of(new ExecutionScore.Tier(new BigDecimal("0.8"), BigDecimal.ONE),
						new ExecutionScore.Tier(new BigDecimal("0.95"), BigDecimal.TEN)),
				QualitativeBands.DEFAULT, Weights.FreedWeight.OUTPUT);
		assertThat(settings.executionTiers()).extracting(ExecutionScore.Tier::rate)
			.containsExactly(new BigDecimal("0.95"), new BigDecimal("0.8"));
		ScoringSettings next = settings.forYear(2025);
		assertThat(next.fiscalYear()).isEqualTo(2025);
		assertThat(next.executionTiers()).isEqualTo(settings.executionTiers());
		assertThat(next.reverse()).isEqualTo(settings.reverse());
	}

	@Test
	void onlyFullMarksMayBeTheAchievedBand() {
		QualitativeBands strict = new QualitativeBands(BigDecimal.ONE, new BigDecimal("0.6"));
		Qualitative q = new Qualitative(strict);
		assertThat(q.floor(Qualitative.Band.ACHIEVED, BigDecimal.TEN)).isEqualByComparingTo("10");
		assertThat(q.top(Qualitative.Band.PARTLY, BigDecimal.TEN)).isEqualByComparingTo("9.99");
		assertThatThrownBy(() -> new QualitativeBands(new BigDecimal("1.01"), new BigDecimal("0.6")))
			.isInstanceOf(IllegalArgumentException.class);
	}

}
