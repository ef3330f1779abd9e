package org.perfdesk.execution;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.perfdesk.budget.FundSource;
import org.perfdesk.org.CurrentUser;
import org.perfdesk.shared.Amount;
import org.perfdesk.shared.FiscalYear;
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

/**
 * {@code /api/v1/execution}: 预算执行 of projects under the caller's data scope, in yuan,
 * with the same rules as the pages.
 */
@RestController
@RequestMapping("/api/v1/execution")
@Tag(name = "预算执行", description = "项目的预算调整（追加/追减）与逐月执行数；金额单位为元；比率为小数（0.7634 即 76.34%）")
class ExecutionApi {

	private final ExecutionManagement execution;

	private final CurrentUser currentUser;

	ExecutionApi(ExecutionManagement execution, CurrentUser currentUser) {
		this.execution = execution;
		this.currentUser = currentUser;
	}

	@Schema(description = "按资金来源的金额（元）")
	record SourceBody(@Schema(description = "当年财政拨款（元）") BigDecimal fiscalAppropriation,
			@Schema(description = "上年结转（元）") BigDecimal carryOver,
			@Schema(description = "其他资金（元）") BigDecimal otherFunds,
			@Schema(description = "合计（元），只读") BigDecimal total) {

		static SourceBody of(SourceAmounts s) {
			return new SourceBody(s.fiscalAppropriation().yuan(), s.carryOver().yuan(), s.otherFunds().yuan(),
					s.total().yuan());
		}
	}

	@Schema(description = "预算执行数字；比率为 4 位小数，预算为 0 时无执行率")
	record FiguresBody(@Schema(description = "年初预算数") SourceBody initialBudget,
			@Schema(description = "调整（净额）") SourceBody adjustment,
			@Schema(description = "全年预算数 = 年初预算数 ± 调整") SourceBody fullYearBudget,
			@Schema(description = "截至 month 月底的累计执行数") SourceBody executed,
			@Schema(description = "读数月份：当年为当前月，往年为 12，未来年度为 0") int month,
			@Schema(description = "执行率 = 执行数 ÷ 全年预算数") BigDecimal executionRate,
			@Schema(description = "时间进度 = 月份 ÷ 12") BigDecimal timeProgress,
			@Schema(description = "执行进度 = 执行率 ÷ 时间进度") BigDecimal executionProgress) {

		static FiguresBody of(ExecutionFigures f) {
			return new FiguresBody(SourceBody.of(f.initialBudget()), SourceBody.of(f.adjustment()),
					SourceBody.of(f.fullYearBudget()), SourceBody.of(f.executed()), f.month(), f.executionRate(),
					f.timeProgress(), f.executionProgress());
		}
	}

	@Schema(description = "预算调整")
	record AdjustmentBody(long id, LocalDate adjustedOn, AdjustmentKind kind, String kindLabel, FundSource fundSource,
			BigDecimal amount, String reason) {

		static AdjustmentBody of(BudgetAdjustment a) {
			return new AdjustmentBody(a.id(), a.adjustedOn(), a.kind(), a.kind().label(), a.fundSource(),
					a.amount().yuan(), a.reason());
		}
	}

	@Schema(description = "一个月的执行数（当月支出，非累计）")
	record MonthBody(int month, SourceBody spent, SourceBody cumulative,
			@Schema(description = "版本号；无数据的月份为空，修改时原样带回") Integer version) {
	}

	@Schema(description = "一个项目的预算执行")
	record ProjectBody(long projectId, String code, String name, long unitId, int fiscalYear, FiguresBody figures,
			List<AdjustmentBody> adjustments, List<MonthBody> months) {

		static ProjectBody of(ProjectExecution pe) {
			var months = new java.util.ArrayList<MonthBody>();
			for (int m = 1; m <= 12; m++) {
				Integer version = pe.monthly(m).map(MonthlyExecution::version).orElse(null);
				months.add(new MonthBody(m, SourceBody.of(pe.spentIn(m)), SourceBody.of(pe.executedTo(m)), version));
			}
			return new ProjectBody(pe.project().id(), pe.project().code(), pe.project().name(), pe.project().unitId(),
					pe.project().fiscalYear(), FiguresBody.of(pe.figures()),
					pe.adjustments().stream().map(AdjustmentBody::of).toList(), months);
		}
	}

	@Schema(description = "项目行（列表用）")
	record ProjectLine(long projectId, String code, String name, FiguresBody figures) {
	}

	@Schema(description = "单位及其项目与小计")
	record UnitBody(long unitId, String unitName, List<ProjectLine> projects, FiguresBody subtotal) {
	}

	@Schema(description = "预算年度的执行情况：各单位、各项目、小计与合计")
	record OverviewBody(int fiscalYear, int month, List<UnitBody> units, FiguresBody total) {
	}

	@Schema(description = "填报一个月的执行数；金额单位为元，最多两位小数，缺省为 0")
	record MonthRequest(BigDecimal fiscalAppropriation, BigDecimal carryOver, BigDecimal otherFunds,
			@Schema(description = "读取时的 version；该月尚无数据时省略；他人已修改时返回 409") Integer version) {
	}

