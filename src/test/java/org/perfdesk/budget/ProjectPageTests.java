package org.perfdesk.budget;

import org.junit.jupiter.api.Test;
import org.perfdesk.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class ProjectPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	@Test
	void aFillerRegistersAProjectInWanAndSeesItInYuanExactly() throws Exception {
		mvc.perform(form(post("/projects"), "PAGE-OK-1", "35.5", "1.234567").with(csrf()).with(filler()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/projects/*"));
		assertThat(jdbc.sql("select fiscal_appropriation from budget_project where code = 'PAGE-OK-1'")
			.query(java.math.BigDecimal.class)
			.single()).isEqualByComparingTo("355000.00");
		assertThat(jdbc.sql("select carry_over from budget_project where code = 'PAGE-OK-1'")
			.query(java.math.BigDecimal.class)
			.single()).isEqualByComparingTo("12345.67");
		long id = jdbc.sql("select id from budget_project where code = 'PAGE-OK-1'").query(Long.class).single();
		mvc.perform(get("/projects/" + id).with(filler()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("36.73"))) // 35.5 + 1.234567 万元,
																	// shown to two
																	// decimals
			.andExpect(content().string(containsString("修改记录")));
	}

	@Test
	void everyProblemIsShownBesideItsFieldAndNothingIsSaved() throws Exception {
		long before = jdbc.sql("select count(*) from budget_project").query(Long.class).single();
		String page = mvc
			.perform(form(post("/projects"), "", "十万", "-1").param("endYear", "20x6").with(csrf()).with(filler()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("项目编码不能为空")
			.contains("当年财政拨款须为数字（单位：万元）")
			.contains("上年结转不能为负数")
			.contains("项目结束年度须为四位年份")
			.contains("未保存任何内容");
		// the field fragment: the refused input keeps what was typed, is marked invalid
		// and points at its message
		String input = tag(page, "fiscalAppropriation");
		assertThat(input).contains("value=\"十万\"")
			.contains("is-invalid")
			.contains("aria-invalid=\"true\"")
			.contains("aria-describedby=\"fiscalAppropriation-error\"");
		assertThat(page).contains("id=\"fiscalAppropriation-error\">当年财政拨款须为数字（单位：万元）");
		assertThat(tag(page, "name")).doesNotContain("is-invalid").doesNotContain("aria-invalid");
		assertThat(jdbc.sql("select count(*) from budget_project").query(Long.class).single()).isEqualTo(before);
	}

	@Test
	void aFormWithoutTheCsrfTokenIsRefused() throws Exception {
		mvc.perform(form(post("/projects"), "PAGE-CSRF", "1", "0").with(filler())).andExpect(status().isForbidden());
		assertThat(jdbc.sql("select count(*) from budget_project where code = 'PAGE-CSRF'").query(Long.class).single())
			.isZero();
	}

	@Test
	void revisingWithAStaleVersionKeepsTheOtherPersonsChange() throws Exception {
		mvc.perform(form(post("/projects"), "PAGE-LOCK", "10", "0").with(csrf()).with(filler()));
		long id = jdbc.sql("select id from budget_project where code = 'PAGE-LOCK'").query(Long.class).single();
		mvc.perform(
				form(post("/projects/" + id), "PAGE-LOCK", "11", "0").param("version", "0").with(csrf()).with(filler()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(
				form(post("/projects/" + id), "PAGE-LOCK", "12", "0").param("version", "0").with(csrf()).with(filler()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("已被他人修改")));
		assertThat(jdbc.sql("select fiscal_appropriation from budget_project where id = :id")
			.param("id", id)
			.query(java.math.BigDecimal.class)
			.single()).isEqualByComparingTo("110000.00");
		assertThat(jdbc
			.sql("select c.old_value || '>' || c.new_value from audit_field_change c join audit_entry e on "
					+ "e.id = c.entry_id where e.record_id = :id and e.record_type = 'PROJECT' and e.action = 'UPDATE'")
			.param("id", id)
			.query(String.class)
			.list()).containsExactly("10>11");
	}

	@Test
	void theListTotalsEveryFundSourceFromTheProjects() throws Exception {
		int year = org.perfdesk.DemoYear.current();
		var sums = jdbc
			.sql("select sum(p.fiscal_appropriation), sum(p.carry_over) from budget_project p join org_unit u "
					+ "on u.id = p.unit_id where u.code = '201' and p.fiscal_year = :y")
			.param("y", year)
			.query((rs, n) -> new java.math.BigDecimal[] { rs.getBigDecimal(1), rs.getBigDecimal(2) })
			.single();
		String page = mvc.perform(get("/projects").with(filler())).andReturn().getResponse().getContentAsString();
		assertThat(page).contains(org.perfdesk.shared.Amount.ofYuan(sums[0]).formatWan())
			.contains(org.perfdesk.shared.Amount.ofYuan(sums[1]).formatWan());
	}

	@Test
	void theListIsNarrowedByAKeywordInNameOrCodeAndWildcardsAreLiteral() throws Exception {
		var reviewer = user(users.loadUserByUsername("reviewer"));
		String page = mvc.perform(get("/projects").param("q", "志愿").with(reviewer))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("青年志愿者行动").doesNotContain("希望工程助学").contains("合计（1 个项目）");
		String byCode = mvc.perform(get("/projects").param("q", "wf").with(user(users.loadUserByUsername("finance"))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(byCode).contains("妇女儿童权益保障").doesNotContain("希望工程助学");
		String outsideScope = mvc.perform(get("/projects").param("q", "wf").with(reviewer))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(outsideScope).contains("没有符合条件的项目");
		String wildcard = mvc.perform(get("/projects").param("q", "%").with(reviewer))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(wildcard).contains("没有符合条件的项目");
	}

	@Test
	void theListShowsTheChosenYearsProjectsWithTotalsInWan() throws Exception {
		mvc.perform(get("/projects").with(user(users.loadUserByUsername("reviewer"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("示例市青少年宫")))
			.andExpect(content().string(containsString("金额单位：万元")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("示例市妇女联合会</td>"))));
	}

	private MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request, String code, String fiscal,
			String carryOver) {
		int year = org.perfdesk.DemoYear.current();
		return request.param("code", code)
			.param("name", "青少年读书月")
			.param("type", "ONE_OFF")
			.param("startYear", Integer.toString(year))
			.param("endYear", Integer.toString(year))
			.param("manager", "邓雨桐")
			.param("fiscalAppropriation", fiscal)
			.param("carryOver", carryOver)
			.param("otherFunds", "0")
			.param("purpose", "组织青少年读书分享会和好书推荐活动。");
	}

	private org.springframework.test.web.servlet.request.RequestPostProcessor filler() {
		return user(users.loadUserByUsername("filler"));
	}

	/** The opening tag of the form control with this id. */
	private static String tag(String page, String id) {
		var tag = java.util.regex.Pattern.compile("<(?:input|textarea|select)[^>]*\\sid=\"" + id + "\"[^>]*>")
			.matcher(page);
		assertThat(tag.find()).as("a form control with id " + id).isTrue();
		return tag.group();
	}

}
