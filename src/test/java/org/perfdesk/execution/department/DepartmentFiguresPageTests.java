package org.perfdesk.execution.department;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.perfdesk.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The department figures pages in 万元, on the demo city. Years 2041–2049 are this class's.
 */
@IntegrationTest
class DepartmentFiguresPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	@Test
	void theFillerSavesInWanAndTheReviewerReadsWithoutAForm() throws Exception {
		long league = unit("201");
		mvc.perform(form(league, "2041", "0").with(csrf()).with(as("filler")))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/execution/departments/" + league + "?year=2041"));
		assertThat(jdbc.sql(
				"select personnel_spent from execution_department_figures where department_id = :d and fiscal_year = 2041")
			.param("d", league)
			.query(BigDecimal.class)
			.single()).isEqualByComparingTo("8512345.67");
		String filler = page(league, 2041, "filler");
		assertThat(filler).contains("figures-form")
			.contains("988.00")
			.contains("98.18%") // 970 / 988 万元
			.contains("figures-chart")
			.contains("echarts.min.js")
			.contains("部门预算总额");
		String reviewer = page(league, 2041, "reviewer");
		assertThat(reviewer).doesNotContain("figures-form").contains("988.00").contains("figures-table");
		assertThat(page(league, 2041, "finance")).doesNotContain("figures-form").contains("共青团示例市委员会");
	}

	@Test
	void wrongFieldsAreExplainedInChineseBesideThemAndNothingIsSaved() throws Exception {
		long league = unit("201");
		String page = mvc
			.perform(form(league, "2042", "0", "personnelBudget", "八百万", "operatingSpent", "-3", "receptionBudget",
					"1.1234567", "authorisedStaff", "30.5")
				.with(csrf())
				.with(as("filler")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("未保存任何内容")
			.contains("人员经费预算数须为数字（单位：万元）")
			.contains("公用经费支出数不能为负数")
			.contains("公务接待费预算数以万元填写时最多 6 位小数")
			.contains("编制数须为整数（人）")
			.contains("value=\"八百万\"");
		assertThat(saved(league, 2042)).isZero();
	}

	@Test
	void moreStaffThanTheEstablishmentIsSavedWithAWarning() throws Exception {
		long league = unit("201");
		mvc.perform(form(league, "2043", "0", "actualStaff", "40").with(csrf()).with(as("filler")))
			.andExpect(status().is3xxRedirection());
		assertThat(saved(league, 2043)).isOne();
		assertThat(page(league, 2043, "reviewer")).contains("实有人数（40 人）超过编制数（32 人）");
	}

	@Test
	void aStaleFormIsRefusedWithTheOptimisticLockMessage() throws Exception {
		long league = unit("201");
		mvc.perform(form(league, "2044", "0").with(csrf()).with(as("filler"))).andExpect(status().is3xxRedirection());
		String page = mvc.perform(form(league, "2044", "0", "personnelBudget", "900").with(csrf()).with(as("filler")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("已被他人修改");
		assertThat(jdbc.sql(
				"select personnel_budget from execution_department_figures where department_id = :d and fiscal_year = 2044")
			.param("d", league)
			.query(BigDecimal.class)
			.single()).isEqualByComparingTo("8650000");
	}

	@Test
	void othersCannotSaveOrSeeWhatIsNotTheirs() throws Exception {
		long league = unit("201");
		mvc.perform(form(league, "2045", "0").with(csrf()).with(as("reviewer"))).andExpect(status().isForbidden());
		mvc.perform(form(league, "2045", "0").with(csrf()).with(as("filler2"))).andExpect(status().isNotFound());
		mvc.perform(get("/execution/departments/" + league).with(as("filler2"))).andExpect(status().isNotFound());
		mvc.perform(get("/execution/departments/" + unit("201001")).with(as("reviewer")))
			.andExpect(status().isBadRequest());
		assertThat(saved(league, 2045)).isZero();
	}

	@Test
	void theListShowsTheDepartmentsInScope() throws Exception {
		String finance = mvc.perform(get("/execution/departments").param("year", "2046").with(as("finance")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(finance).contains("共青团示例市委员会").contains("示例市妇女联合会").contains("2046 年度部门整体支出");
		String reviewer = mvc.perform(get("/execution/departments").param("year", "2046").with(as("reviewer")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(reviewer).contains("共青团示例市委员会").doesNotContain("示例市妇女联合会");
	}

	/**
	 * The whole form in 万元; {@code changes} are name, value pairs replacing the defaults.
	 */
	private MockHttpServletRequestBuilder form(long department, String year, String version, String... changes) {
		var values = new java.util.LinkedHashMap<String, String>();
		String[] defaults = { "personnelBudget", "865", "personnelSpent", "851.234567", "operatingBudget", "123",
				"operatingSpent", "118.765433", "overseasTravelBudget", "0", "overseasTravelSpent", "0",
				"vehiclePurchaseBudget", "0", "vehiclePurchaseSpent", "0", "vehicleOperationBudget", "6",
				"vehicleOperationSpent", "4.8", "receptionBudget", "3", "receptionSpent", "2.15", "procurementBudget",
				"80", "procurementActual", "76", "authorisedStaff", "32", "actualStaff", "30" };
		for (int i = 0; i < defaults.length; i += 2) {
			values.put(defaults[i], defaults[i + 1]);
		}
		for (int i = 0; i < changes.length; i += 2) {
			values.put(changes[i], changes[i + 1]);
		}
		var request = post("/execution/departments/" + department).param("year", year).param("version", version);
		values.forEach(request::param);
		return request;
	}

	private String page(long department, int year, String username) throws Exception {
		return mvc
			.perform(get("/execution/departments/" + department).param("year", Integer.toString(year))
				.with(as(username)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private long saved(long department, int year) {
		return jdbc
			.sql("select count(*) from execution_department_figures where department_id = :d and fiscal_year = :y")
			.param("d", department)
			.param("y", year)
			.query(Long.class)
			.single();
	}

	private long unit(String code) {
		return jdbc.sql("select id from org_unit where code = :c").param("c", code).query(Long.class).single();
	}

	private RequestPostProcessor as(String username) {
		return user(users.loadUserByUsername(username));
	}

}
