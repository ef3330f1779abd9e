package org.perfdesk.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.doReturn;
import static org.perfdesk.evaluation.EvaluationFixtures.FINANCE;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.perfdesk.IntegrationTest;
import org.perfdesk.evaluation.scoring.ScoringSettings;
import org.perfdesk.evaluation.scoring.ScoringSettingsManagement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.transaction.annotation.Transactional;

/**
 * A change of the year's scoring settings (here the 反向 rule, 比例法 → 线性扣分法) rescoring a
 * draft on its next save but leaving a submitted table as it was scored.
 */
@IntegrationTest
@Transactional
class SelfEvaluationFrozenScoresTests {

	@Autowired
	SelfEvaluationManagement evaluations;

	@MockitoSpyBean
	ScoringSettingsManagement settings;

	@Autowired
	JdbcClient jdbc;

	static ScoringSettings linear(ScoringSettings s) {
		return new ScoringSettings(s.fiscalYear(), ScoringSettings.ReverseVariant.LINEAR, s.overAchievement(),
				s.executionWeight(), s.executionTiers(), s.bands(), s.freedWeight());
	}

	@Test
	void aSettingsChangeRescoresADraftButNotASubmittedTable() {
		var f = new EvaluationFixtures(jdbc, evaluations);
		SelfEvaluation draft = f.opened();
		SelfEvaluation other = evaluations.open(f.filler("201001"), f.pendingTarget("201001").id());
		int ceiling = EvaluationFixtures.firstAtMost(draft);
		int otherCeiling = EvaluationFixtures.firstAtMost(other);

		// both spend 25% over their cost ceiling, with the reason written
		SelfEvaluation savedDraft = save(f.filler(), draft, ceiling);
		SelfEvaluation submitted = evaluations.submit(f.filler("201001"), other.id(),
				save(f.filler("201001"), other, otherCeiling).version());
		BigDecimal ratio = submitted.indicators().get(otherCeiling).score();
		assertThat(ratio).isEqualByComparingTo(submitted.indicators()
			.get(otherCeiling)
			.weight()
			.multiply(new BigDecimal("0.8"))
			.setScale(2, java.math.RoundingMode.HALF_UP));

		int year = draft.fiscalYear();
		doReturn(linear(ScoringSettings.defaults(year))).when(settings).forYear(year);

		SelfEvaluation rescored = save(f.filler(), evaluations.find(FINANCE, draft.id()), ceiling);
		EvaluatedIndicator row = rescored.indicators().get(ceiling);
		// 线性扣分法: W × (1 − 0.25) instead of W ÷ 1.25
		assertThat(row.computed().rule()).isEqualTo("反向指标（≤，线性扣分法）");
		assertThat(row.score()).isEqualByComparingTo(
				row.weight().multiply(new BigDecimal("0.75")).setScale(2, java.math.RoundingMode.HALF_UP));
		assertThat(row.score()).isNotEqualByComparingTo(savedDraft.indicators().get(ceiling).score());

		SelfEvaluation frozen = evaluations.find(FINANCE, submitted.id());
		assertThat(frozen.indicators().get(otherCeiling).score()).isEqualByComparingTo(ratio);
		assertThat(frozen.indicators().get(otherCeiling).computed().rule()).isEqualTo("反向指标（≤，比例法）");
		assertThat(frozen.total()).isEqualByComparingTo(submitted.total());
		assertThat(frozen.version()).isEqualTo(submitted.version());
	}

	SelfEvaluation save(org.perfdesk.org.DataScope filler, SelfEvaluation e, int ceiling) {
		List<EvaluationInput.Row> rows = new ArrayList<>(EvaluationFixtures.fullMarks(e));
		rows.set(ceiling, EvaluationFixtures.with(EvaluationFixtures.scaled(e, ceiling, "1.25"), null, null, null,
				"年中物价上涨，活动物料采购超支；下年度加强采购比价"));
		return evaluations.save(filler, e.id(), e.version(), EvaluationFixtures.input(rows));
	}

}
