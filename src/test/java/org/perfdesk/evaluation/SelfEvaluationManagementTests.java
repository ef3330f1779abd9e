package org.perfdesk.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.perfdesk.evaluation.EvaluationFixtures.FINANCE;
import static org.perfdesk.evaluation.EvaluationFixtures.pastYear;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.perfdesk.DemoYear;
import org.perfdesk.consistency.CheckSeverity;
import org.perfdesk.evaluation.scoring.Grading;
import org.perfdesk.evaluation.scoring.IndicatorScoring;
import org.perfdesk.evaluation.scoring.Numbers;
import org.perfdesk.evaluation.scoring.ScoredItem;
import org.perfdesk.evaluation.scoring.ScoringSettings;
import org.perfdesk.evaluation.scoring.ScoringSettingsManagement;
import org.perfdesk.execution.ExecutionManagement;
import org.perfdesk.execution.ProjectExecution;
import org.perfdesk.indicator.TargetValue;
import org.perfdesk.shared.FiscalYear;
import org.perfdesk.shared.RecordNotFound;
import org.perfdesk.shared.RuleViolation;
import org.perfdesk.targets.Indicator;
import org.perfdesk.targets.PerformanceTarget;
import org.perfdesk.targets.TargetKind;
import org.perfdesk.targets.TargetManagement;
import org.perfdesk.targets.TargetStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opening, scoring and saving a 项目支出绩效自评表 on the demo city's ended year, through the
 * service.
 */
@org.perfdesk.IntegrationTest
@Transactional
class SelfEvaluationManagementTests {

	@Autowired
	SelfEvaluationManagement evaluations;

	@Autowired
	TargetManagement targets;

	@Autowired
	ExecutionManagement execution;

	@Autowired
	ScoringSettingsManagement scoringSettings;

	@Autowired
	JdbcClient jdbc;

	EvaluationFixtures fixtures() {
		return new EvaluationFixtures(jdbc, evaluations);
	}

