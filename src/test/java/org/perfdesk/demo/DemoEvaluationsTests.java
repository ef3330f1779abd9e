package org.perfdesk.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.perfdesk.DemoYear;
import org.perfdesk.IntegrationTest;
import org.perfdesk.consistency.CheckSeverity;
import org.perfdesk.evaluation.EvaluatedIndicator;
import org.perfdesk.evaluation.EvaluationInput;
import org.perfdesk.evaluation.EvaluationReview;
import org.perfdesk.evaluation.EvaluationStatus;
import org.perfdesk.evaluation.SelfEvaluation;
import org.perfdesk.evaluation.SelfEvaluationManagement;
import org.perfdesk.evaluation.scoring.Grading;
import org.perfdesk.org.DataScope;
import org.perfdesk.org.Role;
import org.perfdesk.review.ReviewDecision;
import org.perfdesk.review.ReviewLevel;
import org.perfdesk.shared.FiscalYear;
import org.perfdesk.shared.Grade;
import org.perfdesk.shared.RuleViolation;
import org.perfdesk.targets.PerformanceTarget;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/** The demo city's self-evaluations of the previous year, read back from the database. */
@IntegrationTest
@Transactional
class DemoEvaluationsTests {

	static final DataScope FINANCE = new DataScope(Role.FINANCE_REVIEWER, 0, true, Set.of());

	@Autowired
	SelfEvaluationManagement evaluations;

	@Autowired
	JdbcClient jdbc;

	static FiscalYear previous() {
		return FiscalYear.of(DemoYear.current() - 1);
	}

	List<SelfEvaluation> all() {
		return evaluations.list(FINANCE, previous());
	}

	@Test
	void theGradesSpreadOverExcellentGoodAndFairAsTheStoredTotalsSay() {
		List<BigDecimal> totals = jdbc.sql("select total_score from self_evaluation where fiscal_year = :y")
			.param("y", previous().value())
			.query(BigDecimal.class)
			.list();
		Map<Grade, Long> grades = totals.stream()
			.collect(Collectors.groupingBy(Grading::gradeOf, Collectors.counting()));
		assertThat(grades).containsKeys(Grade.EXCELLENT, Grade.GOOD, Grade.FAIR);
		assertThat(grades.get(Grade.GOOD)).isGreaterThanOrEqualTo(2);
		// most are 优
		assertThat(grades.get(Grade.EXCELLENT) * 2).isGreaterThan(totals.size());

		for (SelfEvaluation e : all()) {
			// the stored total is the 预算执行 score plus every row's score as it counts, and
			// the grade is the total's
			BigDecimal sum = e.indicators()
				.stream()
				.map(EvaluatedIndicator::score)
				.reduce(e.executionScore(), BigDecimal::add);
			assertThat(e.total()).isEqualByComparingTo(sum);
			assertThat(e.grade()).isEqualTo(Grading.gradeOf(e.total()));
		}
	}

	@Test
	void mostAreApprovedAndLockedOneWaitsForTheFinanceBureauOneWasReturnedWithAnOpinion() {
		List<SelfEvaluation> all = all();
		Map<EvaluationStatus, Long> statuses = all.stream()
			.collect(Collectors.groupingBy(SelfEvaluation::status, Collectors.counting()));
		assertThat(statuses.get(EvaluationStatus.APPROVED) * 2).isGreaterThan(all.size());
		assertThat(statuses.get(EvaluationStatus.DEPARTMENT_APPROVED)).isEqualTo(1);
		assertThat(statuses.get(EvaluationStatus.RETURNED)).isEqualTo(1);
		assertThat(statuses).doesNotContainKeys(EvaluationStatus.DRAFT, EvaluationStatus.SUBMITTED);

		SelfEvaluation returned = all.stream()
			.filter(e -> e.status() == EvaluationStatus.RETURNED)
			.findFirst()
			.orElseThrow();
		List<EvaluationReview> reviews = evaluations.reviews(FINANCE, returned.id());
		assertThat(reviews).hasSize(1);
		assertThat(reviews.get(0).level()).isEqualTo(ReviewLevel.DEPARTMENT);
		assertThat(reviews.get(0).decision()).isEqualTo(ReviewDecision.RETURN);
		assertThat(reviews.get(0).opinion()).isNotBlank();

		for (SelfEvaluation e : all.stream().filter(e -> e.status() == EvaluationStatus.APPROVED).toList()) {
			assertThat(evaluations.reviews(FINANCE, e.id())).extracting(EvaluationReview::level)
				.containsExactlyInAnyOrder(ReviewLevel.DEPARTMENT, ReviewLevel.FINANCE);
			DataScope filler = new DataScope(Role.UNIT_FILLER, e.unitId(), false, Set.of(e.unitId()));
			assertThat(SelfEvaluationManagement.mayEdit(filler, e)).isFalse();
			assertThatThrownBy(() -> evaluations.save(filler, e.id(), e.version(), sameAgain(e)))
				.isInstanceOf(RuleViolation.class)
				.hasMessageContaining("已锁定");
		}
	}

