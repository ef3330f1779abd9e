package org.perfdesk.execution.department;

import java.math.BigDecimal;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.perfdesk.IntegrationTest;
import org.perfdesk.org.DataScope;
import org.perfdesk.org.Role;
import org.perfdesk.shared.Amount;
import org.perfdesk.shared.ConcurrentChange;
import org.perfdesk.shared.FiscalYear;
import org.perfdesk.shared.RecordNotFound;
import org.perfdesk.shared.RuleViolation;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Who may read and save a department's figures, and what a save does, on the demo city.
 * Years 2031–2039 are this class's.
 */
@IntegrationTest
class DepartmentFiguresManagementTests {

	@Autowired
	DepartmentFiguresManagement departments;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aDepartmentWithNothingSavedHasEmptyFigures() {
		DepartmentFigures f = departments.find(leagueFiller(), unit("201"), FiscalYear.of(2031));
		assertThat(f.saved()).isFalse();
		assertThat(f.version()).isZero();
		assertThat(f.basicBudget()).isEqualTo(Amount.ZERO);
		assertThat(f.basicRate()).isNull();
	}

	@Test
	void theFillerSavesAllOrNothingAndTheChangeIsAudited() {
		long league = unit("201");
		FiscalYear year = FiscalYear.of(2032);
		DepartmentFigures saved = departments.save(leagueFiller(), league, year,
				DepartmentFiguresTests.leagueCommittee(), 0);
		assertThat(saved.saved()).isTrue();
		assertThat(saved.version()).isOne();
		assertThat(saved.basicBudget()).isEqualTo(Amount.ofYuan("9880000"));
		assertThat(saved.updatedBy()).isNotBlank();
		assertThat(departments.find(reviewer(), league, year)).isEqualTo(saved);

		var in = DepartmentFiguresTests.leagueCommittee();
		var revised = new DepartmentFiguresInput(new BigDecimal("8700000"), in.personnelSpent(), in.operatingBudget(),
				in.operatingSpent(), in.overseasTravelBudget(), in.overseasTravelSpent(), in.vehiclePurchaseBudget(),
				in.vehiclePurchaseSpent(), in.vehicleOperationBudget(), in.vehicleOperationSpent(),
				in.receptionBudget(), in.receptionSpent(), in.procurementBudget(), in.procurementActual(),
				in.authorisedStaff(), new BigDecimal("34"));
		DepartmentFigures after = departments.save(leagueFiller(), league, year, revised, 1);
		assertThat(after.version()).isEqualTo(2);
		assertThat(after.staffWarning()).contains("超过编制数");
		assertThat(jdbc.sql("select c.field || ':' || c.old_value || '>' || c.new_value from audit_field_change c "
				+ "join audit_entry e on e.id = c.entry_id where e.record_type = 'DEPARTMENT_FIGURES' and e.record_id = :id "
				+ "and e.action = 'UPDATE'")
			.param("id", after.id())
			.query(String.class)
			.list()).containsExactlyInAnyOrder("人员经费预算数(万元):865>870", "实有人数(人):30>34");
		assertThat(jdbc
			.sql("select count(*) from audit_entry where record_type = 'DEPARTMENT_FIGURES' and record_id = :id "
					+ "and action = 'CREATE'")
			.param("id", after.id())
			.query(Long.class)
			.single()).isOne();
	}

	@Test
	void aWrongFieldSavesNothing() {
		long league = unit("201");
		var in = DepartmentFiguresTests.leagueCommittee();
		var bad = new DepartmentFiguresInput(in.personnelBudget(), in.personnelSpent(), in.operatingBudget(),
				in.operatingSpent(), in.overseasTravelBudget(), in.overseasTravelSpent(), in.vehiclePurchaseBudget(),
				in.vehiclePurchaseSpent(), in.vehicleOperationBudget(), in.vehicleOperationSpent(),
				in.receptionBudget(), new BigDecimal("-0.01"), in.procurementBudget(), in.procurementActual(),
				in.authorisedStaff(), in.actualStaff());
		assertThatThrownBy(() -> departments.save(leagueFiller(), league, FiscalYear.of(2033), bad, 0))
			.isInstanceOf(RuleViolation.class)
			.hasMessageContaining("公务接待费支出数不能为负数");
		assertThat(departments.find(leagueFiller(), league, FiscalYear.of(2033)).saved()).isFalse();
	}

