package org.perfdesk.evaluation.common;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.perfdesk.evaluation.department.DepartmentFunds;
import org.perfdesk.evaluation.department.DepartmentMeasures;
import org.perfdesk.evaluation.department.KeyIndicatorResult;
import org.perfdesk.evaluation.scoring.IndicatorScoring;
import org.perfdesk.evaluation.scoring.Measure;
import org.perfdesk.evaluation.scoring.ScoringSettings;
import org.perfdesk.execution.department.DepartmentFigures;
import org.perfdesk.indicator.IndicatorSubcategory;
import org.perfdesk.shared.Amount;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each formula on hand-made figures (amounts in 万元 for readability), a missing figure and
 * a zero divisor.
 */
class CommonFormulaTests {

	static Amount wan(String wan) {
		return Amount.ofWan(new BigDecimal(wan));
	}

	/**
	 * 人员 180/178, 公用 30/27, 出国 0/0, 购车 0/0, 运行 3/2.4, 接待 1/0.5, 采购 40/36, 编制 28, 实有 26.
	 * 三公: budget 4, spent 2.9.
	 */
	static DepartmentFigures figures(int year) {
		return new DepartmentFigures(1L, 9, year, wan("180"), wan("178"), wan("30"), wan("27"), Amount.ZERO,
				Amount.ZERO, Amount.ZERO, Amount.ZERO, wan("3"), wan("2.4"), wan("1"), wan("0.5"), wan("40"), wan("36"),
				28, 26, 1, null, "filler");
	}

	/** Last year: 三公 spent 2.5 (运行 2.1 + 接待 0.4). */
	static DepartmentFigures previous(int year) {
		return new DepartmentFigures(2L, 9, year - 1, wan("180"), wan("170"), wan("30"), wan("29"), Amount.ZERO,
				Amount.ZERO, Amount.ZERO, Amount.ZERO, wan("3"), wan("2.1"), wan("1"), wan("0.4"), wan("40"), wan("40"),
				28, 27, 1, null, "filler");
	}

	/** 年初 1133.01, 调整 −29.66 (追加 10, 追减 39.66), 实际 1022.93, 一般公共预算 985.70. */
	static DepartmentFunds funds() {
		return new DepartmentFunds(wan("1133.01"), wan("-29.66"), wan("10"), wan("1022.93"), wan("985.70"));
	}

	static DepartmentMeasures measures(DepartmentFigures now, DepartmentFigures before, DepartmentFunds funds,
			List<KeyIndicatorResult> keys) {
		return new DepartmentMeasures(now, before, funds, keys, new IndicatorScoring(ScoringSettings.defaults(2025)));
	}

	static DepartmentMeasures full() {
		return measures(figures(2025), previous(2025), funds(), List.of());
	}

	@Test
	void staffControlDividesActualByAuthorisedStaff() {
		Measure m = CommonFormula.STAFF_CONTROL.measure(full());
		assertThat(m.percent()).hasToString("92.86"); // 26 ÷ 28 = 0.928571…
		assertThat(m.arithmetic()).isEqualTo("26 ÷ 28 = 92.86%");
		assertThat(m.inputs()).isEqualTo("实有人数 26 人，编制数 28 人");
	}

	@Test
	void staffControlWithoutAuthorisedStaffCannotDivide() {
		DepartmentFigures f = figures(2025);
		var none = new DepartmentFigures(f.id(), f.departmentId(), f.fiscalYear(), f.personnelBudget(),
				f.personnelSpent(), f.operatingBudget(), f.operatingSpent(), f.overseasTravelBudget(),
				f.overseasTravelSpent(), f.vehiclePurchaseBudget(), f.vehiclePurchaseSpent(),
				f.vehicleOperationBudget(), f.vehicleOperationSpent(), f.receptionBudget(), f.receptionSpent(),
				f.procurementBudget(), f.procurementActual(), 0, 3, 1, null, "x");
		Measure m = CommonFormula.STAFF_CONTROL.measure(measures(none, null, funds(), List.of()));
		assertThat(m.present()).isFalse();
		assertThat(m.missing()).isEqualTo("编制数为 0，不能作除数");
		assertThat(CommonFormula.STAFF_CONTROL.measure(measures(null, null, funds(), List.of())).missing())
			.startsWith("本年度编制数、实有人数未填写");
	}

