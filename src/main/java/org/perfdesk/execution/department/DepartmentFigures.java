package org.perfdesk.execution.department;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.perfdesk.shared.Amount;

/**
 * 部门整体支出数据: the figures of one 主管部门's overall spending in one fiscal year, as the
 * department-overall forms ask for them (基本支出 split into 人员经费 and 公用经费, the 三公经费 by kind,
 * 政府采购, 编制数 and 实有人数). Typed by the department's 单位填报人 and read by its reviewer and the
 * finance bureau. Totals and execution rates are always computed from the typed amounts,
 * never stored. A department with nothing saved yet has {@link #empty empty} figures: all
 * zero, {@code id} null, version 0.
 *
 * @param id the stored row, {@code null} while nothing has been saved
 * @param version 版本号 for optimistic locking; 0 before the first save, 1 after it
 */
public record DepartmentFigures(Long id, long departmentId, int fiscalYear, Amount personnelBudget,
		Amount personnelSpent, Amount operatingBudget, Amount operatingSpent, Amount overseasTravelBudget,
		Amount overseasTravelSpent, Amount vehiclePurchaseBudget, Amount vehiclePurchaseSpent,
		Amount vehicleOperationBudget, Amount vehicleOperationSpent, Amount receptionBudget, Amount receptionSpent,
		Amount procurementBudget, Amount procurementActual, int authorisedStaff, int actualStaff, int version,
		LocalDateTime updatedAt, String updatedBy) {

	/** Execution rates keep four decimals (a percentage with two), rounded half-up. */
	public static final int RATE_SCALE = 4;

	public static DepartmentFigures empty(long departmentId, int fiscalYear) {
		Amount z = Amount.ZERO;
		return new DepartmentFigures(null, departmentId, fiscalYear, z, z, z, z, z, z, z, z, z, z, z, z, z, z, 0, 0, 0,
				null, null);
	}

	public boolean saved() {
		return id != null;
	}

	/** 基本支出合计 (预算数) = 人员经费 + 公用经费. */
	public Amount basicBudget() {
		return personnelBudget.plus(operatingBudget);
	}

	/** 基本支出合计 (支出数). */
	public Amount basicSpent() {
		return personnelSpent.plus(operatingSpent);
	}

	/** 公务用车购置及运行费 (预算数). */
	public Amount vehicleBudget() {
		return vehiclePurchaseBudget.plus(vehicleOperationBudget);
	}

	public Amount vehicleSpent() {
		return vehiclePurchaseSpent.plus(vehicleOperationSpent);
	}

	/** 三公经费合计 (预算数) = 因公出国(境)费 + 公务用车购置及运行费 + 公务接待费. */
	public Amount officialCostsBudget() {
		return overseasTravelBudget.plus(vehicleBudget()).plus(receptionBudget);
	}

	public Amount officialCostsSpent() {
		return overseasTravelSpent.plus(vehicleSpent()).plus(receptionSpent);
	}

	/** 基本支出执行率, or {@code null} when nothing was budgeted. */
	public BigDecimal basicRate() {
		return rate(basicSpent(), basicBudget());
	}

	/** 三公经费控制率 = 三公经费支出数 / 三公经费预算数. */
	public BigDecimal officialCostsRate() {
		return rate(officialCostsSpent(), officialCostsBudget());
	}

	/** 政府采购执行率 = 政府采购实际数 / 政府采购预算数. */
	public BigDecimal procurementRate() {
		return rate(procurementActual, procurementBudget);
	}

	/** 部门预算总额 = 基本支出 + 项目支出 (the projects' 年初预算数). */
	public Amount departmentBudget(Amount projectSpending) {
		return basicBudget().plus(projectSpending);
	}

	/**
	 * A warning (not an error) when more people are on the staff than the establishment
	 * allows, else null.
	 */
	public String staffWarning() {
		return staffWarning(authorisedStaff, actualStaff);
	}

	static String staffWarning(long authorised, long actual) {
		return actual > authorised ? "实有人数（" + actual + " 人）超过编制数（" + authorised + " 人），请核实是否填写正确" : null;
	}

	/**
	 * The four bars of the page's chart, each budget against spent: 人员经费, 公用经费, 三公经费,
	 * 政府采购.
	 */
	public List<Line> lines() {
		return List.of(new Line("人员经费", personnelBudget, personnelSpent),
				new Line("公用经费", operatingBudget, operatingSpent),
				new Line("三公经费", officialCostsBudget(), officialCostsSpent()),
				new Line("政府采购", procurementBudget, procurementActual));
	}

	/**
	 * Every line of the detail table, subtotals included, in the order of the published
	 * forms.
	 */
	public List<Line> detail() {
		return List.of(new Line("人员经费", personnelBudget, personnelSpent),
				new Line("公用经费", operatingBudget, operatingSpent), new Line("基本支出合计", basicBudget(), basicSpent()),
				new Line("因公出国(境)费", overseasTravelBudget, overseasTravelSpent),
				new Line("公务用车购置费", vehiclePurchaseBudget, vehiclePurchaseSpent),
				new Line("公务用车运行费", vehicleOperationBudget, vehicleOperationSpent),
				new Line("公务接待费", receptionBudget, receptionSpent),
				new Line("三公经费合计", officialCostsBudget(), officialCostsSpent()),
				new Line("政府采购", procurementBudget, procurementActual));
	}

	/**
	 * 执行率 = spent / budget, half-up to {@link #RATE_SCALE} decimals (0.9636 is 96.36%);
	 * {@code null} when the budget is zero, because a rate against nothing means nothing.
	 */
	public static BigDecimal rate(Amount spent, Amount budget) {
		if (budget.yuan().signum() == 0) {
			return null;
		}
		return spent.yuan().divide(budget.yuan(), RATE_SCALE, RoundingMode.HALF_UP);
	}

	/**
	 * A rate as a percentage with two decimals ({@code 96.36%}), or {@code —} for none.
	 */
	public static String percent(BigDecimal rate) {
		return rate == null ? "—" : rate.movePointRight(2).setScale(2, RoundingMode.HALF_UP).toPlainString() + "%";
	}

	/** The displayed fields for the audit trail's old → new; amounts in 万元, exactly. */
	Map<String, String> auditFields() {
		var fields = new LinkedHashMap<String, String>();
		for (DepartmentAmount a : DepartmentAmount.values()) {
			fields.put(a.label() + "(万元)", a.of(this).toWanExact().toPlainString());
		}
		fields.put("编制数(人)", Integer.toString(authorisedStaff));
		fields.put("实有人数(人)", Integer.toString(actualStaff));
		return fields;
	}

	/** One row of budget against spent, for the chart and the table. */
	public record Line(String label, Amount budget, Amount spent) {

		public BigDecimal rate() {
			return DepartmentFigures.rate(spent, budget);
		}

		public String rateText() {
			return percent(rate());
		}

		/** 万元 with two decimals, as plain numbers for the chart. */
		public String budgetWan() {
			return budget.toWan(Amount.DEFAULT_WAN_SCALE).toPlainString();
		}

		public String spentWan() {
			return spent.toWan(Amount.DEFAULT_WAN_SCALE).toPlainString();
		}
	}
}
