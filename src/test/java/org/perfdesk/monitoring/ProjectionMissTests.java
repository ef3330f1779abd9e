package org.perfdesk.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.perfdesk.execution.ExecutionFigures;
import org.perfdesk.execution.ProgressLight;
import org.perfdesk.execution.SourceAmounts;
import org.perfdesk.shared.Amount;

class ProjectionMissTests {

	@ParameterizedTest(name = "target {0}, projected {1}: misses = {2}")
	@CsvSource(delimiter = '|',
			value = { "≥800人次|600人次|true", "≥800人次|≥800人次|false", "≥800人次|900人次|false", "≥800人次|600|true",
					">95%|95%|true", ">95%|96%|false", "≤47.5万元|50万元|true", "≤47.5万元|47.5万元|false", "<3%|3%|true",
					"=100%|100%|false", "=100%|98%|true", "80%-90%|75%|true", "80%-90%|85%|false", "80%-90%|95%|true",
					"≥800人次|600场|false", "效果明显|一般|false", "≥90%|基本完成|false", "2026年10月底前|2026年11月底前|false",
					"≥800人次|700-850人次|false", "≥800人次|600-700人次|true" })
	void aProjectionMissesWhenItsNumberFallsShortOfTheTarget(String target, String projected, boolean misses) {
		assertThat(ProjectionMiss.misses(target, projected)).isEqualTo(misses);
	}

	@Test
	void aMissedProjectionTurnsTheLineRedWhateverTheLikelihood() {
		var budget = new SourceAmounts(Amount.ofWan(new BigDecimal("100")), Amount.ZERO, Amount.ZERO);
		var spent = new SourceAmounts(Amount.ofWan(new BigDecimal("70")), Amount.ZERO, Amount.ZERO);
		var figures = new ExecutionFigures(budget, SourceAmounts.ZERO, spent, 7);
		var onTrack = new MonitoringLine(1, 1L, 1, "团市委本级", "x", ReportStatus.SUBMITTED, figures, null,
				Likelihood.CERTAIN, null, 0);
		var missing = new MonitoringLine(1, 1L, 1, "团市委本级", "x", ReportStatus.SUBMITTED, figures, null,
				Likelihood.CERTAIN, null, 2);
		assertThat(onTrack.light()).isEqualTo(ProgressLight.GREEN);
		assertThat(missing.projectionLight()).isEqualTo(ProgressLight.RED);
		assertThat(missing.light()).isEqualTo(ProgressLight.RED);
	}

}