	@Test
	void officialCostsChangeComparesWithLastYear() {
		Measure m = CommonFormula.OFFICIAL_COSTS_CHANGE.measure(full());
		// (2.9 − 2.5) ÷ 2.5 = 16%
		assertThat(m.percent()).hasToString("16.00");
		assertThat(m.arithmetic()).isEqualTo("(2.90 − 2.50) ÷ 2.50 = 16.00%");
	}

	@Test
	void officialCostsChangeWithoutLastYearSaysWhatIsMissing() {
		Measure m = CommonFormula.OFFICIAL_COSTS_CHANGE.measure(measures(figures(2025), null, funds(), List.of()));
		assertThat(m.present()).isFalse();
		assertThat(m.missing()).startsWith("上年度三公经费支出数未填写");
		DepartmentFigures p = previous(2025);
		var nothingSpent = new DepartmentFigures(p.id(), 9, 2024, p.personnelBudget(), p.personnelSpent(),
				p.operatingBudget(), p.operatingSpent(), Amount.ZERO, Amount.ZERO, Amount.ZERO, Amount.ZERO, wan("3"),
				Amount.ZERO, wan("1"), Amount.ZERO, wan("40"), wan("40"), 28, 27, 1, null, "x");
		assertThat(
				CommonFormula.OFFICIAL_COSTS_CHANGE.measure(measures(figures(2025), nothingSpent, funds(), List.of()))
					.missing())
			.isEqualTo("上年三公经费为 0，不能作除数，请手工评定");
	}

	@Test
	void budgetCompletionDividesSpendingByTheAdjustedBudget() {
		Measure m = CommonFormula.BUDGET_COMPLETION.measure(full());
		// 1022.93 ÷ (1133.01 − 29.66) = 1022.93 ÷ 1103.35 = 0.927113…
		assertThat(m.percent()).hasToString("92.71");
		assertThat(m.arithmetic()).isEqualTo("1022.93 ÷ 1103.35 = 92.71%");
	}

	@Test
	void budgetAdjustmentCountsACutAsMuchAsAnIncrease() {
		Measure m = CommonFormula.BUDGET_ADJUSTMENT.measure(full());
		// |−29.66| ÷ 1133.01 = 2.6178…%
		assertThat(m.percent()).hasToString("2.62");
		assertThat(m.arithmetic()).startsWith("29.66 ÷ 1133.01 = 2.62%").contains("按调整幅度计");
	}

	@Test
	void budgetControlCountsTheIncreasesOnly() {
		// 10 ÷ 1133.01 = 0.8826…%
		assertThat(CommonFormula.BUDGET_CONTROL.measure(full()).percent()).hasToString("0.88");
	}

	@Test
	void carryOverIsWhatWasBudgetedAndNotSpent() {
		Measure m = CommonFormula.CARRY_OVER.measure(full());
		// (1103.35 − 1022.93) ÷ 1103.35 = 80.42 ÷ 1103.35 = 7.2887…%
		assertThat(m.percent()).hasToString("7.29");
		assertThat(m.arithmetic()).isEqualTo("80.42 ÷ 1103.35 = 7.29%（结转结余总额按 年度预算数 − 实际支出数 计）");
	}

	@Test
	void theMoneyFormulasNeedTheRecordedBasicSpending() {
		var unrecorded = new DepartmentFunds(null, wan("-29.66"), wan("10"), null, null);
		DepartmentMeasures in = measures(null, null, unrecorded, List.of());
		assertThat(CommonFormula.BUDGET_COMPLETION.measure(in).missing()).startsWith("实际支出数、年度预算数未填写");
		assertThat(CommonFormula.BUDGET_CONTROL.measure(in).missing()).startsWith("年初预算数未填写");
		assertThat(CommonFormula.CARRY_OVER.measure(in).present()).isFalse();
	}

