package org.perfdesk.consistency;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.perfdesk.consistency.checks.SumCheck;

/** Checks another module registers run after the standard ten, on the same table. */
class ConsistencyChecksTests {

	/** A made-up extra rule: a table must have a name. */
	private static final Check NAMED = new Check() {

		@Override
		public String code() {
			return "TABLE_UNNAMED";
		}

		@Override
		public List<Finding> check(PrintedTable table) {
			return table.name().isBlank() ? List.of(new Finding(code(), CheckSeverity.WARNING, "表格未写名称")) : List.of();
		}
	};

	@Test
	void aRegisteredCheckRunsAfterTheStandardOnes() {
		var checks = new ConsistencyChecks(List.of(NAMED));
		var checker = checks.checker(ReverseRule.RATIO);
		assertThat(checker.codes()).hasSize(11).endsWith("TABLE_UNNAMED");
		assertThat(checker.codes().subList(0, 10)).isEqualTo(new ConsistencyChecker().codes());
		assertThat(checks.registeredCodes()).containsExactly("TABLE_UNNAMED");
		var table = PrintedTable.builder(" ")
			.annualBudget("100")
			.initialBudget("90")
			.adjustment("20")
			.adjustmentReason("年中追加预算")
			.build();
		assertThat(checker.check(table)).extracting(Finding::code).containsExactly(SumCheck.CODE, "TABLE_UNNAMED");
	}

	@Test
	void withNothingRegisteredTheCheckerIsTheStandardOne() {
		assertThat(new ConsistencyChecks(List.of()).checker(ReverseRule.LINEAR).codes())
			.isEqualTo(new ConsistencyChecker(ReverseRule.LINEAR).codes());
	}

}
