package org.perfdesk.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.perfdesk.DemoYear;
import org.perfdesk.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.transaction.annotation.Transactional;

/**
 * A corpus of malformed requests (wrong types, nulls in lists, huge and odd numbers,
 * over-long and control-character strings, broken JSON and multipart) sent to every page
 * form and every API write: none may answer 5xx, none may take long, every refusal says
 * in Chinese what is wrong, and the database is exactly as before. Each request is built
 * so that it cannot succeed (a stale version, or another field wrong as well), so
 * "unchanged" is a property of the application, not of luck. Failures are collected and
 * reported together.
 */
@IntegrationTest
@Transactional
class MalformedInputTests {

	/**
	 * A request the server must refuse well within this; the numbers this guards against
	 * took minutes. Generous, because the machine may be shared;
	 * {@code oversizedNumbersAreRefusedQuickly} holds the tight bound.
	 */
	static final long SLOW_MILLIS = 10_000;

	static final String ZEROS = "1" + "0".repeat(100_000);

	/** Texts that are not numbers, or numbers no form should accept. */
	static final List<String> NUMBERS = List.of("abc", "1e20", "1E+1000000", "-1e-1000000", "NaN", "Infinity",
			"99999999999999.999", ZEROS, "0." + "0".repeat(100_000) + "1", "9".repeat(39), "0x1F", "1.2.3", "１２三",
			"\u0000", "--5", "4294967296", "十二");

	/**
	 * Texts in the place of a whole number (an id, a version, a year, a count): a shorter
	 * list than {@link #NUMBERS}.
	 */
	static final List<String> WHOLE = List.of("abc", "1e20", "1.5", "4294967296", "-2147483649", "\u0000", "1E+1000000",
			ZEROS);

	/**
	 * Texts with what a name or a note must never hold, or far more of it than any field
	 * takes.
	 */
	static final List<String> TEXTS = List.of("\u0000", "名\u0000称", "\uD800", "\u001b[2J\u0007\u0008",
			"很".repeat(20_000), "x".repeat(300_000), "<script>alert(1)</script>", "' or 1=1 --");

	/**
	 * Texts no password may be: too short, too long (BCrypt takes 72 bytes), or control
	 * characters only.
	 */
	static final List<String> PASSWORDS = List.of("\u0000", "名\u0000称", "\uD800", "\u001b[2J\u0007", "很".repeat(25),
			"x".repeat(73), "x".repeat(300_000));

	/** Values in the place of a JSON number, text, enum or list. */
	static final List<String> JSON_VALUES = List.of("\"abc\"", "1e20", "1E+1000000", "-1E+1000000", "1E-1000000",
			"99999999999999.999", "\"99999999999999.999\"", "1" + "0".repeat(999), "1" + "0".repeat(100_000), "NaN",
			"Infinity", "2147483648", "1.5", "[]", "{}", "[null]", "true", "\"\\u0000\"", "\"\\ud800\"", "\"\"",
			"\" \"", "\"" + "x".repeat(300_000) + "\"", "0", "-1");

	/** Bodies that are not JSON of the expected shape at all. */
	static final List<String> JSON_BODIES = List.of("", "{", "}", "[]", "null", "\"x\"", "{\"version\": }",
			"{\"version\": 0,}", "{'version': 0}", "[".repeat(5_000) + "]".repeat(5_000),
			"{\"a\":".repeat(2_000) + "1" + "}".repeat(2_000), "{\"version\": 0} trailing", "\u0000");

	static final String PASSWORD = "perfdesk-demo";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	final int year = DemoYear.current();

	final List<String> failures = new ArrayList<>();

	int sent;

	/**
	 * How many requests got each status: a corpus answered only 401 or 404 would test
	 * nothing.
	 */
	final Map<Integer, Integer> statuses = new java.util.TreeMap<>();

	long project;

	long draftTarget;

	long departmentTarget;

	long approvedTarget;

	long evaluation;

	long departmentEvaluation;

	long openRound;

	long reportTarget;

	long department;

	long unit;

	long account;

	long entry;

	@BeforeEach
	void ids() {
		project = id("select id from budget_project where code like 'YL%' and fiscal_year = " + year
				+ " order by id limit 1");
		draftTarget = id("select t.id from target_performance_target t join org_unit u on u.id = t.unit_id"
				+ " where t.kind = 'PROJECT' and t.status in ('DRAFT', 'RETURNED') and u.code = '201' order by t.id limit 1");
		departmentTarget = id("select t.id from target_performance_target t join org_unit u on u.id = t.unit_id"
				+ " where t.kind = 'DEPARTMENT' and u.code = '201' order by t.fiscal_year desc limit 1");
		approvedTarget = id("select t.id from target_performance_target t join org_unit u on u.id = t.unit_id"
				+ " where t.kind = 'PROJECT' and t.status = 'APPROVED' and u.code = '201' order by t.id desc limit 1");
		evaluation = id("select e.id from self_evaluation e join org_unit u on u.id = e.unit_id where u.code = '201'"
				+ " order by case when e.status in ('DRAFT', 'RETURNED') then 0 else 1 end, e.id limit 1");
		departmentEvaluation = id("select id from department_evaluation order by id limit 1");
		openRound = id(
				"select id from monitoring_round order by case when status = 'OPEN' then 0 else 1 end, id desc limit 1");
		reportTarget = id(
				"select r.target_id from monitoring_report r join org_unit u on u.id = r.unit_id where r.round_id = "
						+ openRound + " and u.code = '201' order by r.id limit 1");
		department = id("select id from org_unit where code = '201'");
		unit = id("select id from org_unit where code = '201001'");
		account = id("select id from org_account where username = 'palace'");
		entry = id("select id from indicator_catalogue_entry order by id limit 1");
	}