	@Test
	void aZeroBudgetCannotDivide() {
		var zero = new DepartmentFunds(Amount.ZERO, Amount.ZERO, Amount.ZERO, Amount.ZERO, Amount.ZERO);
		DepartmentMeasures in = measures(figures(2025), previous(2025), zero, List.of());
		assertThat(CommonFormula.BUDGET_COMPLETION.measure(in).missing()).isEqualTo("年度预算数为 0，不能作除数");
		assertThat(CommonFormula.BUDGET_ADJUSTMENT.measure(in).missing()).isEqualTo("年初预算数为 0，不能作除数");
	}

	@Test
	void operatingOfficialAndProcurementRatesReadTheDepartmentFigures() {
		assertThat(CommonFormula.OPERATING_CONTROL.measure(full()).percent()).hasToString("90.00"); // 27
																									// ÷
																									// 30
		assertThat(CommonFormula.OFFICIAL_COSTS_CONTROL.measure(full()).percent()).hasToString("72.50"); // 2.9
																											// ÷
																											// 4
		assertThat(CommonFormula.PROCUREMENT.measure(full()).percent()).hasToString("90.00"); // 36
																								// ÷
																								// 40
		assertThat(CommonFormula.PROCUREMENT.measure(measures(null, null, funds(), List.of())).missing())
			.startsWith("实际政府采购金额、政府采购预算数未填写");
	}

	@Test
	void aProcurementBudgetOfZeroCannotDivide() {
		DepartmentFigures f = figures(2025);
		var none = new DepartmentFigures(f.id(), 9, 2025, f.personnelBudget(), f.personnelSpent(), f.operatingBudget(),
				f.operatingSpent(), Amount.ZERO, Amount.ZERO, Amount.ZERO, Amount.ZERO, wan("3"), wan("2.4"), wan("1"),
				wan("0.5"), Amount.ZERO, Amount.ZERO, 28, 26, 1, null, "x");
		assertThat(CommonFormula.PROCUREMENT.measure(measures(none, null, funds(), List.of())).missing())
			.isEqualTo("政府采购预算数为 0，不能作除数");
	}

	@Test
	void keyIndicatorsAreScoredByTheEngine() {
		List<KeyIndicatorResult> keys = List.of(
				new KeyIndicatorResult(0, IndicatorSubcategory.QUANTITY, "覆盖人次", "≥30000人次", BigDecimal.valueOf(20),
						"24000人次", ""),
				new KeyIndicatorResult(1, IndicatorSubcategory.QUALITY, "执行率", "≥95%", BigDecimal.valueOf(20), "96%",
						""),
				new KeyIndicatorResult(2, IndicatorSubcategory.SERVICE_SATISFACTION, "满意度", "≥90%", BigDecimal.TEN, "",
						""));
		DepartmentMeasures in = measures(figures(2025), previous(2025), funds(), keys);
		Measure outputs = CommonFormula.KEY_OUTPUTS.measure(in);
		// 20 × 24000 ÷ 30000 = 16; 20 (met); (16 + 20) ÷ 40 = 90%
		assertThat(outputs.percent()).hasToString("90.00");
		assertThat(outputs.arithmetic()).isEqualTo("36 ÷ 40 = 90.00%");
		Measure effects = CommonFormula.KEY_EFFECTS.measure(in);
		assertThat(effects.present()).isFalse();
		assertThat(effects.missing()).isEqualTo("关键指标“满意度”未填写实际完成值");
	}

	@Test
	void noKeyIndicatorOfAKindIsSaid() {
		assertThat(CommonFormula.KEY_EFFECTS.measure(full()).missing()).isEqualTo("部门整体支出绩效目标中没有效益及满意度类关键指标");
	}

}
