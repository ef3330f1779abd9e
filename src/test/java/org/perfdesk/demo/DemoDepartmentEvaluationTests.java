package org.perfdesk.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.perfdesk.DemoYear;
import org.perfdesk.IntegrationTest;
import org.perfdesk.consistency.CheckSeverity;
import org.perfdesk.evaluation.EvaluationStatus;
import org.perfdesk.evaluation.common.CommonIndicatorScore;
import org.perfdesk.evaluation.department.DepartmentSelfEvaluation;
import org.perfdesk.evaluation.department.DepartmentSelfEvaluationManagement;
import org.perfdesk.evaluation.department.DepartmentSelfEvaluationSheet;
import org.perfdesk.evaluation.scoring.Grading;
import org.perfdesk.org.DataScope;
import org.perfdesk.org.Role;
import org.perfdesk.shared.FiscalYear;
import org.perfdesk.shared.RuleViolation;
import org.springframework.beans.factory.annotation.Autowired;
import org.assertj.core.api.Assertions;

/**
 * The demo city's 部门整体支出绩效自评 of last year: approved through both reviews, every common
 * indicator scored from the recorded figures (the year before last is recorded for the
 * “三公经费”变动率), graded by its own total, and locked.
 */
@IntegrationTest
class DemoDepartmentEvaluationTests {

	static final DataScope FINANCE = new DataScope(Role.FINANCE_REVIEWER, 0, true, Set.of());

	@Autowired
	DepartmentSelfEvaluationManagement evaluations;

	@Test
	void lastYearsLeagueEvaluationIsApprovedScoredAndLocked() {
		FiscalYear year = FiscalYear.of(DemoYear.current() - 1);
		var list = evaluations.list(FINANCE, year);
		assertThat(list).hasSize(1);
		DepartmentSelfEvaluation e = list.get(0);
		assertThat(e.status()).isEqualTo(EvaluationStatus.APPROVED);
		DepartmentSelfEvaluationSheet sheet = evaluations.sheet(FINANCE, e.id());
		assertThat(sheet.scores()).isNotEmpty()
			.allSatisfy(s -> assertThat(s.item().scorable()).as("%s: %s", s.name(), s.item().explanation()).isTrue());
		assertThat(sheet.scores()).filteredOn(s -> s.item().score().compareTo(s.item().weight()) < 0)
			.isNotEmpty()
			.allSatisfy(s -> assertThat(e.reason(s.code())).as(s.name()).isNotBlank());
		var sum = sheet.scores()
			.stream()
			.map(CommonIndicatorScore::item)
			.map(i -> i.score())
			.reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add);
		assertThat(sheet.totalScore()).isEqualByComparingTo(sum);
		assertThat(sheet.grade()).isEqualTo(Grading.gradeOf(sheet.gradeBasis()));
		assertThat(sheet.findings()).noneMatch(f -> f.severity() == CheckSeverity.ERROR);
		assertThat(sheet.reviews()).hasSize(2);
		DataScope filler = new DataScope(Role.UNIT_FILLER, e.departmentId(), false, Set.of(e.departmentId()));
		Assertions.assertThatThrownBy(() -> evaluations.submit(filler, e.id(), e.version()))
			.isInstanceOf(RuleViolation.class);
	}

}