	private long id(String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}

	@Test
	void noMalformedRequestAnswers5xxOrChangesTheDatabase() throws Exception {
		String before = checksum();
		pageForms();
		listIndices();
		apiBodies();
		uploads();
		oddRequests();
		assertThat(sent).as("requests sent").isGreaterThanOrEqualTo(200);
		assertThat(statuses.keySet()).as("the corpus reaches the controllers, not only the login or a 404")
			.contains(200, 400, 409);
		assertThat(failures)
			.as(failures.size() + " of " + sent + " malformed requests were mishandled:\n"
					+ String.join("\n", failures))
			.isEmpty();
		assertThat(checksum()).as("database after " + sent + " malformed requests").isEqualTo(before);
	}

	// ---------------------------------------------------------------- page forms

	private void pageForms() throws Exception {
		String month = "/execution/projects/" + project + "/months/1";
		form("filler", month,
				fields("fiscalAppropriation", "0", "carryOver", "0", "otherFunds", "0", "version", "999999"), NUMBERS,
				"fiscalAppropriation", "otherFunds");
		form("filler", month, fields("fiscalAppropriation", "0", "carryOver", "0", "otherFunds", "0"), WHOLE,
				"version");
		form("filler", "/execution/projects/" + project + "/adjustments", fields("adjustedOn", year + "-07-01", "kind",
				"INCREASE", "fundSource", "OTHER", "amount", "1", "reason", ""), NUMBERS, "amount");
		form("filler", "/execution/projects/" + project + "/adjustments", fields("adjustedOn", year + "-07-01", "kind",
				"INCREASE", "fundSource", "OTHER", "amount", "abc", "reason", "x"), TEXTS, "reason", "adjustedOn",
				"kind");
		form("filler", "/execution/departments/" + department, fields("year", Integer.toString(year), "version",
				"999999", "personnelBudget", "1", "authorisedStaff", "3", "actualStaff", "2"), NUMBERS,
				"personnelBudget");
		form("filler", "/execution/departments/" + department, fields("year", Integer.toString(year), "version",
				"999999", "personnelBudget", "1", "authorisedStaff", "3", "actualStaff", "2"), WHOLE, "authorisedStaff",
				"year", "version");

		Map<String, String> projectForm = fields("version", "999999", "code", "ZZ-1", "name", "畸形输入", "type", "ONE_OFF",
				"startYear", Integer.toString(year), "endYear", Integer.toString(year), "manager", "某人",
				"fiscalAppropriation", "1", "carryOver", "0", "otherFunds", "0", "purpose", "测试");
		form("filler", "/projects/" + project, projectForm, NUMBERS, "fiscalAppropriation");
		form("filler", "/projects/" + project, projectForm, WHOLE, "startYear", "version", "unitId");
		form("filler", "/projects", with(projectForm, "fiscalAppropriation", "abc"), TEXTS, "code", "name", "type");
		form("filler", "/projects", projectForm, List.of("abc", "1E+1000000", ZEROS, "99999999999999.999"),
				"otherFunds", "endYear");

		Map<String, String> targetForm = fields("version", "999999", "fiscalFunds", "1", "otherFunds", "0", "planMarch",
				"25", "planJune", "50", "planSeptember", "75", "planDecember", "100", "indicators[0].subcategory",
				"QUANTITY", "indicators[0].name", "指标", "indicators[0].value", "≥10人", "indicators[0].weight", "10");
		for (String url : List.of("/targets/" + draftTarget + "/edit", "/targets/check")) {
			form("filler", url, with(targetForm, "projectId", url.endsWith("check") ? Long.toString(project) : null),
					NUMBERS, "fiscalFunds", "planMarch", "indicators[0].weight", "indicators[0].value");
			form("filler", url, with(targetForm, "projectId", url.endsWith("check") ? Long.toString(project) : null),
					WHOLE, "version", "projectId", "indicators[0].catalogueEntryId");
		}
		form("filler", "/targets/" + draftTarget + "/edit", with(targetForm, "fiscalFunds", "abc"), TEXTS,
				"annualObjective", "indicators[0].name", "indicators[0].subcategory", "indicators[0].core");
		form("filler", "/targets/" + departmentTarget + "/edit", fields("version", "999999", "tasks[0].name", "任务"),
				NUMBERS, "tasks[0].fiscalFunds", "tasks[0].otherFunds");
		form("filler", "/targets/new", with(targetForm, "projectId", Long.toString(project)), WHOLE, "fiscalFunds",
				"projectId");
		for (String action : List.of("submit", "review", "adjust")) {
			form(action.equals("review") ? "reviewer" : "filler", "/targets/" + draftTarget + "/" + action,
					fields("decision", "APPROVE", "reason", "x"), WHOLE, "version");
		}
		form("reviewer", "/targets/" + draftTarget + "/review", fields("version", "999999"), TEXTS, "decision",
				"opinion", "completeness");

		Map<String, String> evaluationForm = fields("version", "999999", "indicators[0].weight", "10",
				"indicators[0].actual", "10");
		form("filler", "/evaluations/" + evaluation + "/edit", evaluationForm, NUMBERS, "executionScore",
				"indicators[0].weight", "indicators[0].actual");
		form("filler", "/evaluations/" + evaluation + "/edit", evaluationForm, WHOLE, "indicators[0].score", "version");
		form("filler", "/evaluations/" + evaluation + "/edit", evaluationForm, TEXTS, "completionText",
				"indicators[0].band", "indicators[0].reason");
		form("filler", "/evaluations", Map.of(), WHOLE, "targetId");
		form("filler", "/evaluations/" + evaluation + "/submit", Map.of(), WHOLE, "version");
		form("reviewer", "/evaluations/" + evaluation + "/review", fields("decision", "APPROVE"), WHOLE, "version");

		form("filler", "/evaluations/departments", Map.of(), WHOLE, "targetId");
		form("filler", "/evaluations/departments/" + departmentEvaluation, fields("version", "999999"), WHOLE,
				"version", "keyIndicators[0].actualValue", "responses[0].answers[0]");
		form("filler", "/evaluations/departments/" + departmentEvaluation, fields("version", "999999"), TEXTS,
				"achievement", "tasks[0].completion", "responses[0].code");

		form("finance", "/settings/common-indicators",
				fields("year", Integer.toString(year), "version", "999999", "totalWeight", "100", "rows[0].code", "X1",
						"rows[0].name", "指标", "rows[0].weight", "5", "rows[0].rule", "TIERS", "rows[0].tiers", "10:4",
						"rows[0].otherwise", "0"),
				NUMBERS, "totalWeight", "rows[0].weight", "rows[0].tiers");
		form("finance", "/settings/common-indicators",
				fields("year", Integer.toString(year), "version", "999999", "totalWeight", "100", "rows[0].weight", "5",
						"rows[0].rule", "TIERS", "rows[0].tiers", "10:4"),
				WHOLE, "rows[0].otherwise", "version", "year");
		form("finance", "/settings/common-indicators", fields("year", Integer.toString(year), "version", "999999",
				"totalWeight", "100", "rows[0].weight", "5", "rows[0].rule", "DEDUCTION"), WHOLE, "rows[0].threshold",
				"rows[0].pointsPerPoint");

		Map<String, String> scoring = fields("year", Integer.toString(year), "version", "999999", "reverse", "RATIO",
				"overAchievement", "20", "executionWeight", "10", "outputWeight", "50", "benefitWeight", "30",
				"satisfactionWeight", "10", "tiered", "true", "tierRate", "90", "tierPoints", "9", "achievedBand", "80",
				"partlyBand", "60", "freedWeight", "OUTPUT");
		form("finance", "/settings/scoring", scoring, NUMBERS, "overAchievement", "tierRate");
		form("finance", "/settings/scoring", scoring, WHOLE, "executionWeight", "tierPoints", "achievedBand", "year",
				"version");
		form("finance", "/settings/scoring/copy", Map.of(), WHOLE, "year", "version");

		form("finance", "/monitoring/rounds", fields("deadline", year + "-08-15"), WHOLE, "cutOffMonth");
		form("finance", "/monitoring/rounds", fields("cutOffMonth", "7"), TEXTS, "deadline");
		form("finance", "/monitoring/rounds/" + openRound + "/close", Map.of(), WHOLE, "version");
		String report = "/monitoring/rounds/" + openRound + "/targets/" + reportTarget;
		form("filler", report, fields("version", "999999"), NUMBERS, "indicators[0].valueToDate");
		form("filler", report, fields("version", "999999"), WHOLE, "version", "indicators[0].projected",
				"indicators[0].likelihood", "indicators[0].causes[0]");
		form("filler", report, fields("version", "999999"), TEXTS, "progressText", "indicators[0].causeNote");
		form("filler", report + "/submit", Map.of(), WHOLE, "version");
		form("reviewer", report + "/review", fields("decision", "APPROVE"), WHOLE, "version");
		form("finance", report + "/decision", Map.of(), TEXTS, "decision", "note");

		form("admin", "/units", fields("kind", "BUDGET_UNIT", "code", "201099"), WHOLE, "parentId");
		form("admin", "/units", fields("parentId", "abc", "code", "201099"), TEXTS, "name", "kind");
		form("admin", "/units/" + unit + "/rename", fields("version", "999999"), TEXTS, "name");
		form("admin", "/units/" + unit + "/rename", fields("name", "新名"), WHOLE, "version");
		form("admin", "/units/" + unit + "/move", Map.of(), WHOLE, "parentId");
		form("admin", "/accounts", fields("username", "zz_new", "displayName", "某人", "password", "long-enough-1",
				"role", "UNIT_FILLER", "unitId", "abc"), TEXTS, "displayName", "role", "username");
		form("admin", "/accounts",
				fields("username", "zz_new", "displayName", "某人", "password", "long-enough-1", "role", "UNIT_FILLER"),
				WHOLE, "unitId");
		form("admin", "/accounts/" + account,
				fields("version", "999999", "displayName", "某人", "role", "UNIT_FILLER", "unitId", Long.toString(unit)),
				WHOLE, "version", "unitId", "enabled");
		form("admin", "/accounts/" + account + "/password", Map.of(), PASSWORDS, "password");
		form("filler", "/password", fields("currentPassword", "wrong-password", "repeated", "x"), TEXTS, "password",
				"currentPassword");
		form("filler", "/password",
				fields("currentPassword", PASSWORD, "password", "很".repeat(25), "repeated", "很".repeat(25)), PASSWORDS,
				"password", "repeated");

		form("filler", "/catalogue", fields("subcategory", "QUANTITY", "name", "指标", "comparison", "AT_LEAST"), TEXTS,
				"name", "subcategory", "comparison", "suggestedValue");
		form("finance", "/catalogue/" + entry, fields("version", "999999", "subcategory", "QUANTITY", "name", "指标",
				"comparison", "AT_LEAST", "explanation", "解释"), WHOLE, "version", "suggestedValue");
		form("finance", "/catalogue/" + entry + "/deactivate", Map.of(), WHOLE, "version");
		form("finance", "/settings/schemes", fields("scheme", "NO_SUCH"), WHOLE, "year");
		form("filler", "/fiscal-year", Map.of(), WHOLE, "year");
	}

