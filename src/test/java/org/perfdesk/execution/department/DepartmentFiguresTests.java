package org.perfdesk.execution.department;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.perfdesk.shared.Amount;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The arithmetic of a department's figures and the rules on what may be saved, without
 * Spring.
 */
class DepartmentFiguresTests {

	/** A youth league committee of about thirty people, in yuan. */
	static DepartmentFiguresInput leagueCommittee() {
		return new DepartmentFiguresInput(yuan("8650000"), yuan("8512345.67"), yuan("1230000"), yuan("1187654.33"),
				yuan("0"), yuan("0"), yuan("0"), yuan("0"), yuan("60000"), yuan("48000"), yuan("30000"), yuan("21500"),
				yuan("800000"), yuan("760000"), yuan("32"), yuan("30"));
	}

	static DepartmentFigures figures(DepartmentFiguresInput in) {
		return new DepartmentFigures(1L, 2L, 2031, a(in.personnelBudget()), a(in.personnelSpent()),
				a(in.operatingBudget()), a(in.operatingSpent()), a(in.overseasTravelBudget()),
				a(in.overseasTravelSpent()), a(in.vehiclePurchaseBudget()), a(in.vehiclePurchaseSpent()),
				a(in.vehicleOperationBudget()), a(in.vehicleOperationSpent()), a(in.receptionBudget()),
				a(in.receptionSpent()), a(in.procurementBudget()), a(in.procurementActual()),
				in.authorisedStaff().intValue(), in.actualStaff().intValue(), 1, null, "filler");
	}

	@Test
	void basicSpendingIsPersonnelPlusOperating() {
		DepartmentFigures f = figures(leagueCommittee());
		assertThat(f.basicBudget()).isEqualTo(Amount.ofYuan("9880000.00"));
		assertThat(f.basicSpent()).isEqualTo(Amount.ofYuan("9700000.00"));
	}

	@Test
	void officialCostsAddOverseasTravelVehiclesAndReception() {
		var in = leagueCommittee();
		DepartmentFigures f = figures(new DepartmentFiguresInput(in.personnelBudget(), in.personnelSpent(),
				in.operatingBudget(), in.operatingSpent(), yuan("50000"), yuan("0"), yuan("250000"), yuan("248800"),
				in.vehicleOperationBudget(), in.vehicleOperationSpent(), in.receptionBudget(), in.receptionSpent(),
				in.procurementBudget(), in.procurementActual(), in.authorisedStaff(), in.actualStaff()));
		assertThat(f.vehicleBudget()).isEqualTo(Amount.ofYuan("310000.00"));
		assertThat(f.officialCostsBudget()).isEqualTo(Amount.ofYuan("390000.00"));
		assertThat(f.officialCostsSpent()).isEqualTo(Amount.ofYuan("318300.00"));
		assertThat(f.officialCostsRate()).isEqualByComparingTo("0.8162"); // 0.816153…
																			// rounds
																			// half-up
	}

	@Test
	void ratesKeepFourDecimalsRoundedHalfUp() {
		assertThat(DepartmentFigures.rate(Amount.ofYuan("1"), Amount.ofYuan("3"))).isEqualTo("0.3333");
		assertThat(DepartmentFigures.rate(Amount.ofYuan("2"), Amount.ofYuan("3"))).isEqualByComparingTo("0.6667");
		// 1.25 / 8 = 0.15625: exactly half goes up (half-even would give 0.1562)
		assertThat(DepartmentFigures.rate(Amount.ofYuan("1.25"), Amount.ofYuan("8"))).isEqualTo("0.1563");
		assertThat(DepartmentFigures.rate(Amount.ofYuan("9636"), Amount.ofYuan("10000")))
			.isEqualByComparingTo("0.9636");
		assertThat(DepartmentFigures.percent(new BigDecimal("0.9636"))).isEqualTo("96.36%");
		assertThat(DepartmentFigures.percent(new BigDecimal("1.2500"))).isEqualTo("125.00%");
	}

