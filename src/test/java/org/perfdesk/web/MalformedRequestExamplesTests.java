package org.perfdesk.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.perfdesk.DemoYear;
import org.perfdesk.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

/**
 * The malformed requests of the hardening issue (defects 2 and 6, and reading input from
 * defect 7), one test each: every one answered 500 or held a CPU before, and now gets a
 * 400 (or its page with a field message) in Chinese, quickly, with nothing saved.
 * {@link MalformedInputTests} sends the wider corpus.
 */
@IntegrationTest
@Transactional
class MalformedRequestExamplesTests {

	/**
	 * "1" followed by 100,000 zeros: 6 s of server time on /targets/check, growing with
	 * the square of the length.
	 */
	static final String HUNDRED_THOUSAND_DIGITS = "1" + "0".repeat(100_000);

	/** Time a refused number may take; the numbers below took from seconds to minutes. */
	static final long QUICK_MILLIS = 2_000;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	final int year = DemoYear.current();

	long project;

	long draftTarget;

	long departmentEvaluation;

	long palace;

	@BeforeEach
	void ids() {
		project = jdbc
			.sql("select id from budget_project where code like 'YL%' and fiscal_year = " + year
					+ " order by id limit 1")
			.query(Long.class)
			.single();
		draftTarget = jdbc.sql("select t.id from target_performance_target t join org_unit u on u.id = t.unit_id"
				+ " where t.kind = 'PROJECT' and t.status in ('DRAFT', 'RETURNED') and u.code = '201' order by t.id limit 1")
			.query(Long.class)
			.single();
		departmentEvaluation = jdbc.sql("select id from department_evaluation order by id limit 1")
			.query(Long.class)
			.single();
		palace = jdbc.sql("select id from org_account where username = 'palace'").query(Long.class).single();
	}

	private RequestPostProcessor as(String username) {
		return user(users.loadUserByUsername(username));
	}

	private ResultActions api(MockHttpServletRequestBuilder request, String json) throws Exception {
		return mvc.perform(request.with(as("filler")).contentType(MediaType.APPLICATION_JSON).content(json));
	}

	private int targetVersion() {
		return jdbc.sql("select version from target_performance_target where id = :id")
			.param("id", draftTarget)
			.query(Integer.class)
			.single();
	}

	private String targetRow() {
		return jdbc
			.sql("select concat(version, '|', fiscal_funds, '|', other_funds, '|', annual_objective)"
					+ " from target_performance_target where id = :id")
			.param("id", draftTarget)
			.query(String.class)
			.single();
	}