	/**
	 * Form lists indexed past their end, below zero or with words, and rows bound to
	 * plain text.
	 */
	private void listIndices() throws Exception {
		List<String> names = List.of("indicators[300].name", "indicators[256].weight", "indicators[99999999999].name",
				"indicators[-1].name", "indicators[abc].name", "indicators[].name", "indicators[0", "indicators[0]",
				"indicators[0].name[1]", "tasks[1000].name", "indicators[0].core", "class.module.classLoader.x",
				"indicators[5].weight", "indicators[0].causes[3]", "tasks[4].fiscalFunds");
		for (String name : names) {
			for (String url : List.of("/targets/" + draftTarget + "/edit", "/targets/check",
					"/evaluations/" + evaluation + "/edit",
					"/monitoring/rounds/" + openRound + "/targets/" + reportTarget,
					"/evaluations/departments/" + departmentEvaluation)) {
				send("filler", "list index " + name + " on " + url,
						() -> post(url).with(csrf()).param("version", "999999").param(name, "x"));
			}
		}
		for (String name : List.of("rows[300].weight", "rows[-1].weight", "rows[abc].weight", "rows[0]",
				"rows[4].weight")) {
			send("finance", "list index " + name,
					() -> post("/settings/common-indicators").with(csrf())
						.param("year", Integer.toString(year))
						.param("version", "999999")
						.param(name, "5"));
		}
		for (String name : List.of("responses[300].answers[0]", "responses[0].answers[300]",
				"keyIndicators[500].actualValue", "keyIndicators[3].actualValue", "responses[3].code",
				"responses[0].answers[5]", "tasks[4].completion")) {
			send("filler", "list index " + name,
					() -> post("/evaluations/departments/" + departmentEvaluation).with(csrf())
						.param("version", "999999")
						.param(name, "Y"));
		}
	}

