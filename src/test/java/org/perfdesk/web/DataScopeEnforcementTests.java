package org.perfdesk.web;

import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.perfdesk.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every page and API endpoint that takes an id, asked by someone outside the record's
 * scope: the answer is 403 or 404, the record's data is not in the answer, and nothing
 * changes. The same requests by someone inside the scope succeed, so the refusals are not
 * an accident of a broken endpoint.
 */
@IntegrationTest
class DataScopeEnforcementTests {

	static final String PASSWORD = "perfdesk-demo";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	long leagueProject;

	String leagueProjectName;

	long leagueUnit;

	long fillerAccount;

	@BeforeEach
	void ids() {
		leagueProject = jdbc
			.sql("select id from budget_project where code like 'YL%-02' order by fiscal_year desc limit 1")
			.query(Long.class)
			.single();
		leagueProjectName = jdbc.sql("select name from budget_project where id = :id")
			.param("id", leagueProject)
			.query(String.class)
			.single();
		leagueUnit = jdbc.sql("select id from org_unit where code = '201'").query(Long.class).single();
		fillerAccount = jdbc.sql("select id from org_account where username = 'filler'").query(Long.class).single();
	}

	/**
	 * Pages with an id, asked by filler2 (another department) and by the 系统管理员 who reads
	 * no business data.
	 */
	static Stream<Arguments> projectPagesOutsideScope() {
		return Stream.of("filler2", "admin", "palace")
			.flatMap(u -> Stream.of(Arguments.of(u, "GET", "/projects/%d"), Arguments.of(u, "GET", "/projects/%d/edit"),
					Arguments.of(u, "POST", "/projects/%d")));
	}

	@ParameterizedTest(name = "{0} {1} {2}")
	@MethodSource("projectPagesOutsideScope")
	void projectPagesAreNotFoundOutsideTheScope(String username, String method, String url) throws Exception {
		var request = request(method, url.formatted(leagueProject)).with(user(users.loadUserByUsername(username)));
		var result = mvc.perform(method.equals("POST") ? withProjectForm(request) : request)
			.andExpect(status().isNotFound())
			.andReturn();
		assertThat(result.getResponse().getContentAsString()).doesNotContain(leagueProjectName);
		assertUnchanged();
	}

	@Test
	void reviewersReadButCannotEditTheirUnitsProjects() throws Exception {
		for (String reviewer : new String[] { "reviewer", "finance" }) {
			mvc.perform(get("/projects/" + leagueProject).with(user(users.loadUserByUsername(reviewer))))
				.andExpect(status().isOk())
				.andExpect(content().string(org.hamcrest.Matchers.containsString(leagueProjectName)));
			mvc.perform(get("/projects/" + leagueProject + "/edit").with(user(users.loadUserByUsername(reviewer))))
				.andExpect(status().isForbidden());
			mvc.perform(
					withProjectForm(post("/projects/" + leagueProject).with(user(users.loadUserByUsername(reviewer)))))
				.andExpect(status().isForbidden());
		}
		assertUnchanged();
	}