	@Test
	void aStaleVersionIsRefusedAndKeepsTheOtherSave() {
		long league = unit("201");
		FiscalYear year = FiscalYear.of(2034);
		var in = DepartmentFiguresTests.leagueCommittee();
		departments.save(leagueFiller(), league, year, in, 0);
		assertThatThrownBy(() -> departments.save(leagueFiller(), league, year, in, 3))
			.isInstanceOf(ConcurrentChange.class)
			.hasMessageContaining("已被他人修改");
		// a second "first save" of the same year, from a page opened before the first,
		// collides too
		assertThatThrownBy(() -> departments.save(leagueFiller(), league, year, in, 0))
			.isInstanceOf(ConcurrentChange.class);
		departments.save(leagueFiller(), league, year, in, 1);
		assertThat(departments.find(leagueFiller(), league, year).version()).isEqualTo(2);
	}

	@Test
	void aBudgetUnitHasNoDepartmentFigures() {
		long palace = unit("201001");
		assertThatThrownBy(() -> departments.find(reviewer(), palace, FiscalYear.of(2035)))
			.isInstanceOf(RuleViolation.class)
			.hasMessageContaining("示例市青少年宫”是预算单位")
			.hasMessageContaining("只由主管部门填报");
		var palaceFiller = new DataScope(Role.UNIT_FILLER, palace, false, Set.of(palace));
		assertThatThrownBy(() -> departments.save(palaceFiller, palace, FiscalYear.of(2035),
				DepartmentFiguresTests.leagueCommittee(), 0))
			.isInstanceOf(RuleViolation.class);
	}

	@Test
	void scopeDecidesWhoReadsAndWhoWrites() {
		long league = unit("201");
		long women = unit("202");
		FiscalYear year = FiscalYear.of(2036);
		var womenFiller = new DataScope(Role.UNIT_FILLER, women, false, Set.of(women));
		assertThatThrownBy(() -> departments.find(womenFiller, league, year)).isInstanceOf(RecordNotFound.class);
		assertThatThrownBy(
				() -> departments.save(womenFiller, league, year, DepartmentFiguresTests.leagueCommittee(), 0))
			.isInstanceOf(RecordNotFound.class);
		assertThatThrownBy(
				() -> departments.save(reviewer(), league, year, DepartmentFiguresTests.leagueCommittee(), 0))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> departments.save(finance(), league, year, DepartmentFiguresTests.leagueCommittee(), 0))
			.isInstanceOf(AccessDeniedException.class);
		departments.save(womenFiller, women, year, DepartmentFiguresTests.leagueCommittee(), 0);
		assertThat(departments.find(finance(), women, year).saved()).isTrue();
		assertThat(departments.list(finance(), year)).extracting(DepartmentFigures::departmentId)
			.containsExactly(league, women);
		assertThat(departments.list(reviewer(), year)).extracting(DepartmentFigures::departmentId)
			.containsExactly(league);
		assertThat(departments.find(finance(), unit("201"), year).saved()).isFalse();
	}

	@Test
	void projectSpendingSumsTheDepartmentAndItsUnitsWithinTheScope() {
		long league = unit("201");
		int year = org.perfdesk.DemoYear.current();
		BigDecimal all = jdbc
			.sql("select coalesce(sum(fiscal_appropriation + carry_over + other_funds), 0) from budget_project "
					+ "where fiscal_year = :y and unit_id in (select id from org_unit where path like "
					+ "(select path from org_unit where id = :d) || '%')")
			.param("y", year)
			.param("d", league)
			.query(BigDecimal.class)
			.single();
		BigDecimal own = jdbc
			.sql("select coalesce(sum(fiscal_appropriation + carry_over + other_funds), 0) from budget_project "
					+ "where fiscal_year = :y and unit_id = :d")
			.param("y", year)
			.param("d", league)
			.query(BigDecimal.class)
			.single();
		assertThat(all).isGreaterThan(own);
		DepartmentProjectSpending reviewed = departments.projectSpending(reviewer(), league, FiscalYear.of(year));
		assertThat(reviewed.total()).isEqualTo(Amount.ofYuan(all));
		assertThat(reviewed.partial()).isFalse();
		assertThat(departments.projectSpending(finance(), league, FiscalYear.of(year)).total())
			.isEqualTo(Amount.ofYuan(all));
		DepartmentProjectSpending filled = departments.projectSpending(leagueFiller(), league, FiscalYear.of(year));
		assertThat(filled.total()).isEqualTo(Amount.ofYuan(own));
		assertThat(filled.partial()).isTrue();
	}

	private long unit(String code) {
		return jdbc.sql("select id from org_unit where code = :c").param("c", code).query(Long.class).single();
	}

	private DataScope leagueFiller() {
		long id = unit("201");
		return new DataScope(Role.UNIT_FILLER, id, false, Set.of(id));
	}

	private DataScope reviewer() {
		long id = unit("201");
		return new DataScope(Role.DEPARTMENT_REVIEWER, id, false, Set.of(id, unit("201001"), unit("201002")));
	}

	private DataScope finance() {
		return new DataScope(Role.FINANCE_REVIEWER, unit("100"), true, Set.of());
	}

}