	// ---------------------------------------------------------------- API

	private void apiBodies() throws Exception {
		json("filler", HttpMethod.PUT, "/api/v1/execution/projects/" + project + "/months/1",
				"{\"fiscalAppropriation\": ${fa}, \"carryOver\": ${co}, \"otherFunds\": 0, \"version\": ${version}}",
				fields("fa", "0", "co", "0", "version", "0"), fields("version", "999999", "fa", "-1"));
		json("filler", HttpMethod.POST, "/api/v1/execution/projects/" + project + "/adjustments",
				"{\"adjustedOn\": ${on}, \"kind\": ${kind}, \"fundSource\": ${source}, \"amount\": ${amount}, \"reason\": ${reason}}",
				fields("on", "\"" + year + "-07-01\"", "kind", "\"INCREASE\"", "source", "\"OTHER\"", "amount", "1",
						"reason", "\"追加\""),
				fields("amount", "0", "reason", "\"\""));
		json("filler", HttpMethod.PUT, "/api/v1/execution/departments/" + department + "?year=" + year,
				"{\"personnelBudget\": ${pb}, \"authorisedStaff\": ${staff}, \"version\": ${version}}",
				fields("pb", "1", "staff", "3", "version", "0"), fields("version", "999999", "pb", "-1"));
		String project = """
				{"unitId": ${unit}, "fiscalYear": ${year}, "code": ${code}, "name": "畸形输入", "type": ${type}, "startYear": ${start},
				 "endYear": %d, "manager": "某人", "fiscalAppropriation": ${fa}, "carryOver": 0, "otherFunds": 0,
				 "purpose": "测试", "version": ${version}}"""
			.formatted(year);
		Map<String, String> projectDefaults = fields("unit", "null", "year", Integer.toString(year), "code", "\"ZZ-2\"",
				"type", "\"ONE_OFF\"", "start", Integer.toString(year), "fa", "1", "version", "0");
		json("filler", HttpMethod.PUT, "/api/v1/projects/" + this.project, project, projectDefaults,
				fields("version", "999999", "fa", "-1"));
		json("filler", HttpMethod.POST, "/api/v1/projects", project, projectDefaults,
				fields("fa", "-1", "code", "\"\""));

		String target = """
				{"projectId": ${project}, "fiscalFunds": ${ff}, "otherFunds": ${of}, "spendingPlan": ${plan},
				 "tasks": ${tasks}, "indicators": ${indicators}, "version": ${version}}""";
		Map<String, String> targetDefaults = fields("project", Long.toString(this.project), "ff", "1", "of", "0",
				"plan", "[25, 50, 75, 100]", "tasks", "[]", "indicators",
				"[{\"subcategory\": \"QUANTITY\", \"name\": \"指标\", \"value\": \"≥10人\", \"weight\": 10}]", "version",
				"0");
		json("filler", HttpMethod.PUT, "/api/v1/targets/" + draftTarget, target, targetDefaults,
				fields("version", "999999", "ff", "-1"));
		json("filler", HttpMethod.POST, "/api/v1/targets", target, targetDefaults,
				fields("ff", "-1", "project", "999999999"));
		// every placeholder below is in a body that fails on its own (a stale version)
		String indicator = "{\"indicators\": [{\"subcategory\": ${sub}, \"name\": ${name}, \"value\": ${value},"
				+ " \"weight\": ${weight}, \"core\": ${core}, \"basis\": ${basis}, \"catalogueEntryId\": ${entry}}], \"version\": 999999}";
		json("filler", HttpMethod.PUT, "/api/v1/targets/" + draftTarget, indicator,
				fields("sub", "\"QUANTITY\"", "name", "\"指标\"", "value", "\"≥10人\"", "weight", "10", "core", "false",
						"basis", "null", "entry", "null"),
				Map.of());
		json("filler", HttpMethod.PUT, "/api/v1/targets/" + departmentTarget,
				"{\"tasks\": [{\"name\": ${name}, \"fiscalFunds\": ${ff}, \"otherFunds\": 0}], \"version\": 999999}",
				fields("name", "\"任务\"", "ff", "1"), Map.of());
		// an approved target cannot be submitted, a draft cannot be adjusted or reviewed,
		// whatever the version
		json("filler", HttpMethod.POST, "/api/v1/targets/" + approvedTarget + "/submit", "{\"version\": ${version}}",
				fields("version", "0"), Map.of());
		json("filler", HttpMethod.POST, "/api/v1/targets/" + draftTarget + "/adjust",
				"{\"version\": ${version}, \"reason\": ${reason}}", fields("version", "0", "reason", "\"x\""),
				Map.of());
		json("reviewer", HttpMethod.POST, "/api/v1/targets/" + draftTarget + "/review",
				"{\"version\": ${version}, \"decision\": ${decision}, \"completeness\": ${grade}}",
				fields("version", "0", "decision", "\"APPROVE\"", "grade", "\"GOOD\""), Map.of());

		json("filler", HttpMethod.POST, "/api/v1/evaluations", "{\"targetId\": ${target}}",
				fields("target", "999999999"), Map.of());
		json("filler", HttpMethod.PUT, "/api/v1/evaluations/" + evaluation,
				"{\"version\": ${version}, \"executionScore\": ${score}, \"indicators\": [{\"weight\": ${weight}, \"actual\": ${actual},"
						+ " \"band\": ${band}, \"score\": null}]}",
				fields("version", "0", "score", "null", "weight", "10", "actual", "\"10\"", "band", "null"),
				fields("version", "999999", "weight", "-1"));
		json("filler", HttpMethod.PUT, "/api/v1/evaluations/" + evaluation,
				"{\"version\": 999999, \"indicators\": ${rows}}", fields("rows", "[]"), Map.of());
		json("filler", HttpMethod.POST, "/api/v1/evaluations/" + evaluation + "/submit", "{\"version\": ${version}}",
				fields("version", "0"), Map.of());
		json("reviewer", HttpMethod.POST, "/api/v1/evaluations/" + evaluation + "/review",
				"{\"version\": ${version}, \"decision\": ${decision}}",
				fields("version", "0", "decision", "\"APPROVE\""), Map.of());

		json("filler", HttpMethod.POST, "/api/v1/evaluations/departments", "{\"targetId\": ${target}}",
				fields("target", "999999999"), Map.of());
		json("filler", HttpMethod.PUT, "/api/v1/evaluations/departments/" + departmentEvaluation,
				"{\"achievement\": ${text}, \"keyIndicators\": ${keys}, \"taskCompletions\": ${tasks}, \"responses\": ${responses},"
						+ " \"version\": ${version}}",
				fields("text", "\"\"", "keys", "[]", "tasks", "[]", "responses", "[]", "version", "0"), Map.of());
		json("filler", HttpMethod.POST, "/api/v1/evaluations/departments/" + departmentEvaluation + "/submit",
				"{\"version\": ${version}}", fields("version", "0"), Map.of());

		json("finance", HttpMethod.POST, "/api/v1/monitoring/rounds",
				"{\"fiscalYear\": ${year}, \"cutOffMonth\": ${month}, \"deadline\": ${deadline}}",
				fields("year", Integer.toString(year), "month", "7", "deadline", "\"" + year + "-08-15\""),
				fields("year", "1800", "month", "13"));
		String tooLong = "\"" + "很".repeat(20_000) + "\"";
		json("filler", HttpMethod.PUT, "/api/v1/monitoring/rounds/" + openRound + "/targets/" + reportTarget,
				"{\"progressText\": ${text}, \"indicators\": ${indicators}, \"version\": ${version}}",
				fields("text", "\"\"", "indicators", "[]", "version", "0"),
				fields("version", "999999", "text", tooLong));
		json("filler", HttpMethod.PUT, "/api/v1/monitoring/rounds/" + openRound + "/targets/" + reportTarget,
				"{\"indicators\": [{\"valueToDate\": ${v}, \"projected\": ${p}, \"likelihood\": ${l}, \"causes\": ${c}}],"
						+ " \"version\": 999999}",
				fields("v", "\"1\"", "p", "\"1\"", "l", "null", "c", "[]"), Map.of());
		json("reviewer", HttpMethod.POST,
				"/api/v1/monitoring/rounds/" + openRound + "/targets/" + reportTarget + "/review",
				"{\"version\": ${version}, \"decision\": ${decision}}",
				fields("version", "0", "decision", "\"APPROVE\""), Map.of());

		json("filler", HttpMethod.POST, "/api/v1/catalogue",
				"{\"subcategory\": ${sub}, \"name\": ${name}, \"explanation\": \"解释\", \"comparison\": ${comparison},"
						+ " \"unit\": \"个\", \"suggestedValue\": ${value}}",
				fields("sub", "\"QUANTITY\"", "name", "\"指标\"", "comparison", "\"AT_LEAST\"", "value", "\"≥20个\""),
				fields("name", "\"\"", "sub", "\"NOPE\""));

		for (String url : List.of("/api/v1/targets/" + draftTarget,
				"/api/v1/execution/projects/" + this.project + "/months/1", "/api/v1/evaluations/" + evaluation,
				"/api/v1/projects/" + this.project)) {
			for (String body : JSON_BODIES) {
				sendApi("filler", "body " + abbreviate(body) + " to PUT " + url,
						() -> MockMvcRequestBuilders.put(url).contentType(MediaType.APPLICATION_JSON).content(body));
			}
			sendApi("filler", "invalid UTF-8 to PUT " + url,
					() -> MockMvcRequestBuilders.put(url)
						.contentType(MediaType.APPLICATION_JSON)
						.content(new byte[] { '{', '"', 'v', (byte) 0xC3, '"', ':', '1', '}' }));
			sendApi("filler", "text/plain to PUT " + url,
					() -> MockMvcRequestBuilders.put(url).contentType(MediaType.TEXT_PLAIN).content("version=1"));
			sendApi("filler", "form to PUT " + url,
					() -> MockMvcRequestBuilders.put(url)
						.contentType(MediaType.APPLICATION_FORM_URLENCODED)
						.content("version=1"));
		}
		for (String query : List.of("year=abc", "year=1E+1000000", "year=99999999999", "year=", "kind=0", "kind=NOPE",
				"year=" + ZEROS)) {
			for (String url : List.of("/api/v1/targets", "/api/v1/projects", "/api/v1/execution", "/api/v1/evaluations",
					"/api/v1/monitoring/rounds", "/api/v1/scoring-settings")) {
				sendApi("filler", "GET " + url + "?" + abbreviate(query), () -> get(url + "?" + query));
			}
		}
		sendApi("filler", "GET /api/v1/targets/abc", () -> get("/api/v1/targets/abc"));
		sendApi("filler", "GET /api/v1/targets/99999999999999999999",
				() -> get("/api/v1/targets/99999999999999999999"));
		sendApi("filler", "PUT month 13",
				() -> put("/api/v1/execution/projects/" + this.project + "/months/13")
					.contentType(MediaType.APPLICATION_JSON)
					.content("{\"version\": 999999}"));
		sendApi("filler", "PUT month abc",
				() -> put("/api/v1/execution/projects/" + this.project + "/months/abc")
					.contentType(MediaType.APPLICATION_JSON)
					.content("{\"version\": 999999}"));
	}

