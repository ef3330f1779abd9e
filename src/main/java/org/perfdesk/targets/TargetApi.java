package org.perfdesk.targets;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.perfdesk.indicator.Comparison;
import org.perfdesk.indicator.IndicatorScheme;
import org.perfdesk.indicator.IndicatorSubcategory;
import org.perfdesk.indicator.TargetValue;
import org.perfdesk.org.CurrentUser;
import org.perfdesk.org.DataScope;
import org.perfdesk.org.OrgDirectory;
import org.perfdesk.review.ReviewDecision;
import org.perfdesk.shared.Amount;
import org.perfdesk.shared.FiscalYear;
import org.perfdesk.shared.Grade;
import org.perfdesk.shared.RuleViolation;
import org.perfdesk.targets.quality.Finding;
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
 * {@code /api/v1/targets}: targets under the caller's data scope, with the same rules as
 * the pages.
 */
@RestController
@RequestMapping("/api/v1/targets")
@Tag(name = "绩效目标", description = "项目支出与部门整体支出绩效目标的填报、提交、审核与调整；金额单位为元")
class TargetApi {

	private final TargetManagement targets;

	private final CurrentUser currentUser;

	private final OrgDirectory directory;

	TargetApi(TargetManagement targets, CurrentUser currentUser, OrgDirectory directory) {
		this.targets = targets;
		this.currentUser = currentUser;
		this.directory = directory;
	}

	@Schema(description = "三级指标")
	record IndicatorBody(
			@Schema(description = "二级指标，如 QUANTITY 数量指标、SERVICE_SATISFACTION 服务对象满意度指标",
					requiredMode = Schema.RequiredMode.REQUIRED) IndicatorSubcategory subcategory,
			@Schema(description = "三级指标名称", requiredMode = Schema.RequiredMode.REQUIRED) String name,
			@Schema(description = "指标解释") String explanation,
			@Schema(description = "指标值，如 ≥500人次、=100%、2026年12月底前、效果明显", example = "≥500人次") String value,
			@Schema(description = "指标值确定依据") ValueBasis basis, @Schema(description = "分值") BigDecimal weight,
			@Schema(description = "评(扣)分标准") String scoringRule, @Schema(description = "核心指标") Boolean core,
			@Schema(description = "数据来源") String dataSource,
			@Schema(description = "取自指标库的条目编号") Long catalogueEntryId) {
	}

	@Schema(description = "年度主要任务（部门整体支出目标）；金额单位为元")
	record TaskBody(String name, String content, BigDecimal fiscalFunds, BigDecimal otherFunds) {
	}

	@Schema(description = "绩效目标的填报或修改请求；项目目标填 projectId，部门整体目标填 departmentId 和 fiscalYear")
	record TargetRequest(@Schema(description = "项目编号（项目支出绩效目标）") Long projectId,
			@Schema(description = "主管部门编号（部门整体支出绩效目标）") Long departmentId,
			@Schema(description = "预算年度（部门整体支出绩效目标）") Integer fiscalYear,
			@Schema(description = "中期目标") String mediumTermObjective,
			@Schema(description = "年度目标 / 年度总体目标") String annualObjective,
			@Schema(description = "年度财政拨款（元）") BigDecimal fiscalFunds,
			@Schema(description = "年度其他资金（元）") BigDecimal otherFunds,
			@Schema(description = "3、6、9、12 月底累计支出计划（%），4 个数") List<BigDecimal> spendingPlan,
			@Schema(description = "部门职能概述") String duties, List<TaskBody> tasks,
			@Schema(description = "工作重点") String workFocus, @Schema(description = "保障措施") String safeguards,
			List<IndicatorBody> indicators, @Schema(description = "修改时带回读取到的 version，他人已修改则返回 409") Integer version) {

		TargetContent toContent(TargetKind kind, int year) {
			SpendingPlan plan = null;
			if (spendingPlan != null) {
				if (spendingPlan.size() != 4 || spendingPlan.contains(null)) {
					throw new RuleViolation("spendingPlan", "资金支出计划须为 4 个数：3、6、9、12 月底的累计比例（%）");
				}
				plan = new SpendingPlan(spendingPlan.get(0), spendingPlan.get(1), spendingPlan.get(2),
						spendingPlan.get(3));
			}
			var errors = new LinkedHashMap<String, String>();
			List<KeyTask> keyTasks = new ArrayList<>();
			for (int i = 0; tasks != null && i < tasks.size(); i++) {
				TaskBody t = tasks.get(i);
				keyTasks.add(new KeyTask(t.name(), t.content(),
						yuan("tasks[" + i + "].fiscalFunds", t.fiscalFunds(), errors),
						yuan("tasks[" + i + "].otherFunds", t.otherFunds(), errors)));
			}
			Amount fiscal = yuan("fiscalFunds", fiscalFunds, errors);
			Amount other = yuan("otherFunds", otherFunds, errors);
			if (!errors.isEmpty()) {
				throw new RuleViolation(errors);
			}
			List<Indicator> list = indicators == null ? List.of() : indicators.stream()
				.map(i -> new Indicator(i.subcategory(), i.name() == null ? "" : i.name().strip(), i.explanation(),
						TargetValue.parse(i.value() == null ? "" : i.value(), year), i.basis(), i.weight(),
						i.scoringRule(), Boolean.TRUE.equals(i.core()), i.dataSource(), i.catalogueEntryId()))
				.toList();
			return new TargetContent(kind, null, mediumTermObjective, annualObjective, fiscal, other, plan, duties,
					keyTasks, workFocus, safeguards, list);
		}

		/**
		 * Yuan with at most two decimals; more would be fractions of a fen and are
		 * refused rather than rounded.
		 */
		private static Amount yuan(String field, BigDecimal value, Map<String, String> errors) {
			if (value == null) {
				return Amount.ZERO;
			}
			if (value.stripTrailingZeros().scale() > 2) {
				errors.put(field, "金额以元填写时最多两位小数");
				return Amount.ZERO;
			}
			return Amount.ofYuan(value);
		}
	}

