package org.perfdesk.evaluation;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ScoringSettingsTests {

	@Test
	void defaults() {
		ScoringSettings settings = ScoringSettings.defaults(2024);
		assertThat(settings.fiscalYear()).isEqualTo(2024);
		assertThat(settings.reverse()).isEqualTo(ScoringSettings.ReverseVariant.RATIO);
		assertThat(settings.overAchievement().share()).isEqualByComparingTo("0.20");
		assertThat(settings.executionWeight()).isEqualByComparingTo(BigDecimal.TEN);
		assertThat(settings.tiered()).isFalse();
		assertThat(settings.execution().name()).isEqualTo("预算执行率（比例法）");
		assertThat(settings.bands()).isEqualTo(QualitativeBands.DEFAULT);
		assertThat(settings.freedWeight()).isEqualTo(Weights.FreedWeight.BENEFIT);
	}
}