	// ---------------------------------------------------------------- uploads and the
	// rest

	private void uploads() throws Exception {
		String code = jdbc.sql("select code from budget_project where id = :id")
			.param("id", project)
			.query(String.class)
			.single();
		byte[] good = workbook(code, 1, "=1+1", false);
		List<byte[]> files = new ArrayList<>(List.of(new byte[0],
				"PK\u0003\u0004garbage".getBytes(StandardCharsets.ISO_8859_1),
				java.util.Arrays.copyOf(good, good.length / 2), "not a workbook".getBytes(StandardCharsets.UTF_8)));
		for (String amount : List.of("1E+1000000", ZEROS.substring(0, 30_000), "99999999999999.999", "NaN", "1e20",
				"\u0000", "-0.0000001")) {
			files.add(workbook(code, 1, amount, true));
		}
		files.add(workbook(code, 1, "=1+1", false));
		files.add(workbook(code, 1, "=A1", false));
		files.add(workbook("\u0000" + code, 99, "1", true));
		for (byte[] file : files) {
			send("filler", "upload of " + file.length + " bytes",
					() -> multipart("/execution/import")
						.file(new MockMultipartFile("file", "执行数.xlsx", "application/octet-stream", file))
						.with(csrf()));
		}
		send("filler", "upload under another name",
				() -> multipart("/execution/import")
					.file(new MockMultipartFile("other", "x.xlsx", "application/octet-stream", good))
					.with(csrf()));
		send("filler", "multipart without boundary",
				() -> post("/execution/import").with(csrf())
					.contentType("multipart/form-data")
					.content("--x\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\nab"));
		for (String token : List.of("", "abc", "\u0000", "x".repeat(100_000))) {
			send("filler", "valid rows with token " + abbreviate(token),
					() -> post("/execution/import/valid-rows").with(csrf()).param("token", token));
		}
	}