	@Test
	void theOwnFillerReadsAndEditsTheProject() throws Exception {
		mvc.perform(get("/projects/" + leagueProject).with(user(users.loadUserByUsername("filler"))))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString(leagueProjectName)));
		mvc.perform(get("/projects/" + leagueProject + "/edit").with(user(users.loadUserByUsername("filler"))))
			.andExpect(status().isOk());
	}

	@Test
	void theHistoryOfAProjectOutsideTheScopeIsEmpty() throws Exception {
		String history = mvc
			.perform(get("/audit/history").param("recordType", "PROJECT")
				.param("recordId", Long.toString(leagueProject))
				.with(user(users.loadUserByUsername("filler2"))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(history).contains("暂无记录").doesNotContain("项目编码");
		String own = mvc
			.perform(get("/audit/history").param("recordType", "PROJECT")
				.param("recordId", Long.toString(leagueProject))
				.with(user(users.loadUserByUsername("filler"))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(own).contains("项目编码").contains(leagueProjectName);
		String list = mvc
			.perform(get("/audit").param("recordId", Long.toString(leagueProject))
				.param("recordType", "PROJECT")
				.with(user(users.loadUserByUsername("filler2"))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(list).doesNotContain(leagueProjectName);
	}

	@Test
	void theProjectListFilteredByAnotherUnitShowsNothingOfIt() throws Exception {
		String page = mvc
			.perform(get("/projects").param("unitId", Long.toString(leagueUnit))
				.with(user(users.loadUserByUsername("filler2"))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).doesNotContain(leagueProjectName).contains("本年度暂无项目");
	}

	static Stream<Arguments> adminPages() {
		return Stream.of(Arguments.of("GET", "/units/%d"), Arguments.of("POST", "/units/%d/deactivate"),
				Arguments.of("POST", "/units/%d/activate"), Arguments.of("POST", "/units/%d/move"),
				Arguments.of("POST", "/units/%d/rename"), Arguments.of("GET", "/accounts/%d"),
				Arguments.of("POST", "/accounts/%d"), Arguments.of("POST", "/accounts/%d/password"),
				Arguments.of("GET", "/units"), Arguments.of("GET", "/accounts"));
	}

	@ParameterizedTest(name = "filler {0} {1}")
	@MethodSource("adminPages")
	void organisationAndPeoplePagesAreForAdministratorsOnly(String method, String url) throws Exception {
		long id = url.startsWith("/units") ? leagueUnit : fillerAccount;
		var request = request(method, url.formatted(id)).with(user(users.loadUserByUsername("filler")))
			.param("version", "0")
			.param("name", "改名")
			.param("parentId", "1")
			.param("displayName", "x")
			.param("role", "ADMINISTRATOR")
			.param("unitId", "1")
			.param("password", "newpassword1");
		mvc.perform(request).andExpect(status().isForbidden());
		assertThat(jdbc.sql("select name from org_unit where id = :id and active")
			.param("id", leagueUnit)
			.query(String.class)
			.optional()).hasValue("共青团示例市委员会");
		assertThat(jdbc.sql("select role from org_account where id = :id")
			.param("id", fillerAccount)
			.query(String.class)
			.single()).isEqualTo("UNIT_FILLER");
	}

	@Test
	void apiReadOfAnotherUnitsProjectIsNotFound() throws Exception {
		String body = mvc.perform(get("/api/v1/projects/" + leagueProject).with(httpBasic("filler2", PASSWORD)))
			.andExpect(status().isNotFound())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(body).doesNotContain(leagueProjectName).contains("不存在或您无权访问");
		mvc.perform(get("/api/v1/projects/" + leagueProject).with(httpBasic("filler", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString(leagueProjectName)));
	}

	@Test
	void apiWriteOutsideTheScopeIsRefusedAndChangesNothing() throws Exception {
		String json = """
				{"code":"HACK-1","name":"篡改","type":"ONE_OFF","startYear":2026,"endYear":2026,"manager":"某人",
				 "fiscalAppropriation":1,"carryOver":0,"otherFunds":0,"purpose":"不应保存"}""";
		mvc.perform(put("/api/v1/projects/" + leagueProject).with(httpBasic("filler2", PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content(json)).andExpect(status().isNotFound());
		mvc.perform(put("/api/v1/projects/" + leagueProject).with(httpBasic("reviewer", PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content(json)).andExpect(status().isForbidden());
		String create = json.replace("{", "{\"fiscalYear\":2026,\"unitId\":" + leagueUnit + ",");
		mvc.perform(post("/api/v1/projects").with(httpBasic("filler2", PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content(create)).andExpect(status().isForbidden());
		assertUnchanged();
		assertThat(jdbc.sql("select count(*) from budget_project where code = 'HACK-1'").query(Long.class).single())
			.isZero();
	}

	@Test
	void apiWithoutCredentialsOrWithAWrongPasswordIsUnauthorised() throws Exception {
		mvc.perform(get("/api/v1/projects").param("year", "2026")).andExpect(status().isUnauthorized());
		mvc.perform(get("/api/v1/units").with(httpBasic("filler", "wrong-password")))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void pagesWithoutLoginRedirectToTheLoginPage() throws Exception {
		mvc.perform(get("/projects/" + leagueProject)).andExpect(status().is3xxRedirection());
	}

	private void assertUnchanged() {
		assertThat(jdbc.sql("select name from budget_project where id = :id")
			.param("id", leagueProject)
			.query(String.class)
			.single()).isEqualTo(leagueProjectName);
	}

	private static MockHttpServletRequestBuilder request(String method, String url) {
		return method.equals("POST") ? post(url).with(csrf()) : get(url);
	}

	private static MockHttpServletRequestBuilder withProjectForm(MockHttpServletRequestBuilder request) {
		return request.with(csrf())
			.param("version", "0")
			.param("code", "HACK-2")
			.param("name", "篡改")
			.param("type", "ONE_OFF")
			.param("startYear", "2026")
			.param("endYear", "2026")
			.param("manager", "某人")
			.param("fiscalAppropriation", "1")
			.param("carryOver", "0")
			.param("otherFunds", "0")
			.param("purpose", "x");
	}

}