	@Schema(description = "指标值的识别结果")
	record ValueResponse(String typed, String normalised, TargetValue.Kind kind, Comparison comparison,
			BigDecimal number, BigDecimal upper, String unit, LocalDate deadline, String warning) {

		static ValueResponse of(TargetValue v) {
			return new ValueResponse(v.typed(), v.normalised(), v.kind(), v.comparison(), v.number(), v.upper(),
					v.unit(), v.deadline(), v.warning());
		}
	}

	record IndicatorResponse(IndicatorSubcategory subcategory, String category, String subcategoryLabel, String name,
			String explanation, ValueResponse value, ValueBasis basis, BigDecimal weight, String scoringRule,
			boolean core, String dataSource, Long catalogueEntryId) {
	}

	record TaskResponse(String name, String content, BigDecimal fiscalFunds, BigDecimal otherFunds, BigDecimal total) {
	}

	@Schema(description = "绩效目标；金额单位为元")
	record TargetResponse(long id, TargetKind kind, long unitId, String unitName, Long projectId, int fiscalYear,
			@Schema(description = "版本序号：1 为初次申报，调整后递增") int revision, boolean current, TargetStatus status,
			String statusLabel, IndicatorScheme scheme, String mediumTermObjective, String annualObjective,
			BigDecimal fiscalFunds, BigDecimal otherFunds,
			@Schema(description = "年度资金总额（元）：项目为财政拨款 + 其他资金，部门为任务金额合计") BigDecimal annualFunds,
			List<BigDecimal> spendingPlan, String duties, List<TaskResponse> tasks, String workFocus, String safeguards,
			List<IndicatorResponse> indicators, String adjustmentReason, LocalDateTime updatedAt,
			@Schema(description = "并发控制版本号；修改、提交、审核时原样带回") int version) {
	}

	record SubmitRequest(
			@Schema(description = "读取时的 version", requiredMode = Schema.RequiredMode.REQUIRED) Integer version) {
	}

	record ReviewRequest(Integer version, ReviewDecision decision, String opinion, Grade completeness, Grade relevance,
			Grade appropriateness, Grade feasibility) {
	}

	record AdjustRequest(Integer version,
			@Schema(description = "调整原因", requiredMode = Schema.RequiredMode.REQUIRED) String reason) {
	}

	@GetMapping
	@Operation(summary = "绩效目标列表", description = "指定预算年度、数据权限范围内各目标的当前版本（不含指标明细）")
	List<TargetResponse> list(@RequestParam int year, @RequestParam(required = false) TargetKind kind) {
		if (!FiscalYear.isValid(year)) {
			throw new RuleViolation("year", "预算年度须在 " + FiscalYear.MIN + " 至 " + FiscalYear.MAX + " 之间");
		}
		return targets.list(currentUser.scope(), FiscalYear.of(year), kind).stream().map(this::response).toList();
	}

	@GetMapping("/{id}")
	@Operation(summary = "绩效目标详情", description = "含指标、指标值识别结果；不存在或超出数据权限时返回 404")
	TargetResponse get(@PathVariable long id) {
		return response(targets.find(currentUser.scope(), id));
	}

	@GetMapping("/{id}/findings")
	@Operation(summary = "审核规则检查结果", description = "ERROR 级别的问题阻止提交")
	List<Finding> findings(@PathVariable long id) {
		DataScope scope = currentUser.scope();
		return targets.findings(scope, targets.find(scope, id));
	}