	private void oddRequests() throws Exception {
		send("filler", "GET /error", () -> get("/error"));
		send(null, "GET /error signed out", () -> get("/error"));
		send("filler", "POST /error", () -> post("/error").with(csrf()));
		for (String url : List.of("/execution/projects/" + project + "?month=abc",
				"/execution/projects/" + project + "?month=99999999999", "/targets?status=%00", "/audit?recordId=abc",
				"/audit?recordType=NOPE&recordId=1", "/audit/history?recordType=PROJECT&recordId=1E+1000000",
				"/targets/new?project=abc", "/targets/abc", "/projects/99999999999999999999",
				"/execution/departments/" + department + "?year=abc",
				"/execution/departments/" + department + "?year=" + ZEROS.substring(0, 5_000),
				"/settings/scoring?year=1E+1000000", "/settings/common-indicators?year=abc", "/monitoring/rounds/abc",
				"/evaluations?year=99999999999", "/catalogue?q=%00%00",
				"/catalogue?subcategory=NOPE&q=" + "x".repeat(5_000))) {
			send("filler", "GET " + abbreviate(url), () -> get(url));
		}
	}

	// ---------------------------------------------------------------- machinery

	private static Map<String, String> fields(String... pairs) {
		var map = new LinkedHashMap<String, String>();
		for (int i = 0; i < pairs.length; i += 2) {
			map.put(pairs[i], pairs[i + 1]);
		}
		return map;
	}

