package org.perfdesk.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.perfdesk.evaluation.EvaluationFixtures.FINANCE;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.perfdesk.IntegrationTest;
import org.perfdesk.consistency.checks.DeviationReasonCheck;
import org.perfdesk.review.ReviewDecision;
import org.perfdesk.shared.ConcurrentChange;
import org.perfdesk.shared.RuleViolation;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

/**
 * Submission blocked by missing reasons and checker errors, the two reviews with a
 * return, and the lock.
 */
@IntegrationTest
@Transactional
class SelfEvaluationWorkflowTests {

	@Autowired
	SelfEvaluationManagement evaluations;

	@Autowired
	JdbcClient jdbc;

	@Test
	void missingReasonsBlockTheSubmissionBesideTheirFields() {
		var f = new EvaluationFixtures(jdbc, evaluations);
		SelfEvaluation e = f.opened();
		assertThatThrownBy(() -> evaluations.submit(f.filler(), e.id(), e.version())).isInstanceOfSatisfying(
				RuleViolation.class,
				v -> assertThat(v.errors()).containsKeys("completionText", "indicators[0].actual"));

		int row = EvaluationFixtures.firstAtLeast(e);
		List<EvaluationInput.Row> rows = new ArrayList<>(EvaluationFixtures.fullMarks(e));
		rows.set(row, EvaluationFixtures.scaled(e, row, "0.9"));
		var noReason = new EvaluationInput("全年完成主要任务。", "", "", "", rows);
		SelfEvaluation saved = evaluations.save(f.filler(), e.id(), e.version(), noReason);
		EvaluationSheet sheet = evaluations.sheet(f.filler(), e.id());
		assertThat(sheet.maySubmit()).isFalse();
		assertThat(sheet.blockers().get("indicators[" + row + "].reason")).contains("低于分值", "偏差原因分析及改进措施");
		// the checker agrees, in its own words (rule 7)
		assertThat(sheet.findings()).anySatisfy(i -> {
			assertThat(i.code()).isEqualTo(DeviationReasonCheck.CODE);
			assertThat(i.message()).contains(saved.indicators().get(row).name());
		});
		if (saved.executionScore().compareTo(saved.executionWeight()) < 0) {
			assertThat(sheet.blockers()).containsKey("executionReason");
		}
		assertThatThrownBy(() -> evaluations.submit(f.filler(), e.id(), saved.version()))
			.isInstanceOf(RuleViolation.class)
			.hasMessageContaining("偏差原因分析及改进措施");
		assertThat(evaluations.find(FINANCE, e.id()).status()).isEqualTo(EvaluationStatus.DRAFT);
	}

	@Test
	void aTableWalksThroughBothReviewsWithAReturnIsFrozenOnceSubmittedAndLockedOnceApproved() {
		var f = new EvaluationFixtures(jdbc, evaluations);
		SelfEvaluation e = f.opened();
		EvaluationInput complete = EvaluationFixtures.input(EvaluationFixtures.fullMarks(e));
		SelfEvaluation saved = evaluations.save(f.filler(), e.id(), e.version(), complete);
		EvaluationSheet sheet = evaluations.sheet(f.filler(), e.id());
		assertThat(sheet.blockers()).isEmpty();
		assertThat(sheet.errorCount()).isZero();
		assertThat(sheet.maySubmit()).isTrue();

		assertThatThrownBy(() -> evaluations.submit(f.reviewer(), e.id(), saved.version()))
			.isInstanceOf(AccessDeniedException.class);
		SelfEvaluation submitted = evaluations.submit(f.filler(), e.id(), saved.version());
		assertThat(submitted.status()).isEqualTo(EvaluationStatus.SUBMITTED);
		assertThatThrownBy(() -> evaluations.save(f.filler(), e.id(), submitted.version(), complete))
			.isInstanceOf(RuleViolation.class)
			.hasMessageContaining("待部门审核");

		// the finance bureau waits for the department; a return needs an opinion
		assertThatThrownBy(
				() -> evaluations.review(FINANCE, e.id(), submitted.version(), ReviewDecision.APPROVE, "", "财政"))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(
				() -> evaluations.review(f.reviewer(), e.id(), submitted.version(), ReviewDecision.RETURN, " ", "部门"))
			.isInstanceOf(RuleViolation.class)
			.hasMessageContaining("退回时须填写审核意见");
		assertThatThrownBy(() -> evaluations.review(f.reviewer(), e.id(), submitted.version(), ReviewDecision.RETURN,
				"请补充\u0000样本数量", "部门"))
			.isInstanceOf(RuleViolation.class)
			.hasMessage("审核意见含有不可见的控制字符，请删除后再保存");
		SelfEvaluation returned = evaluations.review(f.reviewer(), e.id(), submitted.version(), ReviewDecision.RETURN,
				"请补充满意度调查的样本数量和调查方式。", "团市委财务 张审核");
		assertThat(returned.status()).isEqualTo(EvaluationStatus.RETURNED);
		assertThat(evaluations.sheet(f.filler(), e.id()).lastReturn().opinion()).contains("样本数量");

		SelfEvaluation revised = evaluations.save(f.filler(), e.id(), returned.version(), complete);
		assertThatThrownBy(() -> evaluations.submit(f.filler(), e.id(), returned.version()))
			.isInstanceOf(ConcurrentChange.class);
		SelfEvaluation resubmitted = evaluations.submit(f.filler(), e.id(), revised.version());
		SelfEvaluation checked = evaluations.review(f.reviewer(), e.id(), resubmitted.version(), ReviewDecision.APPROVE,
				"", "团市委财务 张审核");
		assertThat(checked.status()).isEqualTo(EvaluationStatus.DEPARTMENT_APPROVED);
		assertThatThrownBy(
				() -> evaluations.review(f.reviewer(), e.id(), checked.version(), ReviewDecision.APPROVE, "", "部门"))
			.isInstanceOf(AccessDeniedException.class);
		SelfEvaluation approved = evaluations.review(FINANCE, e.id(), checked.version(), ReviewDecision.APPROVE, "同意。",
				"财政局绩效科 李审核");
		assertThat(approved.status()).isEqualTo(EvaluationStatus.APPROVED);

		assertThatThrownBy(() -> evaluations.save(f.filler(), e.id(), approved.version(), complete))
			.isInstanceOf(RuleViolation.class)
			.hasMessageContaining("已批复，已锁定");
		assertThatThrownBy(() -> evaluations.submit(f.filler(), e.id(), approved.version()))
			.isInstanceOf(RuleViolation.class)
			.hasMessageContaining("已锁定");
		assertThat(evaluations.reviews(FINANCE, e.id())).hasSize(3);
		assertThat(approved.total()).isEqualByComparingTo(saved.total());
		// created, saved, submitted, returned, submitted again, approved twice; the
		// second save changed nothing
		assertThat(f.auditCount(e.id())).isEqualTo(7);
	}

}