	@Test
	void someTargetsAreLeftForTheUnitsToEvaluateAmongThemThePalacesOne() {
		List<PerformanceTarget> pending = evaluations.pending(FINANCE, previous());
		assertThat(pending).hasSizeBetween(1, 2);
		long palace = jdbc.sql("select id from org_unit where code = '201001'").query(Long.class).single();
		assertThat(pending).extracting(PerformanceTarget::unitId).contains(palace);
		assertThat(evaluations.list(FINANCE, previous())).extracting(SelfEvaluation::projectId)
			.doesNotContainAnyElementsOf(pending.stream().map(PerformanceTarget::projectId).toList());
	}

	@Test
	void everySubmittedTablePassedTheSubmissionRulesAndShowsTheCasesWorthSeeing() {
		List<SelfEvaluation> all = all();
		for (SelfEvaluation e : all) {
			assertThat(evaluations.findings(FINANCE, e.id())).noneMatch(f -> f.severity() == CheckSeverity.ERROR);
			assertThat(e.completionText()).isNotBlank();
			if (e.executionScore().compareTo(e.executionWeight()) < 0) {
				assertThat(e.executionReason()).isNotBlank();
			}
			for (EvaluatedIndicator r : e.indicators()) {
				assertThat(r.actual()).isNotBlank();
				assertThat(r.score()).isNotNull();
				if (r.deducted() || r.overAchieved()) {
					assertThat(r.reason()).as(r.name()).isNotBlank();
				}
				if (r.overridden()) {
					assertThat(r.override().reason()).isNotBlank();
				}
			}
		}
		List<EvaluatedIndicator> rows = all.stream().flatMap(e -> e.indicators().stream()).toList();
		// an over-achieved indicator explained, and a score lowered by hand although the
		// rules gave full marks
		assertThat(rows).anyMatch(EvaluatedIndicator::overAchieved);
		assertThat(rows).anyMatch(r -> r.overridden() && r.override().computedScore() != null
				&& r.override().score().compareTo(r.override().computedScore()) < 0);
		// 时限 indicators are answered, scored by hand because the rules do not score dates
		assertThat(rows).filteredOn(r -> r.name().equals(DemoEvaluations.TIMELINESS))
			.isNotEmpty()
			.allMatch(r -> r.overridden() && !r.computed().scorable());
		// the 中 project fell short on a quantity and on its benefit, both explained
		SelfEvaluation fair = all.stream().filter(e -> e.grade() == Grade.FAIR).findFirst().orElseThrow();
		Map<String, EvaluatedIndicator> byCategory = fair.indicators()
			.stream()
			.filter(EvaluatedIndicator::deducted)
			.collect(Collectors.toMap(r -> r.category().name(), Function.identity(), (a, b) -> a));
		assertThat(byCategory).containsKeys("OUTPUT", "BENEFIT");
	}

	private static EvaluationInput sameAgain(SelfEvaluation e) {
		return new EvaluationInput(e.completionText(), "", "", e.executionReason(),
				e.indicators()
					.stream()
					.map(r -> new EvaluationInput.Row(r.weight().toPlainString(), r.actual(), r.band(),
							r.overridden() ? r.override().score().toPlainString() : "",
							r.overridden() ? r.override().reason() : "", r.reason()))
					.toList());
	}

}
