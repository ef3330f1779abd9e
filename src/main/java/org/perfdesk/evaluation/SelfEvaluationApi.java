package org.perfdesk.evaluation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.perfdesk.consistency.CheckSeverity;
import org.perfdesk.consistency.Finding;
import org.perfdesk.evaluation.scoring.Qualitative;
import org.perfdesk.evaluation.scoring.ScoredItem;
import org.perfdesk.execution.SourceAmounts;
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
 * {@code /api/v1/evaluations}: the 项目支出绩效自评表 with its scores, with the same rules as the
 * pages.
 */
@RestController
@RequestMapping("/api/v1/evaluations")
@Tag(name = "绩效自评", description = "项目支出绩效自评表的开始、填报、计分、一致性校验、提交与审核；金额单位为元")
class SelfEvaluationApi {

	private final SelfEvaluationManagement evaluations;

	private final CurrentUser currentUser;

	SelfEvaluationApi(SelfEvaluationManagement evaluations, CurrentUser currentUser) {
		this.evaluations = evaluations;
		this.currentUser = currentUser;
	}

	@Schema(description = "自评表列表的一行")
	record Summary(long id, long targetId, long projectId, long unitId, String unitName, String project, int fiscalYear,
			EvaluationStatus status, @Schema(description = "预算执行得分") BigDecimal executionScore, BigDecimal total,
			Grade grade) {
	}

	@Schema(description = "待自评：已批复、尚未开始自评的项目绩效目标")
	record Pending(long targetId, long unitId, String unitName, String project) {
	}

	@Schema(description = "某预算年度的自评表与待自评目标")
	record YearResponse(int fiscalYear, @Schema(description = "预算年度已结束，可开展自评") boolean ended, List<Summary> evaluations,
			List<Pending> pending) {
	}

	@Schema(description = "按资金来源的金额（元）")
	record Amounts(BigDecimal fiscalAppropriation, BigDecimal carryOver, BigDecimal otherFunds, BigDecimal total) {

		static Amounts of(SourceAmounts a) {
			return new Amounts(a.fiscalAppropriation().yuan(), a.carryOver().yuan(), a.otherFunds().yuan(),
					a.total().yuan());
		}
	}

	@Schema(description = "一项得分：计入总分的得分、计算得分及其规则、输入和算式说明，手工调整的理由")
	record Score(BigDecimal weight, @Schema(description = "计入总分的得分；未计分时为空") BigDecimal score,
			@Schema(description = "按计分规则计算的得分") BigDecimal computedScore, String rule, String inputs,
			String explanation, Set<ScoredItem.Flag> flags, boolean overridden,
			@Schema(description = "手工调整理由") String overrideReason) {

		static Score of(ScoredItem computed, ManualOverride override) {
			return new Score(computed.weight(), override != null ? override.score() : computed.score(),
					computed.score(), computed.rule(), computed.inputs(), computed.explanation(), computed.flags(),
					override != null, override == null ? null : override.reason());
		}
	}

	@Schema(description = "一项绩效指标")
	record Row(int position, String category, String subcategory, String name,
			@Schema(description = "年度指标值") String targetValue, @Schema(description = "实际完成值") String actual,
			Qualitative.Band band, Score score, @Schema(description = "偏差原因分析及改进措施") String reason) {
	}

	@Schema(description = "一致性校验发现")
	record Finding(String code, CheckSeverity severity, String message) {
	}

	@Schema(description = "项目支出绩效自评表")
	record Detail(long id, long targetId, long projectId, long unitId, String unitName, String departmentName,
			String project, int fiscalYear, EvaluationStatus status, int version,
			@Schema(description = "年初预算数") Amounts initialBudget, @Schema(description = "全年预算数") Amounts fullYearBudget,
			@Schema(description = "全年执行数") Amounts executed, @Schema(description = "执行率（小数）") BigDecimal executionRate,
			@Schema(description = "预算执行得分") Score execution, String executionReason,
			@Schema(description = "年度总体目标") String objective, @Schema(description = "实际完成情况") String completionText,
			List<Row> indicators, BigDecimal total, Grade grade, List<Finding> findings,
			@Schema(description = "提交前须处理的问题，字段 → 说明") Map<String, String> blockers, List<EvaluationReview> reviews) {

		static Detail of(EvaluationSheet sheet) {
			SelfEvaluation e = sheet.evaluation();
			return new Detail(e.id(), e.targetId(), e.projectId(), e.unitId(), sheet.unitName(), sheet.departmentName(),
					sheet.projectLabel(), e.fiscalYear(), e.status(), e.version(), Amounts.of(e.initialBudget()),
					Amounts.of(e.fullYearBudget()), Amounts.of(e.executed()), e.executionRate(),
					Score.of(e.execution(), e.executionOverride()), e.executionReason(), e.objective(),
					e.completionText(),
					e.indicators()
						.stream()
						.map(r -> new Row(r.position(), r.category().label(), r.subcategory().label(), r.name(),
								r.targetValue(), r.actual(), r.band(), Score.of(r.computed(), r.override()),
								r.reason()))
						.toList(),
					e.total(), e.grade(),
					sheet.findings().stream().map(f -> new Finding(f.code(), f.severity(), f.message())).toList(),
					sheet.blockers(), sheet.reviews());
		}
	}