	private static Map<String, String> with(Map<String, String> base, String field, String value) {
		var map = new LinkedHashMap<>(base);
		if (value == null) {
			map.remove(field);
		}
		else {
			map.put(field, value);
		}
		return map;
	}

	/**
	 * One POST per field and value: the form {@code base} with that field set to the
	 * value.
	 */
	private void form(String username, String url, Map<String, String> base, List<String> values, String... fields)
			throws Exception {
		String before = checksum();
		for (String field : fields) {
			for (String value : values) {
				send(username, "POST " + url + " " + field + "=" + abbreviate(value), () -> {
					MockHttpServletRequestBuilder request = post(url).with(csrf());
					with(base, field, value).forEach(request::param);
					return request;
				});
			}
		}
		unchanged(before, "POST " + url + " " + String.join(", ", fields));
	}

	/**
	 * One request per placeholder and value: {@code template} with every {@code ${name}}
	 * replaced by its default, except one, replaced by the malformed value. So that no
	 * request can succeed even when the malformed value happens to be a valid one
	 * ({@code 0}, {@code "abc"} as a reason), the first entry of {@code refusal} whose
	 * placeholder is not the one replaced overrides its default with a value refused on
	 * its own (a stale version, a negative amount); a template with an invalid part of
	 * its own takes an empty {@code refusal}.
	 */
	private void json(String username, HttpMethod method, String url, String template, Map<String, String> defaults,
			Map<String, String> refusal) throws Exception {
		String before = checksum();
		for (String placeholder : defaults.keySet()) {
			Map<String, String> base = new LinkedHashMap<>(defaults);
			refusal.entrySet()
				.stream()
				.filter(r -> !r.getKey().equals(placeholder))
				.findFirst()
				.ifPresent(r -> base.put(r.getKey(), r.getValue()));
			for (String value : JSON_VALUES) {
				String body = fill(template, with(base, placeholder, value));
				sendApi(username, method + " " + url + " " + placeholder + "=" + abbreviate(value),
						() -> MockMvcRequestBuilders.request(method, url)
							.contentType(MediaType.APPLICATION_JSON)
							.content(body));
			}
		}
		unchanged(before, method + " " + url);
	}

