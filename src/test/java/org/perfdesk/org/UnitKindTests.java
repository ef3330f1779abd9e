package org.perfdesk.org;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class UnitKindTests {

	@Test
	void theTreeIsBureauThenDepartmentThenBudgetUnit() {
		assertThat(UnitKind.FINANCE_BUREAU.mayBeChildOf(null)).isTrue();
		assertThat(UnitKind.DEPARTMENT.mayBeChildOf(UnitKind.FINANCE_BUREAU)).isTrue();
		assertThat(UnitKind.BUDGET_UNIT.mayBeChildOf(UnitKind.DEPARTMENT)).isTrue();

		assertThat(UnitKind.DEPARTMENT.mayBeChildOf(null)).isFalse();
		assertThat(UnitKind.BUDGET_UNIT.mayBeChildOf(UnitKind.FINANCE_BUREAU)).isFalse();
		assertThat(UnitKind.DEPARTMENT.mayBeChildOf(UnitKind.DEPARTMENT)).isFalse();
		assertThat(UnitKind.FINANCE_BUREAU.mayBeChildOf(UnitKind.FINANCE_BUREAU)).isFalse();
	}

}
