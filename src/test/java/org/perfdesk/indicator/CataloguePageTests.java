package org.perfdesk.indicator;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.perfdesk.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
@Transactional
class CataloguePageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	@Test
	void theSearchPageListsTheCatalogueWithEveryColumn() throws Exception {
		// what 团市委's filler reads: the common library and 团市委's own
		long active = jdbc
			.sql("select count(*) from indicator_catalogue_entry where active and (owner_unit_id is null "
					+ "or owner_unit_id = :league)")
			.param("league", unitId("201"))
			.query(Long.class)
			.single();
		String page = mvc.perform(get("/catalogue").with(as("filler")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page)
			.contains("<th>一级指标</th>", "<th>二级指标</th>", "<th>三级指标名称</th>", "<th>主题</th>", "<th>计量单位</th>",
					"<th>建议值</th>", "指标解释</th>", "评(扣)分标准</th>", "使用次数</th>", "<th>所属指标库</th>")
			.contains("共 " + active + " 条指标")
			.contains("预算执行率")
			.contains("财政通用指标库")
			.doesNotContain("新增指标</a>");
	}

	@Test
	void typingReturnsOnlyTheResultsFragment() throws Exception {
		String fragment = mvc
			.perform(get("/catalogue").param("fragment", "results").param("words", "12355 接通").with(as("filler")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(fragment).startsWith("<div id=\"catalogue-results\"")
			.doesNotContain("<nav")
			.contains("12355热线有效接通率")
			.contains("共 1 条指标");
		String byLevel = mvc
			.perform(get("/catalogue").param("fragment", "results").param("level", "SATISFACTION").with(as("filler")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(byLevel).contains("服务对象满意度").doesNotContain("预算执行率");
		String nothing = mvc
			.perform(get("/catalogue").param("fragment", "results").param("words", "_").with(as("filler")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(nothing).contains("没有符合条件的指标");
	}

	@Test
	void aDepartmentReviewerAddsToItsDepartmentsLibrary() throws Exception {
		mvc.perform(get("/catalogue").with(as("reviewer")))
			.andExpect(content().string(containsString("新增指标</a>")))
			.andExpect(content().string(containsString("您维护：共青团示例市委员会指标库")));
		mvc.perform(get("/catalogue/new").with(as("reviewer")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("新增指标（加入共青团示例市委员会指标库）")));
		mvc.perform(form(post("/catalogue"), "青少年模拟政协提案数").with(csrf()).with(as("reviewer")))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl(
					"/catalogue?words=%E9%9D%92%E5%B0%91%E5%B9%B4%E6%A8%A1%E6%8B%9F%E6%94%BF%E5%8D%8F%E6%8F%90%E6%A1%88%E6%95%B0"))
			.andExpect(flash().attribute("message", "指标“青少年模拟政协提案数”已加入共青团示例市委员会指标库"));
		assertThat(jdbc.sql("select owner_unit_id from indicator_catalogue_entry where name = '青少年模拟政协提案数'")
			.query(Long.class)
			.single()).isEqualTo(unitId("201"));
		// 市妇联 does not see it, 团市委's filler does
		mvc.perform(get("/catalogue").param("words", "模拟政协").with(as("filler2")))
			.andExpect(content().string(containsString("没有符合条件的指标")));
		mvc.perform(get("/catalogue").param("words", "模拟政协").with(as("filler")))
			.andExpect(content().string(containsString("青少年模拟政协提案数")));
	}

	@Test
	void aFillerMayNotAddAndNothingIsSaved() throws Exception {
		long before = count();
		mvc.perform(get("/catalogue/new").with(as("filler"))).andExpect(status().isForbidden());
		mvc.perform(form(post("/catalogue"), "青少年模拟政协提案数").with(csrf()).with(as("filler")))
			.andExpect(status().isForbidden());
		mvc.perform(form(post("/catalogue"), "青少年模拟政协提案数").with(as("reviewer"))).andExpect(status().isForbidden()); // no
																													// CSRF
																													// token
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void badInputIsShownBesideEachFieldAndNothingIsSaved() throws Exception {
		long before = count();
		String page = mvc
			.perform(post("/catalogue").param("subcategory", "")
				.param("name", "名".repeat(101))
				.param("comparison", "QUALITATIVE")
				.param("unit", "%")
				.param("explanation", "")
				.with(csrf())
				.with(as("finance")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("未保存任何内容")
			.contains("请选择二级指标")
			.contains("三级指标名称不能超过 100 个字")
			.contains("指标解释不能为空")
			.contains("定性指标不填写计量单位");
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void theKeeperRevisesAndDeactivatesFromTheEditPage() throws Exception {
		long id = jdbc.sql("select id from indicator_catalogue_entry where name = '资金到位率'").query(Long.class).single();
		mvc.perform(get("/catalogue").param("words", "资金到位率").with(as("finance")))
			.andExpect(content().string(containsString("/catalogue/" + id + "/edit")));
		mvc.perform(get("/catalogue").param("words", "资金到位率").with(as("reviewer")))
			.andExpect(content().string(not(containsString("/catalogue/" + id + "/edit"))));
		mvc.perform(get("/catalogue/" + id + "/edit").with(as("reviewer"))).andExpect(status().isForbidden());
		mvc.perform(get("/catalogue/" + id + "/edit").with(as("finance")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("修改指标：资金到位率")));
		mvc.perform(form(post("/catalogue/" + id), "资金到位率").param("version", "0").with(csrf()).with(as("finance")))
			.andExpect(status().is3xxRedirection());
		mvc.perform(form(post("/catalogue/" + id), "资金到位率").param("version", "0").with(csrf()).with(as("finance")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("已被他人修改")));
		mvc.perform(post("/catalogue/" + id + "/deactivate").param("version", "1").with(csrf()).with(as("finance")))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("message", "指标“资金到位率”已停用，不再出现在指标库中"));
		mvc.perform(get("/catalogue").param("words", "资金到位率").with(as("filler")))
			.andExpect(content().string(containsString("没有符合条件的指标")));
	}

	@Test
	void thePickerReturnsRowsWithButtonsCarryingThePlacedLevelTwo() throws Exception {
		String rows = mvc
			.perform(get("/catalogue/picker").param("subcategory", "ECONOMIC_COST")
				.param("scheme", "CORE_2021")
				.with(as("filler")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString()
			.strip();
		assertThat(rows).startsWith("<tr").doesNotContain("<table").doesNotContain("<nav");
		// 服务对象人均成本 is written as a 2015 成本指标 and lands on 经济成本指标 in the 2021 scheme
		String button = button(rows, "服务对象人均成本");
		long id = jdbc.sql("select id from indicator_catalogue_entry where name = '服务对象人均成本'")
			.query(Long.class)
			.single();
		assertThat(button).contains("class=\"btn btn-sm btn-outline-primary catalogue-add\"")
			.contains("type=\"button\"")
			.contains("data-entry-id=\"" + id + "\"")
			.contains("data-subcategory=\"ECONOMIC_COST\"")
			.contains("data-value=\"≤300元/人\"")
			.contains("data-unit=\"元/人\"")
			.contains("data-explanation=\"项目实际支出总额")
			.contains("data-scoring-rule=\"不超过指标值得满分")
			.contains("data-data-source=\"支出明细、服务对象名册\"")
			.contains(">添加</button>");
		assertThat(count(rows, "catalogue-add")).isEqualTo(count(rows, "data-subcategory=\"ECONOMIC_COST\""));

		String classic = mvc
			.perform(get("/catalogue/picker").param("subcategory", "OUTPUT_COST")
				.param("scheme", "CLASSIC_2015")
				.param("words", "成本")
				.with(as("filler")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(button(classic, "项目总成本")).contains("data-subcategory=\"OUTPUT_COST\"");
		// a qualitative entry has every attribute, the unit empty
		String social = mvc
			.perform(get("/catalogue/picker").param("subcategory", "SOCIAL")
				.param("scheme", "CORE_2021")
				.param("words", "素养")
				.with(as("filler")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(button(social, "青年思想政治素养提升情况")).contains("data-subcategory=\"SOCIAL\"")
			.contains("data-unit=\"\"")
			.contains("data-value=\"明显提升\"");
		String none = mvc.perform(get("/catalogue/picker").param("words", "没有这样的指标").with(as("filler")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(none).contains("指标库中没有符合条件的指标").doesNotContain("catalogue-add");
	}

	@Test
	void theFinanceReviewerChoosesTheSchemeOfAYearAndOthersReadIt() throws Exception {
		int year = org.perfdesk.DemoYear.current();
		mvc.perform(get("/settings/schemes").with(as("finance")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-year=\"" + year + "\"")))
			.andExpect(content().string(containsString("name=\"scheme\"")));
		mvc.perform(post("/settings/schemes").param("year", Integer.toString(year))
			.param("scheme", "CLASSIC_2015")
			.with(csrf())
			.with(as("finance"))).andExpect(redirectedUrl("/settings/schemes"));
		assertThat(jdbc.sql("select scheme || '/' || chosen_by from indicator_scheme_choice where fiscal_year = :y")
			.param("y", year)
			.query(String.class)
			.single()).isEqualTo("CLASSIC_2015/finance");
		String read = mvc.perform(get("/settings/schemes").with(as("reviewer")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(read).contains("由 finance 于").doesNotContain("name=\"scheme\"");
		mvc.perform(post("/settings/schemes").param("year", Integer.toString(year))
			.param("scheme", "CORE_2021")
			.with(csrf())
			.with(as("reviewer"))).andExpect(status().isForbidden());
		assertThat(jdbc.sql("select scheme from indicator_scheme_choice where fiscal_year = :y")
			.param("y", year)
			.query(String.class)
			.single()).isEqualTo("CLASSIC_2015");
		// the catalogue page tells the year's scheme and where the other scheme's level 2
		// lands
		mvc.perform(get("/catalogue").param("words", "人均保障成本").with(as("filler")))
			.andExpect(content().string(containsString("本年度归入成本指标")));
	}

	private MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request, String name) {
		return request.param("subcategory", "QUANTITY")
			.param("topic", "思想引领")
			.param("name", name)
			.param("explanation", "青少年提交并被政协委员采纳转化的模拟提案件数。")
			.param("comparison", "AT_LEAST")
			.param("unit", "件")
			.param("suggestedValue", "≥10件")
			.param("scoringRule", "实际件数÷指标值×分值，最高得满分。")
			.param("dataSource", "提案汇编");
	}

	private RequestPostProcessor as(String username) {
		return user(users.loadUserByUsername(username));
	}

	private static String button(String html, String name) {
		Matcher m = Pattern.compile("<button[^>]*data-name=\"" + Pattern.quote(name) + "\"[^>]*>添加</button>")
			.matcher(html);
		assertThat(m.find()).as("a button for " + name).isTrue();
		return m.group();
	}

	private static int count(String text, String part) {
		return text.split(Pattern.quote(part), -1).length - 1;
	}

	private long count() {
		return jdbc.sql("select count(*) from indicator_catalogue_entry").query(Long.class).single();
	}

	private long unitId(String code) {
		return jdbc.sql("select id from org_unit where code = :c").param("c", code).query(Long.class).single();
	}

}
