package org.perfdesk.indicator;

import java.io.IOException;
import java.io.UncheckedIOException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The catalogue's migrations and SQL on a real PostgreSQL (zonky's embedded server): the multi-row insert of the
 * standard catalogue, {@code like ... escape} over several words, the {@code in} list and {@code case} ordering of
 * level-2 categories, the boolean {@code active} column, generated keys, and the scheme choice written as
 * update-then-insert.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class CataloguePostgresTests {

	static final EmbeddedPostgres POSTGRES = start();

	static final String PASSWORD = "perfdesk-demo";

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> POSTGRES.getJdbcUrl("postgres", "postgres"));
		registry.add("spring.datasource.username", () -> "postgres");
		registry.add("spring.datasource.password", () -> "");
	}

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Test
	void theStandardCatalogueIsLoadedOnPostgresql() {
		assertThat(jdbc.sql("select version()").query(String.class).single()).startsWith("PostgreSQL");
		assertThat(jdbc.sql("select count(*) from indicator_catalogue_entry where owner_unit_id is null and active")
			.query(Long.class).single()).isGreaterThanOrEqualTo(90);
		assertThat(jdbc.sql("select count(distinct name) from indicator_catalogue_entry where owner_unit_id is null")
			.query(Long.class).single()).isEqualTo(jdbc.sql("select count(*) from indicator_catalogue_entry where "
					+ "owner_unit_id is null").query(Long.class).single());
	}

	@Test
	void searchesAddsAndKeepsLibrariesApartOnPostgresql() throws Exception {
		mvc.perform(get("/api/v1/catalogue").param("words", "12355 接通").with(httpBasic("filler", PASSWORD)))
			.andExpect(status().isOk()).andExpect(jsonPath("$", hasSize(1)))
			.andExpect(jsonPath("$[0].name").value("12355热线有效接通率"));
		mvc.perform(get("/api/v1/catalogue").param("words", "_").with(httpBasic("filler", PASSWORD)))
			.andExpect(jsonPath("$", hasSize(0)));
		mvc.perform(get("/api/v1/catalogue").param("category", "COST").with(httpBasic("filler", PASSWORD)))
			.andExpect(jsonPath("$[*].category", everyItem(is("COST"))));
		String json = """
				{"subcategory":"QUANTITY","topic":"就业创业","name":"青年PG实训营开营期数","explanation":"开营并完成全部课程的实训营期数。",
				 "comparison":"AT_LEAST","unit":"期","suggestedValue":"≥6期","scoringRule":"实际期数÷指标值×分值，最高得满分。","dataSource":"开营通知"}""";
		mvc.perform(post("/api/v1/catalogue").with(httpBasic("reviewer", PASSWORD)).contentType(MediaType.APPLICATION_JSON)
			.content(json)).andExpect(status().isCreated()).andExpect(jsonPath("$.library").value("共青团示例市委员会指标库"));
		mvc.perform(get("/api/v1/catalogue").param("words", "pg实训").with(httpBasic("palace", PASSWORD)))
			.andExpect(jsonPath("$[*].name", hasItem("青年PG实训营开营期数")));
		mvc.perform(get("/api/v1/catalogue").param("words", "pg实训").with(httpBasic("filler2", PASSWORD)))
			.andExpect(jsonPath("$[*].name", not(hasItem("青年PG实训营开营期数"))));
	}

	@Test
	void theSchemeOfAYearIsChosenAndChangedOnPostgresql() throws Exception {
		for (String scheme : new String[] { "CLASSIC_2015", "CORE_2021" }) {
			mvc.perform(post("/settings/schemes").param("year", "2033").param("scheme", scheme).with(csrf())
				.with(user(users.loadUserByUsername("finance")))).andExpect(status().is3xxRedirection());
		}
		assertThat(jdbc.sql("select scheme from indicator_scheme_choice where fiscal_year = 2033").query(String.class)
			.list()).containsExactly("CORE_2021");
	}

	private static EmbeddedPostgres start() {
		try {
			EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				try {
					postgres.close();
				}
				catch (IOException e) {
					// the JVM is ending; zonky removes the temporary cluster directory either way
				}
			}));
			return postgres;
		}
		catch (IOException e) {
			throw new UncheckedIOException("embedded PostgreSQL did not start", e);
		}
	}
}
