package org.perfdesk.evaluation.department;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.perfdesk.evaluation.EvaluationStatus;
import org.perfdesk.evaluation.common.CommonIndicatorScore;
import org.perfdesk.review.ReviewDecision;
import org.perfdesk.review.ReviewLevel;
import org.perfdesk.shared.Grade;

/**
 * 部门整体支出绩效自评表: a department's self-evaluation of its approved department target
 * (部门整体支出绩效目标) of a past fiscal year. Opened by the department's 填报人 as a draft with the
 * target's key indicators and main tasks copied in; the department writes 整体目标完成情况, the
 * 年度完成值 and 具体完成情况 of each key indicator, the completion of each task, the checklist
 * answers of the common indicators, 存在问题 and 改进措施. The money block and the
 * common-indicator scores are computed from the records while it is editable and frozen
 * at submission, with the total and the grade; then the department reviews it, then the
 * finance bureau; a return with an opinion makes it editable again, and an approved
 * evaluation is locked.
 *
 * @param departmentId the 主管部门 (the target's unit)
 * @param achievement 整体目标完成情况
 * @param problems 存在问题
 * @param measures 改进措施
 * @param adjustmentReason why the budget was adjusted (预算调整原因), required when 年度调整额 ≠ 0
 * @param submittedFunds the money block frozen at submission; null before
 * @param submittedScores the common indicators as scored at submission; empty before
 * @param totalWeight, totalScore, grade frozen at submission; null before
 */
public record DepartmentSelfEvaluation(Long id, long targetId, long departmentId, int fiscalYear,
		EvaluationStatus status, String achievement, String problems, String measures, String adjustmentReason,
		List<KeyIndicatorResult> keyIndicators, List<TaskResult> tasks, List<Response> responses,
		DepartmentFunds submittedFunds, List<CommonIndicatorScore> submittedScores, BigDecimal totalWeight,
		BigDecimal totalScore, Grade grade, int version, LocalDateTime updatedAt) {

	/**
	 * What the department answered for one common indicator: the checklist answers in
	 * item order (true 符合, false 不符合, null 未作答; empty for an indicator that is not a
	 * checklist) and the reason for a deduction.
	 */
	public record Response(String code, List<Boolean> answers, String reason) {

		public Response {
			answers = answers == null ? List.of()
					: java.util.Collections.unmodifiableList(new java.util.ArrayList<>(answers));
			reason = reason == null ? "" : reason;
		}

		public Boolean answer(int item) {
			return item < answers.size() ? answers.get(item) : null;
		}
	}

	/** 审核记录: who decided what at which level, with the opinion (审核意见). */
	public record Review(long id, ReviewLevel level, ReviewDecision decision, String opinion, String reviewer,
			LocalDateTime reviewedAt) {
	}

	public DepartmentSelfEvaluation {
		keyIndicators = List.copyOf(keyIndicators);
		tasks = List.copyOf(tasks);
		responses = List.copyOf(responses);
		submittedScores = submittedScores == null ? List.of() : List.copyOf(submittedScores);
		achievement = achievement == null ? "" : achievement;
		problems = problems == null ? "" : problems;
		measures = measures == null ? "" : measures;
		adjustmentReason = adjustmentReason == null ? "" : adjustmentReason;
	}

	public boolean editable() {
		return status.editable();
	}

	/** The department's response for a common indicator, if it gave one. */
	public Optional<Response> response(String code) {
		return responses.stream().filter(r -> r.code().equals(code)).findFirst();
	}

	/** The answers for a common indicator, or none. */
	public List<Boolean> answers(String code) {
		return response(code).map(Response::answers).orElse(List.of());
	}

	public String reason(String code) {
		return response(code).map(Response::reason).orElse("");
	}
}
