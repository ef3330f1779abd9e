package org.perfdesk.budget;

import java.math.BigDecimal;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.perfdesk.org.CurrentUser;
import org.perfdesk.org.OrgDirectory;
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
 * {@code /api/v1/projects}: the project register, in yuan, under the caller's data scope.
 */
@RestController
@RequestMapping("/api/v1/projects")
@Tag(name = "项目库", description = "项目登记与修改；金额单位为元")
class ProjectApi {

	private final ProjectManagement projects;

	private final CurrentUser currentUser;

	private final OrgDirectory directory;

	ProjectApi(ProjectManagement projects, CurrentUser currentUser, OrgDirectory directory) {
		this.projects = projects;
		this.currentUser = currentUser;
		this.directory = directory;
	}

	@Schema(description = "项目登记或修改请求；金额单位为元，最多两位小数")
	record ProjectRequest(@Schema(description = "所属单位编号；登记时省略则为本单位") Long unitId,
			@Schema(description = "预算年度", example = "2026",
					requiredMode = Schema.RequiredMode.REQUIRED) Integer fiscalYear,
			@Schema(description = "项目编码", example = "YL-2026-001",
					requiredMode = Schema.RequiredMode.REQUIRED) String code,
			@Schema(description = "项目名称", requiredMode = Schema.RequiredMode.REQUIRED) String name,
			@Schema(description = "项目类型：RECURRING 常年性 / CONTINUING 延续性 / ONE_OFF 一次性",
					requiredMode = Schema.RequiredMode.REQUIRED) ProjectType type,
			@Schema(description = "项目起始年度", requiredMode = Schema.RequiredMode.REQUIRED) Integer startYear,
			@Schema(description = "项目结束年度", requiredMode = Schema.RequiredMode.REQUIRED) Integer endYear,
			@Schema(description = "项目负责人", requiredMode = Schema.RequiredMode.REQUIRED) String manager,
			@Schema(description = "当年财政拨款（元）", example = "350000.00",
					requiredMode = Schema.RequiredMode.REQUIRED) BigDecimal fiscalAppropriation,
			@Schema(description = "上年结转（元）", example = "0",
					requiredMode = Schema.RequiredMode.REQUIRED) BigDecimal carryOver,
			@Schema(description = "其他资金（元）", example = "0",
					requiredMode = Schema.RequiredMode.REQUIRED) BigDecimal otherFunds,
			@Schema(description = "资金用途", requiredMode = Schema.RequiredMode.REQUIRED) String purpose,
			@Schema(description = "修改时带回读取到的 version，他人已修改则返回 409；省略则不做并发检查") Integer version) {

		ProjectDraft toDraft() {
			return new ProjectDraft(unitId, fiscalYear, code, name, type, startYear, endYear, manager,
					fiscalAppropriation, carryOver, otherFunds, purpose);
		}
	}

	@Schema(description = "项目；金额单位为元")
	record ProjectResponse(long id, long unitId, String unitName, int fiscalYear, String code, String name,
			ProjectType type, String typeLabel, int startYear, int endYear, String manager,
			BigDecimal fiscalAppropriation, BigDecimal carryOver, BigDecimal otherFunds,
			@Schema(description = "预算合计 = 当年财政拨款 + 上年结转 + 其他资金（元）") BigDecimal totalBudget, String purpose,
			@Schema(description = "版本号；修改时原样带回，用于防止覆盖他人的修改") int version) {
	}

	@GetMapping
	@Operation(summary = "项目列表", description = "指定预算年度、数据权限范围内的项目")
	List<ProjectResponse> list(@RequestParam int year) {
		if (!FiscalYear.isValid(year)) {
			throw new RuleViolation("year", "预算年度须在 " + FiscalYear.MIN + " 至 " + FiscalYear.MAX + " 之间");
		}
		return projects.list(currentUser.scope(), FiscalYear.of(year), null).stream().map(this::response).toList();
	}

	@GetMapping("/{id}")
	@Operation(summary = "项目详情", description = "不存在或超出数据权限时返回 404")
	ProjectResponse get(@PathVariable long id) {
		return response(projects.find(currentUser.scope(), id));
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "登记项目", description = "仅单位填报人可为本单位登记；输入有误时返回 400 及逐字段的中文说明")
	ProjectResponse register(@RequestBody ProjectRequest request) {
		return response(projects.register(currentUser.scope(), request.toDraft()));
	}

	@PutMapping("/{id}")
	@Operation(summary = "修改项目", description = "须带回读取时的 version；他人已修改时返回 409")
	ProjectResponse revise(@PathVariable long id, @RequestBody ProjectRequest request) {
		int version = request.version() != null ? request.version() : projects.find(currentUser.scope(), id).version();
		return response(projects.revise(currentUser.scope(), id, version, request.toDraft()));
	}

	private ProjectResponse response(Project p) {
		return new ProjectResponse(p.id(), p.unitId(), directory.nameOf(p.unitId()), p.fiscalYear(), p.code(), p.name(),
				p.type(), p.type().label(), p.startYear(), p.endYear(), p.manager(), p.fiscalAppropriation().yuan(),
				p.carryOver().yuan(), p.otherFunds().yuan(), p.totalBudget().yuan(), p.purpose(), p.version());
	}

}