	private long count(String table) {
		return jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

	// ---------------------------------------------------------------- defect 2:
	// oversized numbers

	@Test
	void aNumberWithAMillionDigitExponentIsRefusedAtOnceByTheApi() throws Exception {
		String before = targetRow();
		String json = "{\"fiscalFunds\": 1E+1000000, \"version\": " + targetVersion() + "}";
		api(put("/api/v1/targets/" + draftTarget), json.replace("1E+1000000", "1")).andExpect(status().isBadRequest());
		long start = System.nanoTime();
		api(put("/api/v1/targets/" + draftTarget), json).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.fiscalFunds").value(JsonInput.OutOfRange.MESSAGE));
		assertThat((System.nanoTime() - start) / 1_000_000).as("milliseconds for 1E+1000000").isLessThan(QUICK_MILLIS);
		assertThat(targetRow()).isEqualTo(before);
	}

	@Test
	void aHundredThousandDigitsInAPageFormAreRefusedAtOnce() throws Exception {
		check("fiscalFunds", "1");
		for (String field : new String[] { "fiscalFunds", "indicators[0].weight", "planMarch",
				"indicators[0].value" }) {
			long start = System.nanoTime();
			String fragment = check(field,
					field.endsWith("value") ? "≥" + HUNDRED_THOUSAND_DIGITS + "人" : HUNDRED_THOUSAND_DIGITS);
			assertThat((System.nanoTime() - start) / 1_000_000).as("milliseconds for " + field)
				.isLessThan(QUICK_MILLIS);
			if (!field.endsWith("value")) {
				assertThat(fragment).contains("过长：数字最多 40 个字符");
			}
		}
	}

	/**
	 * 检查 of a project target form, which saves nothing: the findings fragment with the
	 * input errors.
	 */
	private String check(String field, String value) throws Exception {
		var form = new java.util.LinkedHashMap<>(Map.of("projectId", Long.toString(project), "fiscalFunds", "1",
				"otherFunds", "0", "planMarch", "25", "planJune", "50", "planSeptember", "75", "planDecember", "100",
				"indicators[0].subcategory", "QUANTITY", "indicators[0].name", "指标", "indicators[0].value", "≥10人"));
		form.put("indicators[0].weight", "10");
		form.put(field, value);
		MockHttpServletRequestBuilder request = post("/targets/check").with(csrf()).with(as("filler"));
		form.forEach(request::param);
		return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	@ParameterizedTest(name = "page form fiscalFunds={0}")
	@CsvSource(delimiter = '|',
			value = { "1e20|财政拨款须为数字（单位：万元），如 12.5", "99999999999999.999|财政拨款超出可填写的范围：整数部分最多 9 位（单位：万元）",
					"-0|年度资金总额 0 万元", "NaN|财政拨款须为数字（单位：万元），如 12.5", "Infinity|财政拨款须为数字（单位：万元），如 12.5" })
	void oddNumbersInAPageFormGetAFieldMessage(String typed, String message) throws Exception {
		assertThat(check("fiscalFunds", typed)).contains(message);
	}

	@ParameterizedTest(name = "JSON fiscalFunds={0}")
	@CsvSource(delimiter = '|',
			value = { "1e20|$.errors.fiscalFunds|数值超出可接受的范围", "99999999999999.999|$.errors.fiscalFunds|最多两位小数",
					"-0|$.errors.fiscalFunds|年度资金总额 0 万元", "NaN|$.message|请求体不是有效的 JSON",
					"Infinity|$.message|请求体不是有效的 JSON" })
	void oddNumbersInAJsonBodyGetAFieldMessage(String typed, String path, String message) throws Exception {
		String before = targetRow();
		api(put("/api/v1/targets/" + draftTarget),
				"{\"fiscalFunds\": " + typed + ", \"version\": " + targetVersion() + "}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath(path, containsString(message)));
		assertThat(targetRow()).isEqualTo(before);
	}

	// ---------------------------------------------------------------- defect 6:
	// malformed input that answered 500

	@Test
	void aListIndexPastTheLimitOnATargetEditIsA400() throws Exception {
		String before = targetRow();
		mvc.perform(post("/targets/" + draftTarget + "/edit").with(csrf())
			.with(as("filler"))
			.param("version", Integer.toString(targetVersion()))
			.param("indicators[300].name", "x"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("表单中的行号无效或超过 256 行，未保存任何内容")));
		assertThat(targetRow()).isEqualTo(before);
	}

	@Test
	void aVersionThatIsNotANumberOnAMonthlySaveIsAFieldMessage() throws Exception {
		String month = "select concat(fiscal_appropriation, '|', version) from execution_monthly where project_id = :p"
				+ " and fiscal_month = 1";
		String before = jdbc.sql(month).param("p", project).query(String.class).single();
		mvc.perform(post("/execution/projects/" + project + "/months/1").with(csrf())
			.with(as("filler"))
			.param("fiscalAppropriation", "1")
			.param("carryOver", "0")
			.param("otherFunds", "0")
			.param("version", "abc"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("表单的版本号无效，请刷新页面后重新填写")));
		assertThat(jdbc.sql(month).param("p", project).query(String.class).single()).isEqualTo(before);
	}

	@Test
	void anAdjustmentAboveAnyBudgetIsAFieldMessage() throws Exception {
		long before = count("execution_adjustment");
		String json = "{\"adjustedOn\": \"" + year + "-07-01\", \"kind\": \"INCREASE\", \"fundSource\": \"OTHER\","
				+ " \"amount\": %s, \"reason\": \"追加\"}";
		api(post("/api/v1/execution/projects/" + project + "/adjustments"), json.formatted("1e20"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.amount").value(JsonInput.OutOfRange.MESSAGE));
		// fits the JSON bound, not the database column numeric(15, 2)
		api(post("/api/v1/execution/projects/" + project + "/adjustments"), json.formatted("100000000000000"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.amount", containsString("超出合理范围")));
		for (String wan : new String[] { "99999999999999.999", "100000000" }) {
			mvc.perform(post("/execution/projects/" + project + "/adjustments").with(csrf())
				.with(as("filler"))
				.param("adjustedOn", year + "-07-01")
				.param("kind", "INCREASE")
				.param("fundSource", "OTHER")
				.param("amount", wan)
				.param("reason", "追加")).andExpect(status().isOk()).andExpect(content().string(containsString("超出")));
		}
		assertThat(count("execution_adjustment")).isEqualTo(before);
	}

	@Test
	void aNullInAListOfAJsonBodyIsAFieldMessage() throws Exception {
		String before = targetRow();
		api(put("/api/v1/targets/" + draftTarget), "{\"indicators\": [null], \"version\": " + targetVersion() + "}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors['indicators[0]']").value("不能为空"));
		api(put("/api/v1/targets/" + draftTarget), "{\"tasks\": [{\"name\": \"任务\"}, null], \"version\": 0}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors['tasks[1]']").value("不能为空"));
		api(put("/api/v1/evaluations/departments/" + departmentEvaluation),
				"{\"keyIndicators\": [null], \"version\": 0}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors['keyIndicators[0]']").value("不能为空"));
		assertThat(targetRow()).isEqualTo(before);
	}

	@Test
	void aPasswordOfMoreThan72BytesIsAFieldMessage() throws Exception {
		String chinese = "很".repeat(25);
		String hashes = "select string_agg(password_hash, ',' order by id) from org_account";
		String before = jdbc.sql(hashes).query(String.class).single();
		mvc.perform(post("/password").with(csrf())
			.with(as("filler"))
			.param("currentPassword", "perfdesk-demo")
			.param("password", chinese)
			.param("repeated", chinese))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("密码不能超过 72 个字节")));
		mvc.perform(post("/accounts").with(csrf())
			.with(as("admin"))
			.param("username", "long_password")
			.param("displayName", "某人")
			.param("password", chinese)
			.param("role", "UNIT_FILLER")
			.param("unitId", jdbc.sql("select id from org_unit where code = '201001'").query(String.class).single()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("密码不能超过 72 个字节")));
		mvc.perform(post("/accounts/" + palace + "/password").with(csrf()).with(as("admin")).param("password", chinese))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("密码不能超过 72 个字节")));
		assertThat(jdbc.sql(hashes).query(String.class).single()).isEqualTo(before);
		assertThat(count("org_account where username = 'long_password'")).isZero();
		// 24 Chinese characters are 72 bytes: that is a password BCrypt takes whole
		mvc.perform(post("/accounts/" + palace + "/password").with(csrf())
			.with(as("admin"))
			.param("password", "共青团示例市委员会青年志愿者行动绩效目标申报表审")).andExpect(status().is3xxRedirection());
	}

