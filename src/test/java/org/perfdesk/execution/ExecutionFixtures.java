package org.perfdesk.execution;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Set;

import org.perfdesk.PerfDeskApplication;
import org.perfdesk.budget.FundSource;
import org.perfdesk.budget.Project;
import org.perfdesk.budget.ProjectDraft;
import org.perfdesk.budget.ProjectManagement;
import org.perfdesk.budget.ProjectType;
import org.perfdesk.org.DataScope;
import org.perfdesk.org.Role;
import org.perfdesk.shared.Amount;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Scopes of the demo accounts and projects with known budgets, for the execution tests.
 */
final class ExecutionFixtures {

	private final JdbcClient jdbc;

	ExecutionFixtures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	static YearMonth now() {
		return YearMonth.now(PerfDeskApplication.ZONE);
	}

	long unit(String code) {
		return jdbc.sql("select id from org_unit where code = :c").param("c", code).query(Long.class).single();
	}

	DataScope filler() {
		return fillerOf("201");
	}

	DataScope fillerOf(String unitCode) {
		long id = unit(unitCode);
		return new DataScope(Role.UNIT_FILLER, id, false, Set.of(id));
	}

	DataScope reviewer() {
		return new DataScope(Role.DEPARTMENT_REVIEWER, unit("201"), false,
				Set.of(unit("201"), unit("201001"), unit("201002")));
	}

	DataScope finance() {
		return new DataScope(Role.FINANCE_REVIEWER, unit("100"), true, Set.of());
	}

	/** A project of the filler's unit with the budget in 万元: 当年财政拨款, 上年结转, 其他资金. */
	Project newProject(ProjectManagement projects, String code, int year, String fiscal, String carry, String other) {
		return projects.register(filler(),
				new ProjectDraft(unit("201"), year, code, "执行测试项目 " + code, ProjectType.ONE_OFF, year, year, "测试负责人",
						wan(fiscal).yuan(), wan(carry).yuan(), wan(other).yuan(), "测试预算执行。"));
	}

	static Amount wan(String wan) {
		return Amount.ofWan(new BigDecimal(wan));
	}

	static SourceAmounts spent(String fiscal, String carry, String other) {
		return new SourceAmounts(wan(fiscal), wan(carry), wan(other));
	}

	static AdjustmentDraft increase(int year, FundSource source, String wan) {
		return new AdjustmentDraft(LocalDate.of(year, 3, 15), AdjustmentKind.INCREASE, source, wan(wan), "年中追加预算");
	}

	static AdjustmentDraft decrease(int year, FundSource source, String wan) {
		return new AdjustmentDraft(LocalDate.of(year, 3, 15), AdjustmentKind.DECREASE, source, wan(wan), "运行监控后追减");
	}

}
