package org.perfdesk.report;

import org.junit.jupiter.api.Test;
import org.perfdesk.DemoYear;
import org.perfdesk.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The finance bureau writes a regional outline without code and chooses it for a year; a
 * report opened afterwards is written to it, one opened before keeps its own; a bad
 * outline is refused whole with its lines; nobody else writes outlines.
 */
@IntegrationTest
@Transactional
class OutlinePageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	final int year = DemoYear.current() - 1;

	static final String REGIONAL = """
			# 本市 2026 年要求的提纲
			一、部门概况
			【数据：部门职能】
			【数据：机构与人员】
			二、预算执行和绩效
			【数据：收支总体】
			【数据：项目支出】
			【数据：自评得分】
			【叙述：绩效总体评价】
			三、问题和整改
			【叙述：问题与整改措施】
			""";

	RequestPostProcessor as(String username) {
		return user(users.loadUserByUsername(username));
	}

	String html(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	@Test
	void theFinanceBureauWritesARegionalOutlineChoosesItAndANewReportFollowsIt() throws Exception {
		assertThat(html(get("/reports/outlines").param("year", Integer.toString(year)).with(as("finance"))))
			.contains("部门整体支出绩效自评报告（六部分，默认）", "部门整体支出绩效自评报告（十部分，湖南式）", "id=\"choose\"")
			.contains(year + " 年度使用：部门整体支出绩效自评报告（六部分，默认）");
		mvc.perform(post("/reports/outlines").param("code", "city-2026")
			.param("name", "示例市提纲")
			.param("text", REGIONAL)
			.with(csrf())
			.with(as("finance"))).andExpect(status().is3xxRedirection());
		mvc.perform(post("/reports/outlines/choice").param("year", Integer.toString(year))
			.param("code", "city-2026")
			.with(csrf())
			.with(as("finance"))).andExpect(status().is3xxRedirection());
		assertThat(html(get("/reports/outlines").param("year", Integer.toString(year)).with(as("finance"))))
			.contains(year + " 年度使用：示例市提纲", "地方提纲", "一、部门概况 二、预算执行和绩效 三、问题和整改");

		long women = jdbc.sql("select id from org_unit where name = '示例市妇女联合会'").query(Long.class).single();
		mvc.perform(post("/reports/departments/" + women).param("year", Integer.toString(year))
			.with(csrf())
			.with(as("filler2"))).andExpect(status().is3xxRedirection());
		long id = jdbc.sql("select id from report where subject_id = :d and kind = 'DEPARTMENT'")
			.param("d", women)
			.query(Long.class)
			.single();
		assertThat(html(get("/reports/" + id).with(as("filler2")))).contains("提纲：示例市提纲", "三、问题和整改", "说明：问题与整改措施")
			.doesNotContain("六、其他需要说明的情况");
		// the demo league's report was opened before the choice and keeps the default
		// outline
		long league = jdbc
			.sql("select r.id from report r join org_unit u on u.id = r.subject_id "
					+ "where u.name = '共青团示例市委员会' and r.kind = 'DEPARTMENT'")
			.query(Long.class)
			.single();
		assertThat(html(get("/reports/" + league).with(as("filler")))).contains("六、其他需要说明的情况");
	}

	@Test
	void aBadOutlineIsRefusedWithItsLinesAndNothingIsSaved() throws Exception {
		String page = html(post("/reports/outlines").param("code", "Bad Code")
			.param("name", "坏提纲")
			.param("text", "一、概况\n【数据：食堂】\n随便写一段")
			.with(csrf())
			.with(as("finance")));
		assertThat(page).contains("提纲编号须为", "第 2 行：没有名为“食堂”的数据部分", "第 3 行：“随便写一段”既不是标题", "未保存任何内容", "随便写一段");
		assertThat(jdbc.sql("select count(*) from report_outline").query(Long.class).single()).isZero();
	}

	@Test
	void onlyTheFinanceBureauWritesOrChoosesOutlines() throws Exception {
		assertThat(html(get("/reports/outlines").with(as("reviewer")))).doesNotContain("id=\"choose\"");
		mvc.perform(post("/reports/outlines").param("code", "mine")
			.param("name", "部门自己的")
			.param("text", REGIONAL)
			.with(csrf())
			.with(as("reviewer"))).andExpect(status().isForbidden());
		mvc.perform(post("/reports/outlines/choice").param("year", Integer.toString(year))
			.param("code", "department-hunan-ten")
			.with(csrf())
			.with(as("filler"))).andExpect(status().isForbidden());
		assertThat(html(get("/reports/outlines/department-six").with(as("filler")))).contains("系统内置提纲不能修改")
			.doesNotContain("id=\"save-outline\"");
	}

}