	record OpenRequest(
			@Schema(description = "已批复的项目绩效目标 id", requiredMode = Schema.RequiredMode.REQUIRED) Long targetId) {
	}

	@Schema(description = "一项指标的填报；与自评表的指标一一对应、顺序相同")
	record RowRequest(@Schema(description = "分值") BigDecimal weight, @Schema(description = "实际完成值") String actual,
			@Schema(description = "定性指标的达成档次") Qualitative.Band band,
			@Schema(description = "定性指标的档内得分，或手工调整得分；为空时取计算得分") BigDecimal score,
			@Schema(description = "手工调整理由") String scoreReason, @Schema(description = "偏差原因分析及改进措施") String reason) {
	}

	@Schema(description = "自评表的保存请求")
	record SaveRequest(
			@Schema(description = "读取时的 version", requiredMode = Schema.RequiredMode.REQUIRED) Integer version,
			@Schema(description = "实际完成情况") String completionText,
			@Schema(description = "预算执行手工调整得分") BigDecimal executionScore, String executionScoreReason,
			@Schema(description = "预算执行偏差原因") String executionReason, List<RowRequest> indicators) {
	}

	record SubmitRequest(
			@Schema(description = "读取时的 version", requiredMode = Schema.RequiredMode.REQUIRED) Integer version) {
	}

	record ReviewRequest(Integer version, ReviewDecision decision, @Schema(description = "审核意见，退回时必填") String opinion) {
	}

	@GetMapping
	@Operation(summary = "自评表列表", description = "指定预算年度、数据权限范围内的自评表，以及待自评的已批复项目目标")
	YearResponse list(@RequestParam int year) {
		if (!FiscalYear.isValid(year)) {
			throw new RuleViolation("year", "预算年度须在 " + FiscalYear.MIN + " 至 " + FiscalYear.MAX + " 之间");
		}
		EvaluationYear y = evaluations.year(currentUser.scope(), FiscalYear.of(year));
		return new YearResponse(y.fiscalYear(), y.ended(),
				y.evaluations()
					.stream()
					.map(l -> new Summary(l.evaluation().id(), l.evaluation().targetId(), l.evaluation().projectId(),
							l.evaluation().unitId(), l.unitName(), l.projectLabel(), l.evaluation().fiscalYear(),
							l.evaluation().status(), l.evaluation().executionScore(), l.evaluation().total(),
							l.evaluation().grade()))
					.toList(),
				y.pending()
					.stream()
					.map(p -> new Pending(p.targetId(), p.unitId(), p.unitName(), p.projectLabel()))
					.toList());
	}

	@GetMapping("/{id}")
	@Operation(summary = "自评表", description = "各项得分及其规则、输入和算式说明，一致性校验发现，提交前须处理的问题，审核记录")
	Detail get(@PathVariable long id) {
		return Detail.of(evaluations.sheet(currentUser.scope(), id));
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "开始自评", description = "仅本单位填报人，对预算年度已结束的已批复项目绩效目标；预算执行数和指标从预算执行和目标带入")
	Detail open(@RequestBody OpenRequest request) {
		if (request.targetId() == null) {
			throw new RuleViolation("targetId", "请指定绩效目标");
		}
		SelfEvaluation e = evaluations.open(currentUser.scope(), request.targetId());
		return get(e.id());
	}

	@PutMapping("/{id}")
	@Operation(summary = "保存自评表", description = "仅本单位填报人；保存后重新计分。输入有误返回 400 及逐字段中文说明，他人已修改返回 409")
	Detail save(@PathVariable long id, @RequestBody SaveRequest request) {
		List<RowRequest> rows = request.indicators() == null ? List.of() : request.indicators();
		var input = new EvaluationInput(request.completionText(), text(request.executionScore()),
				request.executionScoreReason(), request.executionReason(),
				rows.stream()
					.map(r -> new EvaluationInput.Row(text(r.weight()), r.actual(), r.band(), text(r.score()),
							r.scoreReason(), r.reason()))
					.toList());
		if (request.version() == null) {
			throw new RuleViolation("version", "请带回读取自评表时的 version");
		}
		evaluations.save(currentUser.scope(), id, request.version(), input);
		return get(id);
	}

	@PostMapping("/{id}/submit")
	@Operation(summary = "提交自评表", description = "须无一致性校验错误、必填的偏差原因均已填写；提交后得分不再重新计算")
	Detail submit(@PathVariable long id, @RequestBody SubmitRequest request) {
		evaluations.submit(currentUser.scope(), id, versionOf(id, request.version()));
		return get(id);
	}

	@PostMapping("/{id}/review")
	@Operation(summary = "审核自评表", description = "部门审核人审核已提交的自评表，财政审核人审核部门已审的；退回须填写意见")
	Detail review(@PathVariable long id, @RequestBody ReviewRequest request) {
		evaluations.review(currentUser.scope(), id, versionOf(id, request.version()), request.decision(),
				request.opinion(), currentUser.account().displayName());
		return get(id);
	}

	private int versionOf(long id, Integer version) {
		return version != null ? version : evaluations.find(currentUser.scope(), id).version();
	}

	private static String text(BigDecimal n) {
		return n == null ? null : n.toPlainString();
	}

}
