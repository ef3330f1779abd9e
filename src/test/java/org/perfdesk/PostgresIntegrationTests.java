package org.perfdesk;

import java.io.IOException;
import java.math.BigDecimal;
import java.io.UncheckedIOException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.perfdesk.execution.BudgetRaceScenarios;
import org.perfdesk.org.OrgDirectory;
import org.perfdesk.org.Unit;
import org.perfdesk.org.UnitKind;
import org.perfdesk.org.UnitManagement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The application on a real PostgreSQL (zonky's embedded server, no Docker): the Flyway
 * migrations, the demo loader, the repositories' SQL (generated keys, path rewriting on a
 * move, {@code in} lists, {@code limit}, timestamps of the lock-out) and the scoped API,
 * exactly as they run in production under the {@code pg} profile. For the indicator
 * catalogue: the multi-row insert of the standard catalogue, {@code like ... escape} over
 * several words, the {@code in} list and {@code case} ordering of level-2 categories, the
 * boolean {@code active} column and the scheme choice written as update-then-insert.
 * <p>
 * One database (and one server start) serves every test, in whatever order JUnit runs
 * them: a test that changes shared rows (an account's lock-out) puts them back, and no
 * assertion depends on what another test adds.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class PostgresIntegrationTests {

	static final EmbeddedPostgres POSTGRES = start();

	static final String PASSWORD = "perfdesk-demo";

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> POSTGRES.getJdbcUrl("postgres", "postgres"));
		registry.add("spring.datasource.username", () -> "postgres");
		registry.add("spring.datasource.password", () -> "");
		// the account-wide lock (a timestamp in org_account) after as few failures as the
		// per-address one
		registry.add("perfdesk.login.max-failures-per-account", () -> "5");
	}

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	UnitManagement units;

	@Autowired
	OrgDirectory directory;

	@Autowired
	UserDetailsService users;

	@Autowired
	org.perfdesk.publication.PublicationManagement publications;

	@Autowired
	org.perfdesk.org.CurrentUser currentUser;

	/**
	 * The background export on PostgreSQL: db-scheduler's table, the bytea of each file,
	 * the .zip read back.
	 */
	@Test
	void exportsAPackInTheBackgroundOnPostgresql() throws Exception {
		long league = jdbc.sql("select id from org_unit where code = '201'").query(Long.class).single();
		var asked = publications.request(currentUser.scopeOf("filler"), "filler", league,
				org.perfdesk.DemoYear.current() - 1, org.perfdesk.publication.Pack.FINAL,
				java.util.EnumSet.of(org.perfdesk.report.DocumentBundle.Format.XLSX));
		long until = System.nanoTime() + java.time.Duration.ofMinutes(2).toNanos();
		var p = publications.find("filler", asked.id());
		while (!p.status().finished() && System.nanoTime() < until) {
			Thread.sleep(200);
			p = publications.find("filler", asked.id());
		}
		assertThat(p.status()).as(p.error()).isEqualTo(org.perfdesk.publication.PublicationStatus.DONE);
		assertThat(p.total()).isPositive();
		var out = new java.io.ByteArrayOutputStream();
		publications.writeZip(p, out);
		int entries = 0;
		try (var zip = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(out.toByteArray()))) {
			for (java.util.zip.ZipEntry e; (e = zip.getNextEntry()) != null;) {
				if (e.getName().endsWith(".xlsx")) {
					try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
							new java.io.ByteArrayInputStream(zip.readAllBytes()))) {
						assertThat(book.getNumberOfSheets()).isPositive();
					}
				}
				entries++;
			}
		}
		assertThat(entries).isEqualTo(p.total() + 1);
		assertThat(jdbc.sql("select count(*) from scheduled_tasks where task_name = 'publication'")
			.query(Long.class)
			.single()).as("a finished one-time task leaves no row").isZero();
	}

	@Test
	void runsOnPostgresqlWithAllMigrationsApplied() throws Exception {
		assertThat(jdbc.sql("select version()").query(String.class).single()).startsWith("PostgreSQL");
		int migrations = new org.springframework.core.io.support.PathMatchingResourcePatternResolver()
			.getResources("classpath*:db/migration/**/V*.sql").length;
		assertThat(migrations).isGreaterThanOrEqualTo(6);
		assertThat(jdbc.sql("select count(*) from flyway_schema_history where success").query(Long.class).single())
			.isEqualTo(migrations);
		assertThat(jdbc.sql("select count(*) from budget_project").query(Long.class).single()).isPositive();
		// the demo's targets went through the review workflow on PostgreSQL too
		assertThat(jdbc.sql("select count(distinct status) from target_performance_target").query(Long.class).single())
			.isEqualTo(5);
		assertThat(jdbc.sql("select count(*) from target_review").query(Long.class).single()).isPositive();
		assertThat(jdbc.sql("select count(*) from indicator_catalogue_entry").query(Long.class).single())
			.isGreaterThanOrEqualTo(80);
	}

	@Test
	void theApiKeepsEachFillerInsideItsUnit() throws Exception {
		int year = DemoYear.current();
		long league = jdbc.sql("select id from org_unit where code = '201'").query(Long.class).single();
		mvc.perform(get("/api/v1/projects").param("year", Integer.toString(year)).with(httpBasic("filler", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].unitId", everyItem(is((int) league))));
		long other = jdbc.sql("select id from budget_project where unit_id = :u limit 1")
			.param("u", league)
			.query(Long.class)
			.single();
		mvc.perform(get("/api/v1/projects/" + other).with(httpBasic("filler2", PASSWORD)))
			.andExpect(status().isNotFound());
	}

	@Test
	void registersAProjectAndLogsItsFields() throws Exception {
		int year = DemoYear.current();
		String json = """
				{"fiscalYear":%d,"code":"PG-1","name":"青年人才驿站","type":"ONE_OFF","startYear":%d,"endYear":%d,
				 "manager":"许嘉诚","fiscalAppropriation":80000.10,"carryOver":0,"otherFunds":0,"purpose":"为来本市求职的青年提供短期免费住宿。"}"""
			.formatted(year, year, year);
		mvc.perform(post("/api/v1/projects").with(httpBasic("filler", PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content(json)).andExpect(status().isCreated()).andExpect(jsonPath("$.totalBudget").value(80000.10));
		mvc.perform(get("/audit").param("recordType", "PROJECT").with(user(users.loadUserByUsername("filler"))))
			.andExpect(status().isOk());
		// keyword search with LIKE ... ESCAPE, as PostgreSQL reads it
		mvc.perform(get("/projects").param("q", "人才驿").with(user(users.loadUserByUsername("filler"))))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.containsString("合计（1 个项目）")));
		mvc.perform(get("/projects").param("q", "_").with(user(users.loadUserByUsername("filler"))))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.containsString("没有符合条件的项目")));
		assertThat(jdbc
			.sql("select count(*) from audit_field_change c join audit_entry e on e.id = c.entry_id "
					+ "where e.label like 'PG-1 %'")
			.query(Long.class)
			.single()).isEqualTo(9);
	}

	@Test
	void movingAUnitRewritesItsSubtreePathsOnPostgresql() {
		Unit bureau = directory.tree().get(0);
		Unit department = units.create(UnitKind.DEPARTMENT, bureau.id(), "PG-D", "示例市残疾人联合会");
		Unit unit = units.create(UnitKind.BUDGET_UNIT, department.id(), "PG-U", "示例市康复服务中心");
		Unit target = units.create(UnitKind.DEPARTMENT, bureau.id(), "PG-T", "示例市红十字会");
		units.move(unit.id(), target.id());
		assertThat(directory.find(unit.id()).orElseThrow().path()).isEqualTo(target.path() + unit.id() + "/");
		units.deactivate(target.id());
		assertThat(directory.subtree(target.id())).allMatch(u -> !u.active()).hasSize(2);
	}

	@Test
	void theLockOutWorksWithPostgresqlTimestamps() throws Exception {
		// from an address of its own (the per-address locks live in memory), five from
		// each of two addresses
		try {
			for (int i = 0; i < 5; i++) {
				mvc.perform(post("/login").param("username", "palace")
					.param("password", "nope-" + i)
					.with(csrf())
					.with(from("198.51.100." + (1 + i % 2)))).andExpect(redirectedUrl("/login?error"));
			}
			assertThat(jdbc.sql("select locked_until from org_account where username = 'palace'")
				.query(java.sql.Timestamp.class)
				.optional()).isPresent();
			mvc.perform(post("/login").param("username", "palace")
				.param("password", PASSWORD)
				.with(csrf())
				.with(from("198.51.100.3"))).andExpect(redirectedUrl("/login?error"));
		}
		finally {
			// the tests share one database: unlock again so that a test running later can
			// sign in as palace
			jdbc.sql("update org_account set locked_until = null, failed_logins = 0 where username = 'palace'")
				.update();
		}
		mvc.perform(post("/login").param("username", "palace")
			.param("password", PASSWORD)
			.with(csrf())
			.with(from("198.51.100.3"))).andExpect(redirectedUrl("/"));
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	@Test
	void theStandardCatalogueIsLoadedOnPostgresql() {
		assertThat(jdbc.sql("select count(*) from indicator_catalogue_entry where owner_unit_id is null and active")
			.query(Long.class)
			.single()).isGreaterThanOrEqualTo(90);
		assertThat(jdbc.sql("select count(distinct name) from indicator_catalogue_entry where owner_unit_id is null")
			.query(Long.class)
			.single())
			.isEqualTo(jdbc.sql("select count(*) from indicator_catalogue_entry where " + "owner_unit_id is null")
				.query(Long.class)
				.single());
	}

	@Test
	void searchesAddsAndKeepsCatalogueLibrariesApartOnPostgresql() throws Exception {
		mvc.perform(get("/api/v1/catalogue").param("words", "12355 接通").with(httpBasic("filler", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(1)))
			.andExpect(jsonPath("$[0].name").value("12355热线有效接通率"));
		mvc.perform(get("/api/v1/catalogue").param("words", "_").with(httpBasic("filler", PASSWORD)))
			.andExpect(jsonPath("$", hasSize(0)));
		mvc.perform(get("/api/v1/catalogue").param("category", "COST").with(httpBasic("filler", PASSWORD)))
			.andExpect(jsonPath("$[*].category", everyItem(is("COST"))));
		String json = """
				{"subcategory":"QUANTITY","topic":"就业创业","name":"青年PG实训营开营期数","explanation":"开营并完成全部课程的实训营期数。",
				 "comparison":"AT_LEAST","unit":"期","suggestedValue":"≥6期","scoringRule":"实际期数÷指标值×分值，最高得满分。","dataSource":"开营通知"}""";
		mvc.perform(post("/api/v1/catalogue").with(httpBasic("reviewer", PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content(json)).andExpect(status().isCreated()).andExpect(jsonPath("$.library").value("共青团示例市委员会指标库"));
		// a unit under the league sees the league's library; centre rather than palace,
		// which the lock-out test
		// locks and, should it fail half-way, leaves locked
		mvc.perform(get("/api/v1/catalogue").param("words", "pg实训").with(httpBasic("centre", PASSWORD)))
			.andExpect(jsonPath("$[*].name", hasItem("青年PG实训营开营期数")));
		mvc.perform(get("/api/v1/catalogue").param("words", "pg实训").with(httpBasic("filler2", PASSWORD)))
			.andExpect(jsonPath("$[*].name", not(hasItem("青年PG实训营开营期数"))));
	}

	@Test
	void theSchemeOfAYearIsChosenAndChangedOnPostgresql() throws Exception {
		// a year no other test writes, so the one row left is this test's
		for (String scheme : new String[] { "CLASSIC_2015", "CORE_2021" }) {
			mvc.perform(post("/settings/schemes").param("year", "2033")
				.param("scheme", scheme)
				.with(csrf())
				.with(user(users.loadUserByUsername("finance")))).andExpect(status().is3xxRedirection());
		}
		assertThat(jdbc.sql("select scheme from indicator_scheme_choice where fiscal_year = 2033")
			.query(String.class)
			.list()).containsExactly("CORE_2021");
	}

	@Test
	void theSpendingPlanCheckpointsOfAYearAreSetAndChangedOnPostgresql() throws Exception {
		for (String months : new String[] { "3,6,9,12", "3、6、10、12" }) {
			mvc.perform(post("/settings/spending-plan").param("year", "2033")
				.param("months", months)
				.with(csrf())
				.with(user(users.loadUserByUsername("finance")))).andExpect(status().is3xxRedirection());
		}
		assertThat(jdbc.sql("select months from target_spending_checkpoints where fiscal_year = 2033")
			.query(String.class)
			.list()).containsExactly("3,6,10,12");
	}

	@Test
	void theDemoSelfEvaluationsWentThroughTheirWorkflowOnPostgresql() throws Exception {
		int previous = DemoYear.current() - 1;
		// the league's department table: approved, its scores frozen at submission, the
		// total their sum
		assertThat(jdbc.sql("select status from department_evaluation where fiscal_year = :y")
			.param("y", previous)
			.query(String.class)
			.list()).containsExactly("APPROVED");
		BigDecimal frozen = jdbc
			.sql("select sum(s.score) from department_evaluation_score s join department_evaluation e "
					+ "on e.id = s.evaluation_id where e.fiscal_year = :y")
			.param("y", previous)
			.query(BigDecimal.class)
			.single();
		assertThat(jdbc.sql("select total_score from department_evaluation where fiscal_year = :y")
			.param("y", previous)
			.query(BigDecimal.class)
			.single()).isEqualByComparingTo(frozen);
		// the project tables: approved, waiting for the finance bureau and returned; 优, 良
		// and 中; all in the API
		assertThat(jdbc.sql("select distinct status from self_evaluation where fiscal_year = :y")
			.param("y", previous)
			.query(String.class)
			.list()).contains("APPROVED", "DEPARTMENT_APPROVED", "RETURNED");
		assertThat(jdbc.sql("select distinct grade from self_evaluation where fiscal_year = :y")
			.param("y", previous)
			.query(String.class)
			.list()).contains("EXCELLENT", "GOOD", "FAIR");
		mvc.perform(get("/api/v1/evaluations").param("year", Integer.toString(previous))
			.with(user(users.loadUserByUsername("finance"))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.evaluations",
					hasSize(jdbc.sql("select count(*) from self_evaluation where fiscal_year = :y")
						.param("y", previous)
						.query(Integer.class)
						.single())));
	}

	/**
	 * The budget races on PostgreSQL: the row lock that makes check and write one step is
	 * SQL, and PostgreSQL must honour it as H2 does. Nested, so that it shares this
	 * class's database and application context.
	 */
	@Nested
	class BudgetRaceOnPostgresql extends BudgetRaceScenarios {

		@Test
		void racesOnPostgresql() {
			assertThat(jdbc.sql("select version()").query(String.class).single()).startsWith("PostgreSQL");
		}

	}

	private static EmbeddedPostgres start() {
		try {
			EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				try {
					postgres.close();
				}
				catch (IOException e) {
					// the JVM is ending; the temporary cluster directory is removed by
					// zonky either way
				}
			}));
			return postgres;
		}
		catch (IOException e) {
			throw new UncheckedIOException("embedded PostgreSQL did not start", e);
		}
	}

}