	@Test
	void openingTakesTheBudgetFromExecutionAndTheWeightsFromTheTarget() {
		var f = fixtures();
		// the list of targets carries no indicators; the target itself does
		PerformanceTarget target = targets.find(FINANCE, f.pendingTarget("201").id());
		SelfEvaluation e = evaluations.open(f.filler(), target.id());

		ProjectExecution pe = execution.find(FINANCE, target.projectId(), pastYear());
		assertThat(e.status()).isEqualTo(EvaluationStatus.DRAFT);
		assertThat(e.initialBudget()).isEqualTo(pe.initialBudget());
		assertThat(e.fullYearBudget()).isEqualTo(pe.fullYearBudget());
		assertThat(e.executed()).isEqualTo(pe.executedTo(12));
		assertThat(e.objective()).isEqualTo(target.content().annualObjective());

		// the target's weights rescaled to 100 − the 预算执行 分值, the rounding remainder on
		// the last row
		ScoringSettings settings = scoringSettings.forYear(pastYear().value());
		BigDecimal indicatorTotal = BigDecimal.valueOf(100).subtract(settings.executionWeight());
		List<Indicator> indicators = target.content().indicators();
		BigDecimal targetSum = indicators.stream().map(Indicator::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
		assertThat(e.indicators()).hasSameSizeAs(indicators);
		for (int i = 0; i < indicators.size() - 1; i++) {
			assertThat(e.indicators().get(i).weight()).isEqualByComparingTo(
					indicators.get(i).weight().multiply(indicatorTotal).divide(targetSum, 2, RoundingMode.HALF_UP));
			assertThat(e.indicators().get(i).name()).isEqualTo(indicators.get(i).name());
			assertThat(e.indicators().get(i).targetValue()).isEqualTo(indicators.get(i).value().typed());
		}
		assertThat(e.indicators().stream().map(EvaluatedIndicator::weight).reduce(BigDecimal.ZERO, BigDecimal::add))
			.isEqualByComparingTo(indicatorTotal);

		// 预算执行 is scored at once: min(1, 全年执行数 ÷ 全年预算数) × 分值
		BigDecimal rate = pe.executedTo(12)
			.total()
			.yuan()
			.divide(pe.fullYearBudget().total().yuan(), 10, RoundingMode.HALF_UP);
		assertThat(e.execution().score()).isEqualByComparingTo(
				rate.min(BigDecimal.ONE).multiply(settings.executionWeight()).setScale(2, RoundingMode.HALF_UP));
		assertThat(e.execution().rule()).isEqualTo(settings.execution().name());
		assertThat(e.execution().explanation()).contains("执行率");
		assertThat(e.total()).isEqualByComparingTo(e.execution().score());
		// indicators wait for their 实际完成值
		assertThat(e.indicators()).allSatisfy(r -> assertThat(r.score()).isNull());

		assertThat(evaluations.pending(FINANCE, pastYear())).extracting(PerformanceTarget::id)
			.doesNotContain(target.id());
		assertThat(evaluations.list(FINANCE, pastYear())).extracting(SelfEvaluation::id).contains(e.id());
		assertThatThrownBy(() -> evaluations.open(f.filler(), target.id())).isInstanceOf(RuleViolation.class)
			.hasMessageContaining("已有自评表");
		assertThat(f.auditCount(e.id())).isEqualTo(1);
	}

	@Test
	void onlyTheUnitsFillerOpensAndOnlyOnceTheYearHasEnded() {
		var f = fixtures();
		PerformanceTarget target = f.pendingTarget("201");
		assertThatThrownBy(() -> evaluations.open(f.reviewer(), target.id())).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> evaluations.open(f.filler("201001"), target.id())).isInstanceOf(RecordNotFound.class);

		FiscalYear current = FiscalYear.of(DemoYear.current());
		assertThat(evaluations.pending(FINANCE, current)).isEmpty();
		PerformanceTarget running = targets.list(FINANCE, current, TargetKind.PROJECT)
			.stream()
			.filter(t -> t.status() == TargetStatus.APPROVED)
			.findFirst()
			.orElseThrow();
		var ownFiller = new org.perfdesk.org.DataScope(org.perfdesk.org.Role.UNIT_FILLER, running.unitId(), false,
				java.util.Set.of(running.unitId()));
		assertThatThrownBy(() -> evaluations.open(ownFiller, running.id())).isInstanceOf(RuleViolation.class)
			.hasMessageContaining("尚未结束");
	}

	@Test
	void savingScoresEveryRowWithTheEngineAndStoresRuleInputsAndExplanation() {
		var f = fixtures();
		SelfEvaluation e = f.opened();
		int short_ = EvaluationFixtures.firstAtLeast(e);
		List<EvaluationInput.Row> rows = new ArrayList<>(EvaluationFixtures.fullMarks(e));
		rows.set(short_, EvaluationFixtures.scaled(e, short_, "0.8"));
		SelfEvaluation saved = evaluations.save(f.filler(), e.id(), e.version(), EvaluationFixtures.input(rows));

		ScoringSettings settings = scoringSettings.forYear(e.fiscalYear());
		BigDecimal sum = saved.executionScore();
		for (EvaluatedIndicator r : saved.indicators()) {
			EvaluationInput.Row typed = rows.get(r.position());
			if (typed.score().isBlank()) {
				ScoredItem expected = new IndicatorScoring(settings)
					.score(TargetValue.parse(r.targetValue(), e.fiscalYear()), r.weight(), typed.actual());
				assertThat(r.computed()).isEqualTo(expected);
				assertThat(r.overridden()).isFalse();
			}
			else {
				// a 时限 row the rules cannot score keeps the reason it could not, and the
				// score set by hand
				assertThat(r.computed().scorable()).isFalse();
				assertThat(r.override().score()).isEqualByComparingTo(r.weight());
			}
			sum = sum.add(r.score());
		}
		EvaluatedIndicator shortRow = saved.indicators().get(short_);
		assertThat(shortRow.score())
			.isEqualByComparingTo(shortRow.weight().multiply(new BigDecimal("0.8")).setScale(2, RoundingMode.HALF_UP));
		assertThat(shortRow.computed().rule()).isEqualTo("正向指标（≥）");
		assertThat(shortRow.computed().inputs()).contains("实际完成值");
		assertThat(shortRow.computed().explanation()).contains("÷").endsWith(shortRow.score().toPlainString() + " 分");
		assertThat(saved.total()).isEqualByComparingTo(sum);
		assertThat(saved.grade()).isEqualTo(Grading.gradeOf(sum));

		// what is stored is what was shown: read the row back from the table itself
		var stored = jdbc
			.sql("select score, rule, inputs, explanation from self_evaluation_indicator "
					+ "where evaluation_id = :e and position = :p")
			.param("e", e.id())
			.param("p", short_)
			.query((rs, n) -> List.of(rs.getBigDecimal(1).toPlainString(), rs.getString(2), rs.getString(3),
					rs.getString(4)))
			.single();
		assertThat(stored).containsExactly(shortRow.score().toPlainString(), shortRow.computed().rule(),
				shortRow.computed().inputs(), shortRow.computed().explanation());
		assertThat(jdbc.sql("select total_score from self_evaluation where id = :id")
			.param("id", e.id())
			.query(BigDecimal.class)
			.single()).isEqualByComparingTo(sum);
	}

