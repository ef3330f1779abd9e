package org.perfdesk.budget;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.perfdesk.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class ProjectApiTests {

	static final String PASSWORD = "perfdesk-demo";

	/** The demo data's current year; the texts below say 2026 and are moved to it. */
	static final String YEAR = Integer.toString(org.perfdesk.DemoYear.current());

	static final String VALID = """
			{"fiscalYear":2026,"code":"%s","name":"青少年网络文明宣传","type":"ONE_OFF","startYear":2026,"endYear":2026,
			 "manager":"李文博","fiscalAppropriation":123456.78,"carryOver":0,"otherFunds":1000.5,"purpose":"制作网络文明公益短视频并组织线上主题活动。"}"""
		.replace("2026", YEAR);

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aFillerListsOnlyItsOwnUnitsProjects() throws Exception {
		long league = unitId("201");
		// counted from the database: other tests of this context may have registered
		// projects
		int own = count("unit_id = " + league);
		int department = count(
				"unit_id in (select id from org_unit where path like (select path from org_unit where id = " + league
						+ ") || '%')");
		int all = count("1 = 1");
		assertThat(own).isPositive().isLessThan(department);
		assertThat(department).isLessThan(all);
		mvc.perform(get("/api/v1/projects").param("year", YEAR).with(httpBasic("filler", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(own)))
			.andExpect(jsonPath("$[*].unitId", everyItem(is((int) league))));
		mvc.perform(get("/api/v1/projects").param("year", YEAR).with(httpBasic("reviewer", PASSWORD)))
			.andExpect(jsonPath("$", hasSize(department)));
		mvc.perform(get("/api/v1/projects").param("year", YEAR).with(httpBasic("finance", PASSWORD)))
			.andExpect(jsonPath("$", hasSize(all)));
		mvc.perform(get("/api/v1/units").with(httpBasic("filler", PASSWORD)))
			.andExpect(jsonPath("$", hasSize(1)))
			.andExpect(jsonPath("$[0].name").value("共青团示例市委员会"));
		mvc.perform(get("/api/v1/units").with(httpBasic("reviewer", PASSWORD))).andExpect(jsonPath("$", hasSize(3)));
	}

	@Test
	void registersAProjectForTheOwnUnitInYuanAndLogsIt() throws Exception {
		mvc.perform(post("/api/v1/projects").with(httpBasic("filler", PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content(VALID.formatted("API-OK-1")))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.unitName").value("共青团示例市委员会"))
			.andExpect(jsonPath("$.totalBudget").value(124457.28))
			.andExpect(jsonPath("$.typeLabel").value("一次性"));
		long id = jdbc.sql("select id from budget_project where code = 'API-OK-1'").query(Long.class).single();
		assertThat(jdbc.sql(
				"select username from audit_entry where record_type = 'PROJECT' and record_id = :id and action = 'CREATE'")
			.param("id", id)
			.query(String.class)
			.single()).isEqualTo("filler");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', value = { "missing name|\"name\":\"青少年网络文明宣传\",|''|name|项目名称不能为空",
			"text in an amount|\"fiscalAppropriation\":123456.78|\"fiscalAppropriation\":\"十二万\"|fiscalAppropriation|须为数字",
			"negative amount|\"carryOver\":0|\"carryOver\":-5|carryOver|不能为负数",
			"fractions of a fen|\"carryOver\":0|\"carryOver\":0.001|carryOver|精确到分",
			"unknown unit|{|{\"unitId\":999999,|unitId|单位不存在",
			"year out of range|\"fiscalYear\":2026|\"fiscalYear\":1850|fiscalYear|2000 至 2099",
			"unknown type|\"ONE_OFF\"|\"ONCE\"|type|取值无效",
			"period without the year|\"startYear\":2026,\"endYear\":2026|\"startYear\":2027,\"endYear\":2028|startYear|须包含预算年度",
			"end before start|\"endYear\":2026|\"endYear\":2024|endYear|不能早于起始年度",
			"NUL in the name|\"name\":\"青少年|\"name\":\"青少年\\u0000|name|项目名称含有不可见的控制字符，请删除后再保存",
			"line break in the name|\"name\":\"青少年|\"name\":\"青少年\\n|name|项目名称含有不可见的控制字符",
			"escape in the manager|\"manager\":\"李|\"manager\":\"李\\u001b[31m|manager|项目负责人含有不可见的控制字符",
			"lone surrogate in the purpose|\"purpose\":\"制作|\"purpose\":\"\\ud800制作|purpose|资金用途含有不可见的控制字符" })
	void badInputGets400WithAChineseFieldMessageAndSavesNothing(String caseName, String replace, String with,
			String field, String message) throws Exception {
		long before = projectCount();
		String code = "API-BAD-" + Math.abs(caseName.hashCode());
		mvc.perform(post("/api/v1/projects").with(httpBasic("filler", PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content(VALID.formatted(code).replace(shift(replace), shift(with))))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors." + field).value(org.hamcrest.Matchers.containsString(message)));
		assertThat(projectCount()).isEqualTo(before);
	}

	@Test
	void aPurposeOfSeveralLinesIsSavedWithItsLineBreaks() throws Exception {
		mvc.perform(post("/api/v1/projects").with(httpBasic("filler", PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content(VALID.formatted("API-LINES").replace("制作网络文明公益短视频", "一、制作公益短视频；\\r\\n\\t二、组织线上活动")))
			.andExpect(status().isCreated());
		assertThat(jdbc.sql("select purpose from budget_project where code = 'API-LINES'").query(String.class).single())
			.startsWith("一、制作公益短视频；\r\n\t二、组织线上活动");
	}

	@Test
	void aBodyOfSeveralMegabytesIsRefusedWithoutBeingSaved() throws Exception {
		long before = projectCount();
		String huge = VALID.formatted("API-HUGE").replace("制作网络文明公益短视频", "很长".repeat(2_000_000));
		mvc.perform(post("/api/v1/projects").with(httpBasic("filler", PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content(huge))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.message").value(org.hamcrest.Matchers.containsString("请求体过大")));
		assertThat(projectCount()).isEqualTo(before);
	}

	@Test
	void aDuplicateCodeInTheSameYearIsRefused() throws Exception {
		mvc.perform(post("/api/v1/projects").with(httpBasic("filler", PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content(VALID.formatted("YL" + YEAR + "-01")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.code").value(org.hamcrest.Matchers.containsString("已被使用")));
	}

	@Test
	void aStaleVersionGets409AndTheNewerChangeSurvives() throws Exception {
		mvc.perform(post("/api/v1/projects").with(httpBasic("filler", PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content(VALID.formatted("API-LOCK"))).andExpect(status().isCreated());
		long id = jdbc.sql("select id from budget_project where code = 'API-LOCK'").query(Long.class).single();
		String first = VALID.formatted("API-LOCK").replace("李文博", "第一人").replace("}", ",\"version\":0}");
		String second = VALID.formatted("API-LOCK").replace("李文博", "第二人").replace("}", ",\"version\":0}");
		mvc.perform(put("/api/v1/projects/" + id).with(httpBasic("filler", PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content(first)).andExpect(status().isOk()).andExpect(jsonPath("$.version").value(1));
		mvc.perform(put("/api/v1/projects/" + id).with(httpBasic("filler", PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content(second))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.message").value(org.hamcrest.Matchers.containsString("已被他人修改")));
		assertThat(jdbc.sql("select manager from budget_project where id = :id")
			.param("id", id)
			.query(String.class)
			.single()).isEqualTo("第一人");
	}

	@Test
	void theYearOfTheListMustBeAYear() throws Exception {
		mvc.perform(get("/api/v1/projects").param("year", "abc").with(httpBasic("filler", PASSWORD)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.year").exists());
		mvc.perform(get("/api/v1/projects").param("year", "3026").with(httpBasic("filler", PASSWORD)))
			.andExpect(status().isBadRequest());
		mvc.perform(get("/api/v1/projects").with(httpBasic("filler", PASSWORD))).andExpect(status().isBadRequest());
	}

	@Test
	void theOpenApiDocumentDescribesTheProjectEndpoints() throws Exception {
		mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/projects'].post").exists())
			.andExpect(jsonPath("$.paths['/api/v1/projects/{id}'].put").exists())
			.andExpect(jsonPath("$.paths['/api/v1/units'].get").exists());
		mvc.perform(get("/swagger-ui/index.html")).andExpect(status().isOk());
	}

	/**
	 * Moves the years written for 2026 in the cases above by as much as the demo year
	 * differs from 2026.
	 */
	private static String shift(String text) {
		return java.util.regex.Pattern.compile("\\b20[0-9]{2}\\b")
			.matcher(text)
			.replaceAll(m -> Integer.toString(Integer.parseInt(m.group()) - 2026 + Integer.parseInt(YEAR)));
	}

	private int count(String condition) {
		return jdbc.sql("select count(*) from budget_project where fiscal_year = " + YEAR + " and " + condition)
			.query(Integer.class)
			.single();
	}

	private long projectCount() {
		return jdbc.sql("select count(*) from budget_project").query(Long.class).single();
	}

	private long unitId(String code) {
		return jdbc.sql("select id from org_unit where code = :c").param("c", code).query(Long.class).single();
	}

}
