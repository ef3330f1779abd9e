package org.perfdesk.evaluation.department;

import java.math.BigDecimal;
import java.util.List;

import org.perfdesk.consistency.Finding;
import org.perfdesk.evaluation.common.CommonIndicatorScore;
import org.perfdesk.org.CurrentUser;
import org.perfdesk.review.ReviewDecision;
import org.perfdesk.shared.FiscalYear;
import org.perfdesk.shared.Grade;
import org.perfdesk.shared.RuleViolation;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * {@code /api/v1/evaluations/departments}: department self-evaluations with the same
 * rules as the pages.
 */
@RestController
@RequestMapping("/api/v1/evaluations/departments")
@Tag(name = "部门整体支出绩效自评", description = "部门整体支出绩效自评表的开始、填报、提交与审核；金额单位为元，比率为百分数")
class DepartmentSelfEvaluationApi {

	private final DepartmentSelfEvaluationManagement evaluations;

	private final CurrentUser currentUser;

	DepartmentSelfEvaluationApi(DepartmentSelfEvaluationManagement evaluations, CurrentUser currentUser) {
		this.evaluations = evaluations;
		this.currentUser = currentUser;
	}

	@Schema(description = "自评表及其计算结果")
	record SheetResponse(DepartmentSelfEvaluation evaluation, String departmentName,
			@Schema(description = "部门资金情况（元）；草稿时按当前登记的数据计算，提交后为定格数据") DepartmentFunds funds,
			@Schema(description = "预算完成率（%）") BigDecimal completionRate,
			@Schema(description = "预算调整率（%）") BigDecimal adjustmentRate, List<CommonIndicatorScore> scores,
			BigDecimal totalWeight, BigDecimal totalScore, Grade grade, List<Finding> findings) {

		static SheetResponse of(DepartmentSelfEvaluationSheet s) {
			return new SheetResponse(s.evaluation(), s.departmentName(), s.funds(), s.funds().completionRate(),
					s.funds().adjustmentRate(), s.scores(), s.totalWeight(), s.totalScore(), s.grade(), s.findings());
		}
	}

	record OpenRequest(
			@Schema(description = "已批复的部门整体支出绩效目标 id", requiredMode = Schema.RequiredMode.REQUIRED) Long targetId) {
	}

	@Schema(description = "保存请求；keyIndicators、taskCompletions 与自评表的关键指标、主要任务一一对应、顺序相同")
	record SaveRequest(String achievement, String problems, String measures, String adjustmentReason,
			List<DepartmentSelfEvaluationInput.KeyIndicatorEntry> keyIndicators, List<String> taskCompletions,
			@Schema(description = "共性指标的检查项答案（Y 符合 / N 不符合 / 空 未作答）和扣分原因") List<DepartmentSelfEvaluationInput.ResponseEntry> responses,
			@Schema(description = "读取时的 version", requiredMode = Schema.RequiredMode.REQUIRED) Integer version) {
	}

	record SubmitRequest(Integer version) {
	}

	record ReviewRequest(Integer version, ReviewDecision decision, @Schema(description = "审核意见，退回时必填") String opinion) {
	}

	@GetMapping
	@Operation(summary = "自评表列表", description = "指定年度数据权限范围内的部门整体支出绩效自评表")
	List<DepartmentSelfEvaluation> list(@RequestParam int year) {
		if (!FiscalYear.isValid(year)) {
			throw new RuleViolation("year", "预算年度须在 " + FiscalYear.MIN + " 至 " + FiscalYear.MAX + " 之间");
		}
		return evaluations.list(currentUser.scope(), FiscalYear.of(year));
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "开始自评", description = "仅本部门填报人；目标须为已结束年度的已批复部门整体支出绩效目标；已开始的返回原自评表")
	DepartmentSelfEvaluation open(@RequestBody OpenRequest request) {
		if (request.targetId() == null) {
			throw new RuleViolation("targetId", "请指定部门整体支出绩效目标");
		}
		return evaluations.open(currentUser.scope(), request.targetId());
	}

	@GetMapping("/{id}")
	@Operation(summary = "自评表", description = "自评表、部门资金情况、共性指标得分、总分、等级和一致性校验发现")
	SheetResponse sheet(@PathVariable long id) {
		return SheetResponse.of(evaluations.sheet(currentUser.scope(), id));
	}

	@PutMapping("/{id}")
	@Operation(summary = "保存自评表", description = "仅本部门填报人；输入有误返回 400 及逐字段中文说明，他人已修改返回 409")
	DepartmentSelfEvaluation save(@PathVariable long id, @RequestBody SaveRequest r) {
		return evaluations.save(
				currentUser.scope(), id, new DepartmentSelfEvaluationInput(r.achievement(), r.problems(), r.measures(),
						r.adjustmentReason(), r.keyIndicators(), r.taskCompletions(), r.responses()),
				versionOf(id, r.version()));
	}

	@PostMapping("/{id}/submit")
	@Operation(summary = "提交自评表", description = "检查必填内容并定格部门资金情况、得分、总分和等级")
	DepartmentSelfEvaluation submit(@PathVariable long id, @RequestBody SubmitRequest r) {
		return evaluations.submit(currentUser.scope(), id, versionOf(id, r.version()));
	}

	@PostMapping("/{id}/review")
	@Operation(summary = "审核自评表", description = "部门审核人审核已提交的，财政审核人审核部门已审的；退回须填写意见")
	DepartmentSelfEvaluation review(@PathVariable long id, @RequestBody ReviewRequest r) {
		return evaluations.review(currentUser.scope(), id, versionOf(id, r.version()), r.decision(), r.opinion(),
				currentUser.account().displayName());
	}

	private int versionOf(long id, Integer version) {
		return version != null ? version : evaluations.find(currentUser.scope(), id).version();
	}

}