	@Test
	void everySaveRecomputes() {
		var f = fixtures();
		SelfEvaluation e = f.opened();
		int row = EvaluationFixtures.firstAtLeast(e);
		List<EvaluationInput.Row> rows = new ArrayList<>(EvaluationFixtures.fullMarks(e));
		SelfEvaluation full = evaluations.save(f.filler(), e.id(), e.version(), EvaluationFixtures.input(rows));
		assertThat(full.indicators().get(row).score()).isEqualByComparingTo(full.indicators().get(row).weight());

		rows.set(row, EvaluationFixtures.with(EvaluationFixtures.scaled(e, row, "0.5"), null, null, null, "下半年活动停办"));
		SelfEvaluation half = evaluations.save(f.filler(), e.id(), full.version(), EvaluationFixtures.input(rows));
		EvaluatedIndicator r = half.indicators().get(row);
		assertThat(r.score()).isEqualByComparingTo(r.weight().divide(BigDecimal.valueOf(2), 2, RoundingMode.HALF_UP));
		assertThat(half.total()).isEqualByComparingTo(full.total().subtract(r.weight().subtract(r.score())));
		assertThat(evaluations.find(FINANCE, e.id()).indicators().get(row).score()).isEqualByComparingTo(r.score());
	}

	@Test
	void aScoreSetByHandNeedsAReasonKeepsTheComputedScoreAndIsAudited() {
		var f = fixtures();
		SelfEvaluation e = f.opened();
		int row = EvaluationFixtures.firstAtLeast(e);
		List<EvaluationInput.Row> rows = new ArrayList<>(EvaluationFixtures.fullMarks(e));
		// 超额完成: twice the target is over-achieved, and a target set too low may be marked
		// down by hand
		rows.set(row, EvaluationFixtures.scaled(e, row, "2"));
		BigDecimal weight = e.indicators().get(row).weight();
		BigDecimal lowered = weight.subtract(BigDecimal.ONE);
		rows.set(row, EvaluationFixtures.with(rows.get(row), null, lowered.toPlainString(), "", null));
		long audits = f.auditCount(e.id());
		assertThatThrownBy(() -> evaluations.save(f.filler(), e.id(), e.version(), EvaluationFixtures.input(rows)))
			.isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.errors())
				.containsEntry("indicators[" + row + "].scoreReason", "得分与计算结果不同，请填写调整理由"));
		assertThat(evaluations.find(FINANCE, e.id()).version()).isEqualTo(e.version());
		assertThat(f.auditCount(e.id())).isEqualTo(audits);

		String why = "年度指标值设定明显偏低，按超额幅度扣 1 分";
		rows.set(row, EvaluationFixtures.with(rows.get(row), null, null, why, "实际完成为指标值的两倍，明年调高指标值"));
		SelfEvaluation saved = evaluations.save(f.filler(), e.id(), e.version(), EvaluationFixtures.input(rows));
		EvaluatedIndicator r = saved.indicators().get(row);
		assertThat(r.computed().score()).isEqualByComparingTo(weight);
		assertThat(r.overAchieved()).isTrue();
		assertThat(r.score()).isEqualByComparingTo(lowered);
		assertThat(r.override().reason()).isEqualTo(why);
		assertThat(jdbc
			.sql("select override_score from self_evaluation_indicator where evaluation_id = :e and position = :p")
			.param("e", e.id())
			.param("p", row)
			.query(BigDecimal.class)
			.single()).isEqualByComparingTo(lowered);

		List<String> changes = jdbc
			.sql("select c.new_value from audit_field_change c join audit_entry a on a.id = c.entry_id "
					+ "where a.record_type = 'SELF_EVALUATION' and a.record_id = :id and c.field = :f")
			.param("id", e.id())
			.param("f", r.name() + "（手工调整）")
			.query(String.class)
			.list();
		assertThat(changes).singleElement().asString().contains(lowered.toPlainString(), weight.toPlainString(), why);
		// the checker sees the score set by hand as such: a warning with the reason, not
		// an arithmetic error
		assertThat(evaluations.findings(FINANCE, e.id())).filteredOn(i -> i.message().contains(r.name() + "」得分"))
			.allSatisfy(i -> assertThat(i.severity()).isEqualTo(CheckSeverity.WARNING));
	}

	@Test
	void badInputIsRefusedBesideEachFieldAndNothingIsSaved() {
		var f = fixtures();
		SelfEvaluation e = f.opened();
		int a = EvaluationFixtures.firstAtLeast(e);
		int b = EvaluationFixtures.firstAtMost(e);
		List<EvaluationInput.Row> good = EvaluationFixtures.fullMarks(e);
		BigDecimal weightA = e.indicators().get(a).weight();

		List<EvaluationInput.Row> rows = new ArrayList<>(good);
		rows.set(a, EvaluationFixtures.with(good.get(a), "九", null, null, null));
		rows.set(b, EvaluationFixtures.with(good.get(b), null, "abc", "理由", null));
		assertThatThrownBy(() -> evaluations.save(f.filler(), e.id(), e.version(), EvaluationFixtures.input(rows)))
			.isInstanceOfSatisfying(RuleViolation.class, v -> {
				assertThat(v.errors().get("indicators[" + a + "].weight")).contains("分值须为数字", "九");
				assertThat(v.errors().get("indicators[" + b + "].score")).contains("得分须为数字", "abc");
			});

		rows.set(a,
				EvaluationFixtures.with(good.get(a), null, weightA.add(BigDecimal.ONE).toPlainString(), "理由", null));
		rows.set(b, EvaluationFixtures.with(good.get(b), null, "-1", "理由", null));
		assertThatThrownBy(() -> evaluations.save(f.filler(), e.id(), e.version(), EvaluationFixtures.input(rows)))
			.isInstanceOfSatisfying(RuleViolation.class, v -> {
				assertThat(v.errors().get("indicators[" + a + "].score")).contains("超过分值 " + Numbers.text(weightA));
				assertThat(v.errors().get("indicators[" + b + "].score")).contains("不能为负数");
			});

		// 分值 that make the total exceed 100, and 分值 that fall short of 100 − the 预算执行 分值
		List<EvaluationInput.Row> over = new ArrayList<>(good);
		over.set(a,
				EvaluationFixtures.with(good.get(a), weightA.add(BigDecimal.TEN).toPlainString(), null, null, null));
		assertThatThrownBy(() -> evaluations.save(f.filler(), e.id(), e.version(), EvaluationFixtures.input(over)))
			.isInstanceOfSatisfying(RuleViolation.class,
					v -> assertThat(v.errors().get("weights")).contains("超过 100 分"));
		List<EvaluationInput.Row> under = new ArrayList<>(good);
		under.set(a, EvaluationFixtures.with(good.get(a), weightA.subtract(BigDecimal.ONE).toPlainString(), null, null,
				null));
		assertThatThrownBy(() -> evaluations.save(f.filler(), e.id(), e.version(), EvaluationFixtures.input(under)))
			.isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.errors().get("weights"))
				.contains("合计须为 " + Numbers.text(BigDecimal.valueOf(100).subtract(e.executionWeight()))));

		// nothing of any attempt was kept
		SelfEvaluation unchanged = evaluations.find(FINANCE, e.id());
		assertThat(unchanged.version()).isEqualTo(e.version());
		assertThat(unchanged.indicators()).allSatisfy(r -> assertThat(r.actual()).isEmpty());
		assertThat(jdbc.sql("select sum(weight) from self_evaluation_indicator where evaluation_id = :e")
			.param("e", e.id())
			.query(BigDecimal.class)
			.single()).isEqualByComparingTo(BigDecimal.valueOf(100).subtract(e.executionWeight()));
		assertThat(f.auditCount(e.id())).isEqualTo(1);
	}

	@Test
	void invisibleControlCharactersAreRefusedBesideTheirFieldAndNothingIsSaved() {
		var f = fixtures();
		SelfEvaluation e = f.opened();
		int a = EvaluationFixtures.firstAtLeast(e);
		List<EvaluationInput.Row> rows = new ArrayList<>(EvaluationFixtures.fullMarks(e));
		EvaluationInput.Row r = rows.get(a);
		rows.set(a,
				new EvaluationInput.Row(r.weight(), r.actual(), r.band(), r.score(), r.scoreReason(), "场地\ud800受限"));
		var input = new EvaluationInput("全年完成\u0000主要任务；\n服务对象覆盖面达到预期。", "", "", "尾款\u001b跨年支付", rows);
		assertThatThrownBy(() -> evaluations.save(f.filler(), e.id(), e.version(), input)).isInstanceOfSatisfying(
				RuleViolation.class,
				v -> assertThat(v.errors()).containsEntry("completionText", "实际完成情况含有不可见的控制字符，请删除后再保存")
					.containsEntry("executionReason", "预算执行偏差原因含有不可见的控制字符，请删除后再保存")
					.hasEntrySatisfying("indicators[" + a + "].reason",
							m -> assertThat(m).endsWith("偏差原因分析及改进措施含有不可见的控制字符，请删除后再保存")));
		assertThat(evaluations.find(FINANCE, e.id()).version()).isEqualTo(e.version());
		assertThat(f.auditCount(e.id())).isEqualTo(1);
	}

	@Test
	void anEvaluationOutsideTheScopeIsNotFound() {
		var f = fixtures();
		SelfEvaluation e = f.opened();
		assertThat(evaluations.find(f.reviewer(), e.id()).id()).isEqualTo(e.id());
		assertThatThrownBy(() -> evaluations.find(f.filler("201001"), e.id())).isInstanceOf(RecordNotFound.class);
		assertThatThrownBy(() -> evaluations.find(f.filler("202"), e.id())).isInstanceOf(RecordNotFound.class);
		assertThatThrownBy(() -> evaluations.save(f.filler("202"), e.id(), e.version(),
				EvaluationFixtures.input(EvaluationFixtures.fullMarks(e))))
			.isInstanceOf(RecordNotFound.class);
		assertThat(evaluations.list(f.filler("201001"), pastYear())).extracting(SelfEvaluation::id)
			.doesNotContain(e.id());
		assertThatThrownBy(() -> evaluations.save(f.reviewer(), e.id(), e.version(),
				EvaluationFixtures.input(EvaluationFixtures.fullMarks(e))))
			.isInstanceOf(AccessDeniedException.class);
	}

}
