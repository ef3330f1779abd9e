package org.perfdesk.workbench;

import org.junit.jupiter.api.Test;
import org.perfdesk.IntegrationTest;
import org.perfdesk.DemoYear;
import org.perfdesk.PerfDeskApplication;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class WorkbenchTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	@Test
	void theHomePageShowsTheCycleWithTheUsersProjectCountAndToDos() throws Exception {
		int year = DemoYear.current();
		long own = jdbc
			.sql("select count(*) from budget_project p join org_unit u on u.id = p.unit_id "
					+ "where u.code = '201' and p.fiscal_year = :y")
			.param("y", year)
			.query(Long.class)
			.single();
		String page = mvc.perform(get("/").with(user(users.loadUserByUsername("filler"))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains(year + " 年度绩效管理流程", "目标申报", "审核", "运行监控", "绩效自评", "报告", "我的待办")
			.contains("项目 <strong>" + own + "</strong> 个")
			.contains("绩效目标被退回", "纪念五四系列活动");
		String reviewer = mvc.perform(get("/").with(user(users.loadUserByUsername("reviewer"))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		long waiting = jdbc
			.sql("select count(*) from target_performance_target where status = 'SUBMITTED' "
					+ "and is_current = true and fiscal_year = :y")
			.param("y", year)
			.query(Long.class)
			.single();
		assertThat(waiting).isPositive();
		assertThat(reviewer.split("审核绩效目标：", -1)).hasSize((int) waiting + 1);
		// the demo's open monitoring round: the league's filler has reports to write, its
		// reviewer one to review
		if (java.time.LocalDate.now(PerfDeskApplication.ZONE).getMonthValue() > 1) {
			assertThat(page).contains("填写绩效运行监控表");
			assertThat(reviewer).contains("审核绩效运行监控表：");
		}
	}

	/**
	 * {@code select count(*) from self_evaluation} of the previous year, with a further
	 * condition.
	 */
	long evaluations(String where) {
		return jdbc
			.sql("select count(*) from self_evaluation e join org_unit u on u.id = e.unit_id where e.fiscal_year = :y"
					+ (where.isEmpty() ? "" : " and " + where))
			.param("y", DemoYear.current() - 1)
			.query(Long.class)
			.single();
	}

	String home(String username) throws Exception {
		return mvc.perform(get("/").with(user(users.loadUserByUsername(username))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	@Test
	void theSelfEvaluationStageCountsTheEndedYearsTablesByStatus() throws Exception {
		int previous = DemoYear.current() - 1;
		// the finance bureau reads every table: the count, then the statuses present
		String finance = home("finance");
		long all = evaluations("");
		long approved = evaluations("e.status = 'APPROVED'");
		long reviewing = evaluations("e.status in ('SUBMITTED', 'DEPARTMENT_APPROVED')");
		long returned = evaluations("e.status = 'RETURNED'");
		assertThat(approved).isPositive();
		assertThat(finance)
			.contains("<div class=\"count\">" + all + "</div>\n          <div class=\"small text-muted\">份 " + previous
					+ " 年度自评表：已批复 " + approved + "，审核中 " + reviewing + "，已退回 " + returned + "；待自评 ");
		// the league's filler only its own unit's
		long own = evaluations("u.code = '201'");
		assertThat(own).isLessThan(all);
		assertThat(home("filler")).contains("<div class=\"count\">" + own
				+ "</div>\n          <div class=\"small text-muted\">份 " + previous + " 年度自评表：");
		// the administrator reads no business records
		assertThat(home("admin"))
			.contains("<div class=\"count\">0</div>\n          <div class=\"small text-muted\">份自评表</div>");
	}

	@Test
	void aFillerIsToldOfReturnedTablesAndOfTargetsWaitingForASelfEvaluation() throws Exception {
		int previous = DemoYear.current() - 1;
		String filler = home("filler");
		java.util.List<String> returned = jdbc
			.sql("select p.code || ' ' || p.name from self_evaluation e "
					+ "join budget_project p on p.id = e.project_id join org_unit u on u.id = e.unit_id "
					+ "where e.status = 'RETURNED' and u.code = '201' and e.fiscal_year = :y")
			.param("y", previous)
			.query(String.class)
			.list();
		assertThat(returned).isNotEmpty();
		for (String label : returned) {
			assertThat(filler).contains("项目自评表被退回：" + label);
		}
		// approved targets of the ended year without a table, for the filler's own unit
		// only; the link switches the year
		java.util.List<String> waiting = jdbc
			.sql("select p.code || ' ' || p.name from target_performance_target t "
					+ "join budget_project p on p.id = t.project_id join org_unit u on u.id = t.unit_id "
					+ "where t.fiscal_year = :y and t.status = 'APPROVED' and t.is_current = true and u.code = '201' "
					+ "and not exists (select 1 from self_evaluation e where e.project_id = t.project_id)")
			.param("y", previous)
			.query(String.class)
			.list();
		assertThat(waiting).isNotEmpty();
		assertThat(filler.split("开展 " + previous + " 年度项目绩效自评：", -1)).hasSize(waiting.size() + 1);
		for (String label : waiting) {
			assertThat(filler).contains("开展 " + previous + " 年度项目绩效自评：" + label);
		}
		assertThat(filler).contains("name=\"year\" value=\"" + previous + "\"", "name=\"back\" value=\"/evaluations\"");
		assertThat(home("palace")).contains("开展 " + previous + " 年度项目绩效自评：").doesNotContain(waiting.get(0));
	}

	@Test
	@org.springframework.transaction.annotation.Transactional
	void eachReviewerIsToldOfTheTablesWaitingAtItsLevel() throws Exception {
		// the returned table submitted again (rolled back after the test): now it waits
		// for the league's reviewer
		jdbc.sql("update self_evaluation set status = 'SUBMITTED' where status = 'RETURNED' and unit_id in "
				+ "(select id from org_unit where code = '201')")
			.update();
		long atFinance = evaluations("e.status = 'DEPARTMENT_APPROVED'");
		long atLeague = evaluations("e.status = 'SUBMITTED' and u.code in ('201', '201001', '201002')");
		assertThat(atFinance).isPositive();
		assertThat(atLeague).isPositive();
		String finance = home("finance");
		String reviewer = home("reviewer");
		assertThat(finance.split("审核项目自评表：", -1)).hasSize((int) atFinance + 1);
		assertThat(reviewer.split("审核项目自评表：", -1)).hasSize((int) atLeague + 1);
		String submitted = jdbc
			.sql("select p.code || ' ' || p.name from self_evaluation e join budget_project p on p.id = e.project_id "
					+ "where e.status = 'SUBMITTED' and e.fiscal_year = :y")
			.param("y", DemoYear.current() - 1)
			.query(String.class)
			.list()
			.get(0);
		assertThat(reviewer).contains(submitted);
		assertThat(finance).doesNotContain("审核项目自评表：" + submitted);
	}

	@Test
	void theAdministratorIsToldAboutLockedAccounts() throws Exception {
		jdbc.sql("update org_account set locked_until = :t where username = 'filler2'")
			.param("t", java.time.LocalDateTime.now(PerfDeskApplication.ZONE).plusMinutes(10))
			.update();
		try {
			String page = mvc.perform(get("/").with(user(users.loadUserByUsername("admin"))))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(page).contains("账号 filler2").contains("被锁定");
		}
		finally {
			jdbc.sql("update org_account set locked_until = null where username = 'filler2'").update();
		}
	}

}