	@GetMapping("/{id}/reviews")
	@Operation(summary = "审核记录", description = "该目标各版本的审核记录，最新在前")
	List<Review> reviews(@PathVariable long id) {
		return targets.reviews(currentUser.scope(), id);
	}

	@GetMapping("/{id}/versions")
	@Operation(summary = "版本列表", description = "初次申报与各次调整的版本，最早在前")
	List<TargetResponse> versions(@PathVariable long id) {
		return targets.versions(currentUser.scope(), id).stream().map(this::response).toList();
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "填报绩效目标", description = "保存为草稿；仅本单位填报人可填报，输入有误时返回 400 及逐字段的中文说明")
	TargetResponse declare(@RequestBody TargetRequest request) {
		DataScope scope = currentUser.scope();
		if (request.projectId() != null) {
			int year = targets.projectYear(scope, request.projectId());
			return response(
					targets.declareProject(scope, request.projectId(), request.toContent(TargetKind.PROJECT, year)));
		}
		if (request.departmentId() == null || request.fiscalYear() == null
				|| !FiscalYear.isValid(request.fiscalYear())) {
			throw new RuleViolation("projectId", "请指定 projectId（项目支出绩效目标），或 departmentId 与 fiscalYear（部门整体支出绩效目标）");
		}
		return response(targets.declareDepartment(scope, request.departmentId(), FiscalYear.of(request.fiscalYear()),
				request.toContent(TargetKind.DEPARTMENT, request.fiscalYear())));
	}

	@PutMapping("/{id}")
	@Operation(summary = "修改绩效目标", description = "仅草稿或已退回的目标可修改；须带回 version，他人已修改时返回 409")
	TargetResponse revise(@PathVariable long id, @RequestBody TargetRequest request) {
		DataScope scope = currentUser.scope();
		PerformanceTarget before = targets.find(scope, id);
		int version = request.version() != null ? request.version() : before.version();
		return response(targets.revise(scope, id, version, request.toContent(before.kind(), before.fiscalYear())));
	}

	@PostMapping("/{id}/submit")
	@Operation(summary = "提交审核", description = "审核规则发现错误时返回 400")
	TargetResponse submit(@PathVariable long id, @RequestBody SubmitRequest request) {
		DataScope scope = currentUser.scope();
		return response(targets.submit(scope, id, versionOf(scope, id, request.version())));
	}

	@PostMapping("/{id}/review")
	@Operation(summary = "审核", description = "部门审核人审核已提交的目标，财政审核人审核部门已审的目标；退回须填写意见，四个维度均须评定等级")
	TargetResponse review(@PathVariable long id, @RequestBody ReviewRequest request) {
		DataScope scope = currentUser.scope();
		var input = new ReviewInput(request.decision(), request.opinion(), request.completeness(), request.relevance(),
				request.appropriateness(), request.feasibility());
		return response(targets.review(scope, id, versionOf(scope, id, request.version()), input,
				currentUser.account().displayName()));
	}

	@PostMapping("/{id}/adjust")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "调整已批复的目标", description = "生成新版本（草稿），原批复版本保留")
	TargetResponse adjust(@PathVariable long id, @RequestBody AdjustRequest request) {
		DataScope scope = currentUser.scope();
		return response(targets.adjust(scope, id, versionOf(scope, id, request.version()), request.reason()));
	}

	private int versionOf(DataScope scope, long id, Integer version) {
		return version != null ? version : targets.find(scope, id).version();
	}

	private TargetResponse response(PerformanceTarget t) {
		TargetContent c = t.content();
		SpendingPlan p = c.spendingPlan();
		return new TargetResponse(t.id(), t.kind(), t.unitId(), directory.nameOf(t.unitId()), t.projectId(),
				t.fiscalYear(), t.revision(), t.current(), t.status(), t.status().label(), c.scheme(),
				c.mediumTermObjective(), c.annualObjective(), c.fiscalFunds().yuan(), c.otherFunds().yuan(),
				c.annualFunds().yuan(), p == null ? null : List.of(p.march(), p.june(), p.september(), p.december()),
				c.duties(),
				c.tasks()
					.stream()
					.map(k -> new TaskResponse(k.name(), k.content(), k.fiscalFunds().yuan(), k.otherFunds().yuan(),
							k.total().yuan()))
					.toList(),
				c.workFocus(), c.safeguards(),
				c.indicators()
					.stream()
					.map(i -> new IndicatorResponse(i.subcategory(), i.subcategory().category().label(),
							i.subcategory().label(), i.name(), i.explanation(), ValueResponse.of(i.value()), i.basis(),
							i.weight(), i.scoringRule(), i.core(), i.dataSource(), i.catalogueEntryId()))
					.toList(),
				t.adjustmentReason(), t.updatedAt(), t.version());
	}

}