	@Test
	void aZeroBudgetHasNoRate() {
		DepartmentFigures f = figures(leagueCommittee());
		assertThat(DepartmentFigures.rate(Amount.ofYuan("100"), Amount.ZERO)).isNull();
		assertThat(DepartmentFigures.percent(null)).isEqualTo("—");
		assertThat(f.lines()).extracting(DepartmentFigures.Line::label).containsExactly("人员经费", "公用经费", "三公经费", "政府采购");
		assertThat(DepartmentFigures.empty(2, 2031).basicRate()).isNull();
		assertThat(DepartmentFigures.empty(2, 2031).procurementRate()).isNull();
		assertThat(f.procurementRate()).isEqualByComparingTo("0.95");
	}

	@Test
	void theDepartmentBudgetIsBasicPlusProjectSpending() {
		DepartmentFigures f = figures(leagueCommittee());
		assertThat(f.departmentBudget(Amount.ofYuan("2500000.50"))).isEqualTo(Amount.ofYuan("12380000.50"));
	}

	@Test
	void moreStaffThanTheEstablishmentIsOnlyAWarning() {
		var in = leagueCommittee();
		var over = new DepartmentFiguresInput(in.personnelBudget(), in.personnelSpent(), in.operatingBudget(),
				in.operatingSpent(), in.overseasTravelBudget(), in.overseasTravelSpent(), in.vehiclePurchaseBudget(),
				in.vehiclePurchaseSpent(), in.vehicleOperationBudget(), in.vehicleOperationSpent(),
				in.receptionBudget(), in.receptionSpent(), in.procurementBudget(), in.procurementActual(), yuan("32"),
				yuan("35"));
		assertThat(DepartmentFiguresManagement.problems(over)).isEmpty();
		assertThat(figures(over).staffWarning()).contains("实有人数（35 人）超过编制数（32 人）");
		assertThat(figures(in).staffWarning()).isNull();
	}

	@Test
	void refusesNegativeAmountsFractionsOfAFenAndMissingFields() {
		var in = leagueCommittee();
		var bad = new DepartmentFiguresInput(yuan("-1"), in.personnelSpent(), yuan("100.005"), in.operatingSpent(),
				null, in.overseasTravelSpent(), in.vehiclePurchaseBudget(), in.vehiclePurchaseSpent(),
				in.vehicleOperationBudget(), in.vehicleOperationSpent(), in.receptionBudget(), in.receptionSpent(),
				in.procurementBudget(), in.procurementActual(), yuan("30.5"), yuan("-2"));
		assertThat(DepartmentFiguresManagement.problems(bad)).containsEntry("personnelBudget", "人员经费预算数不能为负数")
			.containsEntry("operatingBudget", "公用经费预算数最多精确到分（以元计最多两位小数）")
			.containsEntry("overseasTravelBudget", "因公出国(境)费预算数不能为空，没有请填 0")
			.containsEntry("authorisedStaff", "编制数须为整数（人）")
			.containsEntry("actualStaff", "实有人数不能为负数")
			.hasSize(5);
		assertThat(DepartmentFiguresManagement.problems(in)).isEmpty();
		// trailing zeros are not extra decimals
		assertThat(DepartmentFiguresManagement.problems(new DepartmentFiguresInput(yuan("1.2000"), in.personnelSpent(),
				in.operatingBudget(), in.operatingSpent(), in.overseasTravelBudget(), in.overseasTravelSpent(),
				in.vehiclePurchaseBudget(), in.vehiclePurchaseSpent(), in.vehicleOperationBudget(),
				in.vehicleOperationSpent(), in.receptionBudget(), in.receptionSpent(), in.procurementBudget(),
				in.procurementActual(), yuan("32.0"), in.actualStaff())))
			.isEmpty();
	}

	@Test
	void theAuditShowsEveryAmountInWan() {
		assertThat(figures(leagueCommittee()).auditFields()).containsEntry("人员经费预算数(万元)", "865")
			.containsEntry("人员经费支出数(万元)", "851.234567")
			.containsEntry("编制数(人)", "32")
			.hasSize(16);
	}

	private static BigDecimal yuan(String text) {
		return new BigDecimal(text);
	}

	private static Amount a(BigDecimal yuan) {
		return Amount.ofYuan(yuan);
	}

}
