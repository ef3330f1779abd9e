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
		long own = jdbc.sql("select count(*) from budget_project p join org_unit u on u.id = p.unit_id "
				+ "where u.code = '201' and p.fiscal_year = :y").param("y", year).query(Long.class).single();
		String page = mvc.perform(get("/").with(user(users.loadUserByUsername("filler")))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains(year + " 年度绩效管理流程", "目标申报", "审核", "运行监控", "绩效自评", "报告", "我的待办")
			.contains("项目 <strong>" + own + "</strong> 个").contains("绩效目标被退回", "纪念五四系列活动");
		String reviewer = mvc.perform(get("/").with(user(users.loadUserByUsername("reviewer")))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		long waiting = jdbc.sql("select count(*) from target_performance_target where status = 'SUBMITTED' "
				+ "and is_current = true and fiscal_year = :y").param("y", year).query(Long.class).single();
		assertThat(waiting).isPositive();
		assertThat(reviewer.split("审核绩效目标：", -1)).hasSize((int) waiting + 1);
		// the demo's open monitoring round: the league's filler has reports to write, its reviewer one to review
		if (java.time.LocalDate.now(PerfDeskApplication.ZONE).getMonthValue() > 1) {
			assertThat(page).contains("填写绩效运行监控表");
			assertThat(reviewer).contains("审核绩效运行监控表：");
		}
	}

	@Test
	void theAdministratorIsToldAboutLockedAccounts() throws Exception {
		jdbc.sql("update org_account set locked_until = :t where username = 'filler2'")
			.param("t", java.time.LocalDateTime.now(PerfDeskApplication.ZONE).plusMinutes(10)).update();
		try {
			String page = mvc.perform(get("/").with(user(users.loadUserByUsername("admin")))).andExpect(status().isOk())
				.andReturn().getResponse().getContentAsString();
			assertThat(page).contains("账号 filler2").contains("被锁定");
		}
		finally {
			jdbc.sql("update org_account set locked_until = null where username = 'filler2'").update();
		}
	}
}