	/**
	 * Names the requests that changed the database, which the final checksum alone could
	 * not.
	 */
	private void unchanged(String before, String requests) throws Exception {
		if (!checksum().equals(before)) {
			failures.add(requests + " → changed the database");
		}
	}

	private static String fill(String template, Map<String, String> values) {
		String body = template;
		for (Map.Entry<String, String> e : values.entrySet()) {
			body = body.replace("${" + e.getKey() + "}", e.getValue());
		}
		return body;
	}

	private void sendApi(String username, String label, Supplier<MockHttpServletRequestBuilder> request)
			throws Exception {
		send(username, label, () -> request.get().accept(MediaType.APPLICATION_JSON));
	}

	private void send(String username, String label,
			Supplier<? extends AbstractMockHttpServletRequestBuilder<?>> request) throws Exception {
		AbstractMockHttpServletRequestBuilder<?> builder = request.get();
		if (username != null) {
			builder.with(user(users.loadUserByUsername(username)));
		}
		sent++;
		long start = System.nanoTime();
		MvcResult result;
		try {
			result = mvc.perform(builder).andReturn();
		}
		catch (Exception | StackOverflowError e) {
			failures.add(label + " → " + e.getClass().getSimpleName() + ": " + cause(e));
			return;
		}
		long millis = (System.nanoTime() - start) / 1_000_000;
		int status = result.getResponse().getStatus();
		statuses.merge(status, 1, Integer::sum);
		String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		if (status >= 500) {
			failures.add(label + " → " + status + " " + cause(result.getResolvedException()));
		}
		else if (millis > SLOW_MILLIS) {
			failures.add(label + " → took " + millis + " ms");
		}
		else if (status >= 400 && status != 401 && status != 404 && !hasChinese(body)) {
			failures.add(label + " → " + status + " without a Chinese message: " + abbreviate(body) + " "
					+ cause(result.getResolvedException()));
		}
	}

	/** The innermost cause, which names what went wrong. */
	private static String cause(Throwable e) {
		if (e == null) {
			return "";
		}
		Throwable t = e;
		while (t.getCause() != null && t.getCause() != t) {
			t = t.getCause();
		}
		String message = printable(String.valueOf(t.getMessage()));
		return t.getClass().getSimpleName() + ": "
				+ (message.length() > 160 ? message.substring(0, 160) + "…" : message);
	}

	/**
	 * Control characters and halves of surrogate pairs as '?', so a label can be printed
	 * and written.
	 */
	private static String printable(String s) {
		var out = new StringBuilder(s.length());
		s.chars()
			.forEach(c -> out.append(Character.isISOControl(c) || Character.isSurrogate((char) c) ? '?' : (char) c));
		return out.toString();
	}

	private static boolean hasChinese(String text) {
		return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
	}

	private static String abbreviate(String s) {
		String printable = printable(s);
		return printable.length() <= 60 ? printable : printable.substring(0, 40) + "…(" + s.length() + " chars)";
	}

	/**
	 * A workbook of the import template's shape with one row; {@code typed} false makes
	 * the amount a formula.
	 */
	private static byte[] workbook(String code, int month, String amount, boolean typed) throws IOException {
		try (var wb = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
			var sheet = wb.createSheet("执行数");
			var header = sheet.createRow(0);
			String[] headers = { "项目编码", "月份", "当年财政拨款（万元）", "上年结转（万元）", "其他资金（万元）" };
			for (int c = 0; c < headers.length; c++) {
				header.createCell(c).setCellValue(headers[c]);
			}
			var row = sheet.createRow(1);
			row.createCell(0).setCellValue(code);
			row.createCell(1).setCellValue(month);
			if (typed) {
				row.createCell(2).setCellValue(amount);
			}
			else {
				// a formula written by a program that does not compute: no cached value
				// in the file
				row.createCell(2).setCellFormula(amount.substring(1));
			}
			wb.write(out);
			return out.toByteArray();
		}
	}

	/**
	 * Every row of every table but Flyway's, hashed: any insert, update or delete changes
	 * it.
	 */
	private String checksum() throws Exception {
		MessageDigest digest = MessageDigest.getInstance("SHA-256");
		List<String> tables = jdbc
			.sql("select table_name from information_schema.tables where table_schema = 'public'"
					+ " and table_name <> 'flyway_schema_history' order by table_name")
			.query(String.class)
			.list();
		for (String table : tables) {
			digest.update(table.getBytes(StandardCharsets.UTF_8));
			jdbc.sql("select * from " + table + " order by 1").query(rs -> {
				int columns = rs.getMetaData().getColumnCount();
				for (int i = 1; i <= columns; i++) {
					digest.update(String.valueOf(rs.getObject(i)).getBytes(StandardCharsets.UTF_8));
					digest.update((byte) 0);
				}
			});
		}
		return HexFormat.of().formatHex(digest.digest());
	}

}
