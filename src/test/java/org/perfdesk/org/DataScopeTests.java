package org.perfdesk.org;

import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DataScopeTests {

	@Test
	void aFillerReadsAndWritesItsOwnUnitOnly() {
		var scope = new DataScope(Role.UNIT_FILLER, 2, false, Set.of(2L));
		assertThat(scope.canRead(2)).isTrue();
		assertThat(scope.canWrite(2)).isTrue();
		assertThat(scope.canRead(3)).isFalse();
		assertThat(scope.canWrite(3)).isFalse();
	}

	@Test
	void aDepartmentReviewerReadsItsSubtreeButWritesNothing() {
		var scope = new DataScope(Role.DEPARTMENT_REVIEWER, 2, false, Set.of(2L, 3L, 4L));
		assertThat(scope.canRead(3)).isTrue();
		assertThat(scope.canRead(5)).isFalse();
		assertThat(scope.canWrite(2)).isFalse();
		assertThat(scope.canWriteAnything()).isFalse();
	}

	@Test
	void theFinanceBureauReadsEverythingAndWritesNothing() {
		var scope = new DataScope(Role.FINANCE_REVIEWER, 1, true, Set.of());
		assertThat(scope.canRead(42)).isTrue();
		assertThat(scope.canWrite(42)).isFalse();
	}

	@Test
	void anAdministratorReadsNoBusinessRecords() {
		var scope = new DataScope(Role.ADMINISTRATOR, 1, false, Set.of());
		assertThat(scope.canRead(1)).isFalse();
		assertThat(scope.canWrite(1)).isFalse();
	}

}
