package org.perfdesk.execution.department;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.perfdesk.org.CurrentUser;
import org.perfdesk.org.DataScope;
import org.perfdesk.org.OrgDirectory;
import org.perfdesk.shared.FiscalYear;
import org.perfdesk.shared.RuleViolation;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * {@code /api/v1/execution/departments}: a department's overall spending figures, in
 * yuan, under the caller's scope.
 */
@RestController
@RequestMapping("/api/v1/execution/departments")
@Tag(name = "部门整体支出数据", description = "主管部门的基本支出、三公经费、政府采购和人员编制数据；金额单位为元")
class DepartmentFiguresApi {

	private final DepartmentFiguresManagement departments;

	private final CurrentUser currentUser;

	private final OrgDirectory directory;

	DepartmentFiguresApi(DepartmentFiguresManagement departments, CurrentUser currentUser, OrgDirectory directory) {
		this.departments = departments;
		this.currentUser = currentUser;
		this.directory = directory;
	}

	@Schema(description = "部门整体支出数据的填报请求；金额单位为元，最多两位小数，不能为负；人数为非负整数；所有字段必填")
	record FiguresRequest(@Schema(description = "人员经费预算数（元）", example = "8650000.00") BigDecimal personnelBudget,
			@Schema(description = "人员经费支出数（元）") BigDecimal personnelSpent,
			@Schema(description = "公用经费预算数（元）") BigDecimal operatingBudget,
			@Schema(description = "公用经费支出数（元）") BigDecimal operatingSpent,
			@Schema(description = "因公出国(境)费预算数（元）") BigDecimal overseasTravelBudget,
			@Schema(description = "因公出国(境)费支出数（元）") BigDecimal overseasTravelSpent,
			@Schema(description = "公务用车购置费预算数（元）") BigDecimal vehiclePurchaseBudget,
			@Schema(description = "公务用车购置费支出数（元）") BigDecimal vehiclePurchaseSpent,
			@Schema(description = "公务用车运行费预算数（元）") BigDecimal vehicleOperationBudget,
			@Schema(description = "公务用车运行费支出数（元）") BigDecimal vehicleOperationSpent,
			@Schema(description = "公务接待费预算数（元）") BigDecimal receptionBudget,
			@Schema(description = "公务接待费支出数（元）") BigDecimal receptionSpent,
			@Schema(description = "政府采购预算数（元）") BigDecimal procurementBudget,
			@Schema(description = "政府采购实际数（元）") BigDecimal procurementActual,
			@Schema(description = "编制数（人）", example = "32") BigDecimal authorisedStaff,
			@Schema(description = "实有人数（人）；超过编制数时保存但返回提示", example = "30") BigDecimal actualStaff,
			@Schema(description = "读取时的 version（从未填报时为 0）；他人已修改则返回 409",
					requiredMode = Schema.RequiredMode.REQUIRED) Integer version) {

		DepartmentFiguresInput toInput() {
			return new DepartmentFiguresInput(personnelBudget, personnelSpent, operatingBudget, operatingSpent,
					overseasTravelBudget, overseasTravelSpent, vehiclePurchaseBudget, vehiclePurchaseSpent,
					vehicleOperationBudget, vehicleOperationSpent, receptionBudget, receptionSpent, procurementBudget,
					procurementActual, authorisedStaff, actualStaff);
		}
	}