	@Test
	void theErrorPageAskedForDirectlyIsNotFound() throws Exception {
		mvc.perform(get("/error")).andExpect(status().isNotFound());
		mvc.perform(get("/error").with(as("filler"))).andExpect(status().isNotFound());
		mvc.perform(post("/error").with(csrf()).with(as("filler"))).andExpect(status().isNotFound());
	}

	// ---------------------------------------------------------------- defect 7: reading
	// input

	@Test
	void anEnumGivenAsANumberIsRefused() throws Exception {
		String project = """
				{"fiscalYear": %d, "code": "ENUM-0", "name": "枚举", "type": 0, "startYear": %d, "endYear": %d,
				 "manager": "某人", "fiscalAppropriation": 1, "carryOver": 0, "otherFunds": 0, "purpose": "测试"}"""
			.formatted(year, year, year);
		api(post("/api/v1/projects"), project).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.type", containsString("取值无效，须为以下名称之一：RECURRING / CONTINUING / ONE_OFF")));
		api(post("/api/v1/projects"), project.replace("\"type\": 0", "\"type\": \"2\""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.type", containsString("取值无效")));
		assertThat(count("budget_project where code = 'ENUM-0'")).isZero();
		api(post("/api/v1/projects"), project.replace("\"type\": 0", "\"type\": \"ONE_OFF\""))
			.andExpect(status().isCreated());
	}

	@Test
	void aWholeNumberWithAFractionOrABlankIsRefused() throws Exception {
		for (Map.Entry<String, String> version : Map.of("1.5", "须为整数", "\"\"", "须为整数", "\" \"", "须为整数").entrySet()) {
			api(post("/api/v1/targets/" + draftTarget + "/submit"), "{\"version\": " + version.getKey() + "}")
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors.version").value(version.getValue()));
		}
	}

}
