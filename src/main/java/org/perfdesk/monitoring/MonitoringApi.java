package org.perfdesk.monitoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.perfdesk.execution.ProgressLight;
import org.perfdesk.org.CurrentUser;
import org.perfdesk.shared.FiscalYear;
import org.perfdesk.shared.RuleViolation;
import org.perfdesk.review.ReviewDecision;
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
 * {@code /api/v1/monitoring}: rounds, their lines and the 监控表, with the same rules as the
 * pages.
 */
@RestController
@RequestMapping("/api/v1/monitoring/rounds")
@Tag(name = "绩效运行监控", description = "监控轮次、预警清单、监控表的填报、提交与审核；金额单位为元")
class MonitoringApi {

	private final MonitoringManagement monitoring;

	private final CurrentUser currentUser;

	MonitoringApi(MonitoringManagement monitoring, CurrentUser currentUser) {
		this.monitoring = monitoring;
		this.currentUser = currentUser;
	}

	@Schema(description = "发起监控轮次")
	record OpenRequest(@Schema(description = "预算年度", requiredMode = Schema.RequiredMode.REQUIRED) Integer fiscalYear,
			@Schema(description = "执行数截止月份 1–12，缺省取 perfdesk.monitoring.cut-off-month") Integer cutOffMonth,
			@Schema(description = "报送截止日期，不早于截止月份月底", requiredMode = Schema.RequiredMode.REQUIRED) LocalDate deadline) {
	}

	@Schema(description = "预警清单的一行")
	record LineResponse(long targetId, Long projectId, long unitId, String unitName, String project,
			ReportStatus reportStatus, @Schema(description = "全年预算数（元）") BigDecimal budget,
			@Schema(description = "截至截止月份的执行数（元）") BigDecimal executed, BigDecimal executionRate,
			BigDecimal timeProgress, BigDecimal executionProgress, ProgressLight executionLight,
			@Schema(description = "资金支出计划的计划进度") BigDecimal plannedShare, BigDecimal planProgress,
			ProgressLight planLight, Likelihood worstLikelihood, ProgressLight light) {

		static LineResponse of(MonitoringLine l) {
			return new LineResponse(l.targetId(), l.projectId(), l.unitId(), l.unitName(), l.label(), l.reportStatus(),
					l.figures().fullYearBudget().total().yuan(), l.figures().executed().total().yuan(),
					l.figures().executionRate(), l.figures().timeProgress(), l.figures().executionProgress(),
					l.executionLight(), l.plannedShare(), l.planProgress(), l.planLight(), l.worstLikelihood(),
					l.light());
		}
	}

	@Schema(description = "监控表的保存请求；indicators 与目标的指标一一对应、顺序相同")
	record ReportRequest(@Schema(description = "年度总体目标执行情况") String progressText, List<IndicatorEntry> indicators,
			@Schema(description = "修改时带回读取到的 version；首次保存可不填") Integer version) {
	}

	record SubmitRequest(
			@Schema(description = "读取时的 version", requiredMode = Schema.RequiredMode.REQUIRED) Integer version) {
	}

	record ReviewRequest(Integer version, ReviewDecision decision, @Schema(description = "审核意见，退回时必填") String opinion) {
	}

	@GetMapping
	@Operation(summary = "监控轮次列表", description = "指定预算年度的监控轮次")
	List<MonitoringRound> list(@RequestParam int year) {
		return monitoring.rounds(currentUser.scope(), year(year));
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "发起监控轮次", description = "仅财政审核人；同一年度同一截止月份只能发起一次")
	MonitoringRound open(@RequestBody OpenRequest request) {
		if (request.fiscalYear() == null) {
			throw new RuleViolation("fiscalYear", "请指定预算年度");
		}
		return monitoring.openRound(currentUser.scope(), year(request.fiscalYear()), request.cutOffMonth(),
				request.deadline(), currentUser.account().displayName());
	}

	@GetMapping("/{id}/lines")
	@Operation(summary = "预警清单", description = "数据权限范围内已批复项目目标的执行与预警，红灯在前")
	List<LineResponse> lines(@PathVariable long id) {
		return monitoring.lines(currentUser.scope(), id).stream().map(LineResponse::of).toList();
	}

	@GetMapping("/{id}/targets/{targetId}")
	@Operation(summary = "监控表", description = "已保存的监控表，或按目标指标预填的新草稿（id 为空，未保存）")
	MonitoringReport report(@PathVariable long id, @PathVariable long targetId) {
		return monitoring.report(currentUser.scope(), id, targetId);
	}

	@PutMapping("/{id}/targets/{targetId}")
	@Operation(summary = "保存监控表", description = "仅本单位填报人；输入有误返回 400 及逐字段中文说明，他人已修改返回 409")
	MonitoringReport save(@PathVariable long id, @PathVariable long targetId, @RequestBody ReportRequest request) {
		return monitoring.save(currentUser.scope(), id, targetId,
				new ReportInput(request.progressText(), request.indicators()), request.version());
	}

	@PostMapping("/{id}/targets/{targetId}/submit")
	@Operation(summary = "提交监控表", description = "再次检查并记录提交时的全年预算数和执行数")
	MonitoringReport submit(@PathVariable long id, @PathVariable long targetId, @RequestBody SubmitRequest request) {
		return monitoring.submit(currentUser.scope(), id, targetId, versionOf(id, targetId, request.version()));
	}

	@PostMapping("/{id}/targets/{targetId}/review")
	@Operation(summary = "审核监控表", description = "部门审核人审核已提交的监控表，财政审核人审核部门已审的；退回须填写意见")
	MonitoringReport review(@PathVariable long id, @PathVariable long targetId, @RequestBody ReviewRequest request) {
		return monitoring.review(currentUser.scope(), id, targetId, versionOf(id, targetId, request.version()),
				request.decision(), request.opinion(), currentUser.account().displayName());
	}

	private int versionOf(long id, long targetId, Integer version) {
		return version != null ? version : monitoring.report(currentUser.scope(), id, targetId).version();
	}

	private static FiscalYear year(int year) {
		if (!FiscalYear.isValid(year)) {
			throw new RuleViolation("year", "预算年度须在 " + FiscalYear.MIN + " 至 " + FiscalYear.MAX + " 之间");
		}
		return FiscalYear.of(year);
	}

}