	@Schema(description = "部门整体支出数据；金额单位为元，执行率为小数（0.9636 即 96.36%），预算数为 0 时为 null")
	record FiguresResponse(long departmentId, String departmentName, int fiscalYear,
			@Schema(description = "是否已填报；未填报时各数为 0") boolean saved, BigDecimal personnelBudget,
			BigDecimal personnelSpent, BigDecimal operatingBudget, BigDecimal operatingSpent,
			BigDecimal overseasTravelBudget, BigDecimal overseasTravelSpent, BigDecimal vehiclePurchaseBudget,
			BigDecimal vehiclePurchaseSpent, BigDecimal vehicleOperationBudget, BigDecimal vehicleOperationSpent,
			BigDecimal receptionBudget, BigDecimal receptionSpent, BigDecimal procurementBudget,
			BigDecimal procurementActual, int authorisedStaff, int actualStaff,
			@Schema(description = "基本支出合计预算数 = 人员经费 + 公用经费（元）") BigDecimal basicBudget,
			@Schema(description = "基本支出合计支出数（元）") BigDecimal basicSpent,
			@Schema(description = "基本支出执行率") BigDecimal basicRate,
			@Schema(description = "三公经费合计预算数（元）") BigDecimal officialCostsBudget,
			@Schema(description = "三公经费合计支出数（元）") BigDecimal officialCostsSpent,
			@Schema(description = "三公经费控制率") BigDecimal officialCostsRate,
			@Schema(description = "政府采购执行率") BigDecimal procurementRate,
			@Schema(description = "项目支出：本部门及下属单位项目的年初预算数合计（元），仅含调用者有权查看的单位") BigDecimal projectSpending,
			@Schema(description = "项目支出是否因数据权限而不完整") boolean projectSpendingPartial,
			@Schema(description = "部门预算总额 = 基本支出 + 项目支出（元）") BigDecimal departmentBudget,
			@Schema(description = "提示（不阻止保存），如实有人数超过编制数") List<String> warnings, LocalDateTime updatedAt,
			String updatedBy, @Schema(description = "版本号；保存时原样带回") int version) {
	}

	@GetMapping("/{id}")
	@Operation(summary = "部门整体支出数据",
			description = "指定主管部门和预算年度；从未填报时各数为 0、version 为 0；" + "不存在或超出数据权限时返回 404，不是主管部门时返回 400")
	FiguresResponse get(@PathVariable long id, @RequestParam int year) {
		FiscalYear fiscalYear = year(year);
		DataScope scope = currentUser.scope();
		return response(scope, departments.find(scope, id, fiscalYear));
	}

	@PutMapping("/{id}")
	@Operation(summary = "填报部门整体支出数据", description = "仅该部门的单位填报人；整体保存，任一字段有误则返回 400 " + "及逐字段的中文说明且不保存；他人已修改时返回 409")
	FiguresResponse save(@PathVariable long id, @RequestParam int year, @RequestBody FiguresRequest request) {
		FiscalYear fiscalYear = year(year);
		if (request.version() == null) {
			throw new RuleViolation("version", "请带回读取时的 version（从未填报时为 0）");
		}
		DataScope scope = currentUser.scope();
		return response(scope, departments.save(scope, id, fiscalYear, request.toInput(), request.version()));
	}

	private static FiscalYear year(int year) {
		if (!FiscalYear.isValid(year)) {
			throw new RuleViolation("year", "预算年度须在 " + FiscalYear.MIN + " 至 " + FiscalYear.MAX + " 之间");
		}
		return FiscalYear.of(year);
	}

	private FiguresResponse response(DataScope scope, DepartmentFigures f) {
		DepartmentProjectSpending projects = departments.projectSpending(scope, f.departmentId(),
				FiscalYear.of(f.fiscalYear()));
		var warnings = new ArrayList<String>();
		if (f.staffWarning() != null) {
			warnings.add(f.staffWarning());
		}
		return new FiguresResponse(f.departmentId(), directory.nameOf(f.departmentId()), f.fiscalYear(), f.saved(),
				f.personnelBudget().yuan(), f.personnelSpent().yuan(), f.operatingBudget().yuan(),
				f.operatingSpent().yuan(), f.overseasTravelBudget().yuan(), f.overseasTravelSpent().yuan(),
				f.vehiclePurchaseBudget().yuan(), f.vehiclePurchaseSpent().yuan(), f.vehicleOperationBudget().yuan(),
				f.vehicleOperationSpent().yuan(), f.receptionBudget().yuan(), f.receptionSpent().yuan(),
				f.procurementBudget().yuan(), f.procurementActual().yuan(), f.authorisedStaff(), f.actualStaff(),
				f.basicBudget().yuan(), f.basicSpent().yuan(), f.basicRate(), f.officialCostsBudget().yuan(),
				f.officialCostsSpent().yuan(), f.officialCostsRate(), f.procurementRate(), projects.total().yuan(),
				projects.partial(), f.departmentBudget(projects.total()).yuan(), warnings, f.updatedAt(), f.updatedBy(),
				f.version());
	}

}