	@Schema(description = "预算调整请求；金额单位为元")
	record AdjustmentRequest(
			@Schema(description = "调整日期，须在项目的预算年度内", example = "2026-07-15",
					requiredMode = Schema.RequiredMode.REQUIRED) LocalDate adjustedOn,
			@Schema(description = "INCREASE 追加 / DECREASE 追减",
					requiredMode = Schema.RequiredMode.REQUIRED) AdjustmentKind kind,
			@Schema(description = "资金来源：FISCAL_APPROPRIATION 当年财政拨款 / CARRY_OVER 上年结转 / OTHER 其他资金",
					requiredMode = Schema.RequiredMode.REQUIRED) FundSource fundSource,
			@Schema(description = "调整金额（元），大于 0", example = "50000.00",
					requiredMode = Schema.RequiredMode.REQUIRED) BigDecimal amount,
			@Schema(description = "调整原因，最多 500 字", requiredMode = Schema.RequiredMode.REQUIRED) String reason) {
	}

	@GetMapping
	@Operation(summary = "预算执行列表", description = "指定预算年度、数据权限范围内每个项目的年初预算数、调整、全年预算数、执行数、执行率和时间进度，按单位小计并合计")
	OverviewBody list(@RequestParam int year) {
		ExecutionOverview o = execution.list(currentUser.scope(), year(year));
		return new OverviewBody(o.fiscalYear(), o.month(),
				o.units()
					.stream()
					.map(u -> new UnitBody(u.unitId(), u.unitName(),
							u.projects()
								.stream()
								.map(p -> new ProjectLine(p.project().id(), p.project().code(), p.project().name(),
										FiguresBody.of(p.figures())))
								.toList(),
							FiguresBody.of(u.subtotal())))
					.toList(),
				FiguresBody.of(o.total()));
	}

	@GetMapping("/projects/{id}")
	@Operation(summary = "项目预算执行", description = "12 个月的执行数、累计数和预算调整；不存在、超出数据权限或不属于所给年度时返回 404")
	ProjectBody get(@PathVariable long id, @RequestParam(required = false) Integer year) {
		return ProjectBody.of(execution.find(currentUser.scope(), id, year == null ? null : year(year)));
	}

	@PutMapping("/projects/{id}/months/{month}")
	@Operation(summary = "填报月度执行数", description = "仅本单位填报人；不能为负、不能填报未来月份、各资金来源累计执行数不能超过全年预算数（400）；版本过期返回 409")
	ProjectBody record(@PathVariable long id, @PathVariable int month, @RequestBody MonthRequest request) {
		var errors = new LinkedHashMap<String, String>();
		SourceAmounts spent = new SourceAmounts(yuan("fiscalAppropriation", request.fiscalAppropriation(), errors),
				yuan("carryOver", request.carryOver(), errors), yuan("otherFunds", request.otherFunds(), errors));
		if (!errors.isEmpty()) {
			throw new RuleViolation(errors);
		}
		execution.record(currentUser.scope(), id, month, spent, request.version());
		return ProjectBody.of(execution.find(currentUser.scope(), id, null));
	}

	@PostMapping("/projects/{id}/adjustments")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "预算调整", description = "仅本单位填报人；金额须大于 0、须填原因、日期须在预算年度内；追减后全年预算数不能为负或低于已执行数")
	AdjustmentBody adjust(@PathVariable long id, @RequestBody AdjustmentRequest request) {
		var errors = new LinkedHashMap<String, String>();
		Amount amount = request.amount() == null ? null : yuan("amount", request.amount(), errors);
		if (!errors.isEmpty()) {
			throw new RuleViolation(errors);
		}
		return AdjustmentBody.of(execution.adjust(currentUser.scope(), id, new AdjustmentDraft(request.adjustedOn(),
				request.kind(), request.fundSource(), amount, request.reason())));
	}

	private static FiscalYear year(int year) {
		if (!FiscalYear.isValid(year)) {
			throw new RuleViolation("year", "预算年度须在 " + FiscalYear.MIN + " 至 " + FiscalYear.MAX + " 之间");
		}
		return FiscalYear.of(year);
	}

	/**
	 * Yuan with at most two decimals; more would be fractions of a fen and are refused
	 * rather than rounded.
	 */
	private static Amount yuan(String field, BigDecimal value, java.util.Map<String, String> errors) {
		if (value == null) {
			return Amount.ZERO;
		}
		if (value.stripTrailingZeros().scale() > 2) {
			errors.put(field, "金额以元填写时最多两位小数");
			return Amount.ZERO;
		}
		if (value.compareTo(Amount.MAX.yuan()) > 0) {
			errors.put(field, "金额超出合理范围（不超过 " + Amount.MAX_TEXT + "），请检查金额单位是否为元");
			return Amount.ZERO;
		}
		return Amount.ofYuan(value);
	}

}
