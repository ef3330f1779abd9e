package org.perfdesk.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.perfdesk.org.DataScope;
import org.perfdesk.org.Role;
import org.perfdesk.shared.Grade;
import org.perfdesk.shared.RecordChanged.Action;

/**
 * The one review rule: levels, who acts at which stage, what a decision needs, where it
 * leads.
 */
class ReviewRuleTests {

	private static final DataScope DEPARTMENT = new DataScope(Role.DEPARTMENT_REVIEWER, 10, false, Set.of(10L, 11L));

	private static final DataScope FINANCE = new DataScope(Role.FINANCE_REVIEWER, 1, true, Set.of());

	private static final DataScope FILLER = new DataScope(Role.UNIT_FILLER, 11, false, Set.of(11L));

	@Test
	void aSubmittedRecordWaitsForTheDepartmentThenTheFinanceBureau() {
		assertThat(ReviewRule.awaiting(ReviewRule.Stage.SUBMITTED)).isEqualTo(ReviewLevel.DEPARTMENT);
		assertThat(ReviewRule.awaiting(ReviewRule.Stage.DEPARTMENT_APPROVED)).isEqualTo(ReviewLevel.FINANCE);
		assertThat(ReviewRule.awaiting(ReviewRule.Stage.NONE)).isNull();
	}

	/** Shaped like the statuses of targets, monitoring reports and self-evaluations. */
	enum SomeStatus {

		DRAFT, SUBMITTED, DEPARTMENT_APPROVED, APPROVED, RETURNED

	}

	@Test
	void aStatusIsInReviewByItsNameAndOnlyWhileItWaitsForAReviewer() {
		assertThat(ReviewRule.Stage.of(SomeStatus.SUBMITTED)).isEqualTo(ReviewRule.Stage.SUBMITTED);
		assertThat(ReviewRule.Stage.of(SomeStatus.DEPARTMENT_APPROVED)).isEqualTo(ReviewRule.Stage.DEPARTMENT_APPROVED);
		for (SomeStatus other : new SomeStatus[] { SomeStatus.DRAFT, SomeStatus.APPROVED, SomeStatus.RETURNED }) {
			assertThat(ReviewRule.Stage.of(other)).isEqualTo(ReviewRule.Stage.NONE);
			assertThat(ReviewRule.awaiting(ReviewRule.Stage.of(other))).isNull();
		}
	}

	@Test
	void onlyTheReviewerOfTheAwaitedLevelWithinScopeMayAct() {
		assertThat(ReviewRule.mayReview(DEPARTMENT, ReviewLevel.DEPARTMENT, 11)).isTrue();
		assertThat(ReviewRule.mayReview(DEPARTMENT, ReviewLevel.DEPARTMENT, 99)).isFalse();
		assertThat(ReviewRule.mayReview(DEPARTMENT, ReviewLevel.FINANCE, 11)).isFalse();
		assertThat(ReviewRule.mayReview(FINANCE, ReviewLevel.FINANCE, 11)).isTrue();
		assertThat(ReviewRule.mayReview(FINANCE, ReviewLevel.DEPARTMENT, 11)).isFalse();
		assertThat(ReviewRule.mayReview(FILLER, ReviewLevel.DEPARTMENT, 11)).isFalse();
		assertThat(ReviewRule.mayReview(FINANCE, null, 11)).isFalse();
	}

	@Test
	void aReturnNeedsAnOpinionAndADecisionIsRequired() {
		assertThat(ReviewRule.problems(ReviewDecision.RETURN, "  ")).containsOnlyKeys("opinion")
			.containsValue("退回时须填写审核意见，写明需要修改的内容");
		assertThat(ReviewRule.problems(null, "同意")).containsOnlyKeys("decision");
		assertThat(ReviewRule.problems(ReviewDecision.APPROVE, null)).isEmpty();
		assertThat(ReviewRule.problems(ReviewDecision.APPROVE, "意".repeat(ReviewRule.MAX_OPINION + 1)))
			.containsEntry("opinion", "审核意见过长：2001 字，上限 2000 字");
	}

	@Test
	void theStepLeadsBackToTheFillerOnToFinanceOrToTheEnd() {
		assertThat(ReviewRule.next(ReviewLevel.DEPARTMENT, ReviewDecision.RETURN, "退回", "部门通过", "批复")).isEqualTo("退回");
		assertThat(ReviewRule.next(ReviewLevel.DEPARTMENT, ReviewDecision.APPROVE, "退回", "部门通过", "批复"))
			.isEqualTo("部门通过");
		assertThat(ReviewRule.next(ReviewLevel.FINANCE, ReviewDecision.APPROVE, "退回", "部门通过", "批复")).isEqualTo("批复");
		assertThat(ReviewRule.action(ReviewDecision.RETURN)).isEqualTo(Action.RETURN);
		assertThat(ReviewRule.action(ReviewDecision.APPROVE)).isEqualTo(Action.APPROVE);
	}

	@Test
	void configuredGradesForceAReturn() {
		var grades = new ReturnGrades(Set.of(Grade.FAIR, Grade.POOR));
		assertThat(grades.refusal(ReviewDecision.APPROVE, Grade.GOOD, Grade.EXCELLENT)).isNull();
		assertThat(grades.refusal(ReviewDecision.APPROVE, Grade.GOOD, Grade.POOR)).contains("须退回修改");
		assertThat(grades.refusal(ReviewDecision.RETURN, Grade.POOR)).isNull();
		assertThat(new ReturnGrades(Set.of()).refusal(ReviewDecision.APPROVE, Grade.POOR)).isNull();
	}

}
