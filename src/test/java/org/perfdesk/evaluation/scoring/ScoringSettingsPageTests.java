package org.perfdesk.evaluation.scoring;

import java.math.BigDecimal;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.perfdesk.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
@Transactional
class ScoringSettingsPageTests {

	static final int YEAR = ScoringSettingsManagementTests.YEAR;

	static final BigDecimal TEN = BigDecimal.TEN;

	static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void clearTheYears() {
		for (int year : new int[] { YEAR - 1, YEAR }) {
			jdbc.sql("delete from evaluation_execution_tier where fiscal_year = :y").param("y", year).update();
			jdbc.sql("delete from evaluation_scoring_settings where fiscal_year = :y").param("y", year).update();
		}
	}

	@Test
	void everyoneReadsTheRulesOnlyTheFinanceReviewerSeesTheForm() throws Exception {
		String filler = page("filler");
		assertThat(filler).contains(YEAR + " 年度计分设置", "尚未保存计分设置", "计分规则与示例", "id=\"settings-summary\"")
			.doesNotContain("id=\"scoring-form\"", "id=\"copy-form\"");
		String finance = page("finance");
		assertThat(finance).contains("id=\"scoring-form\"", "id=\"tier-table\"", "id=\"add-tier\"", "tier-row-template",
				"复制 " + (YEAR - 1) + " 年度的设置");
	}

	@Test
	void theWorkedExamplesAreComputedWithTheStoredSettings() throws Exception {
		ScoredItem ratio = new LowerIsBetterRatio().score(TEN, HUNDRED, new BigDecimal("125"));
		ScoredItem linear = new LowerIsBetterLinear().score(TEN, HUNDRED, new BigDecimal("125"));
		assertThat(ratio.explanation()).isNotEqualTo(linear.explanation());
		String before = page("finance");
		assertThat(before)
			.contains(html(ratio.explanation()),
					html(new HigherIsBetter().score(TEN, HUNDRED, new BigDecimal("80")).explanation()))
			.doesNotContain(html(linear.explanation()));

		mvc.perform(form("finance").param("reverse", "LINEAR")
			.param("tiered", "true")
			.param("tierRate", "95", "", "85")
			.param("tierPoints", "10", "", "8"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/settings/scoring?year=" + YEAR));

		String after = page("reviewer");
		assertThat(after).contains(html(linear.explanation()), "反向指标（≤）：线性扣分法", "预算执行率（分档法）")
			.doesNotContain(html(ratio.explanation()));
		// the execution examples follow the stored tiers: 85% of the budget reaches the
		// lowest tier
		ScoredItem tier = new ExecutionScore(TEN,
				java.util.List.of(new ExecutionScore.Tier(new BigDecimal("0.95"), TEN),
						new ExecutionScore.Tier(new BigDecimal("0.85"), new BigDecimal("8"))))
			.score(org.perfdesk.shared.Amount.ofYuan("850000"), org.perfdesk.shared.Amount.ofYuan("1000000"));
		assertThat(after).contains(html(tier.explanation()));
	}

	@Test
	void aMistakeIsShownBesideItsFieldWithWhatWasTypedAndNothingIsSaved() throws Exception {
		String html = mvc
			.perform(form("finance").param("overAchievement", "二十")
				.param("tiered", "true")
				.param("tierRate", "90", "90")
				.param("tierPoints", "9", "8"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("id=\"form-errors\"", "“二十”不是数字", "与第 1 档相同", "is-invalid", "value=\"二十\"");
		assertThat(stored()).isZero();
	}

	@Test
	void aFormForAWrongYearIsRefusedRatherThanSavedForAnotherYear() throws Exception {
		long before = jdbc.sql("select count(*) from evaluation_scoring_settings").query(Long.class).single();
		String html = mvc.perform(form("finance").param("year", "二〇二六"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("预算年度须在");
		assertThat(jdbc.sql("select count(*) from evaluation_scoring_settings").query(Long.class).single())
			.isEqualTo(before);
	}

	@Test
	void othersAreRefusedWith403AndNothingIsSaved() throws Exception {
		for (String username : new String[] { "reviewer", "filler", "admin" }) {
			mvc.perform(form(username)).andExpect(status().isForbidden());
			mvc.perform(post("/settings/scoring/copy").with(user(users.loadUserByUsername(username)))
				.with(csrf())
				.param("year", Integer.toString(YEAR))
				.param("version", "0")).andExpect(status().isForbidden());
		}
		assertThat(stored()).isZero();
	}

	@Test
	void theFinanceReviewerCopiesThePreviousYear() throws Exception {
		mvc.perform(form("finance").param("year", Integer.toString(YEAR - 1))
			.param("reverse", "LINEAR")
			.param("overAchievement", "35")).andExpect(status().is3xxRedirection());
		mvc.perform(post("/settings/scoring/copy").with(user(users.loadUserByUsername("finance")))
			.with(csrf())
			.param("year", Integer.toString(YEAR))
			.param("version", "0"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/settings/scoring?year=" + YEAR));
		assertThat(jdbc
			.sql("select reverse_variant || ' ' || cast(over_achievement_share * 100 as integer) from "
					+ "evaluation_scoring_settings where fiscal_year = :y")
			.param("y", YEAR)
			.query(String.class)
			.single()).isEqualTo("LINEAR 35");
		assertThat(page("finance")).contains("由 finance 于", "id=\"history\"");
	}

	@Test
	void theSchemesPageLinksToTheScoringSettings() throws Exception {
		assertThat(mvc.perform(get("/settings/schemes").with(user(users.loadUserByUsername("filler"))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("id=\"scoring-link\"", "href=\"/settings/scoring\"");
	}

	@Test
	void theApiReadsTheSettingsOfAYear() throws Exception {
		mvc.perform(get("/api/v1/scoring-settings").param("year", Integer.toString(YEAR))
			.with(httpBasic("filler", "perfdesk-demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.saved").value(false))
			.andExpect(jsonPath("$.reverse").value("RATIO"))
			.andExpect(jsonPath("$.weights.output").value(50))
			.andExpect(jsonPath("$.rules[2].title").value("反向指标（≤）：比例法"));
		mvc.perform(form("finance").param("reverse", "LINEAR")
			.param("tiered", "true")
			.param("tierRate", "90")
			.param("tierPoints", "10")).andExpect(status().is3xxRedirection());
		mvc.perform(get("/api/v1/scoring-settings").param("year", Integer.toString(YEAR))
			.with(httpBasic("reviewer", "perfdesk-demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.saved").value(true))
			.andExpect(jsonPath("$.version").value(1))
			.andExpect(jsonPath("$.reverse").value("LINEAR"))
			.andExpect(jsonPath("$.executionTiers[0].rate").value(0.9))
			.andExpect(jsonPath("$.updatedBy").value("finance"));
		mvc.perform(get("/api/v1/scoring-settings").param("year", "1999").with(httpBasic("filler", "perfdesk-demo")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.year").exists());
		mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/scoring-settings'].get").exists());
	}

	/**
	 * The page form with the default settings typed in, as the given user; tests override
	 * single fields.
	 */
	private MockHttpServletRequestBuilder form(String username) {
		ScoringSettingsInput d = ScoringSettingsInput.of(ScoringSettings.defaults(YEAR));
		return new DefaultsForm(post("/settings/scoring").with(user(users.loadUserByUsername(username))).with(csrf()))
			.set("year", Integer.toString(YEAR))
			.set("version", "0")
			.set("reverse", d.reverse())
			.set("overAchievement", d.overAchievement())
			.set("executionWeight", d.executionWeight())
			.set("outputWeight", d.outputWeight())
			.set("benefitWeight", d.benefitWeight())
			.set("satisfactionWeight", d.satisfactionWeight())
			.set("achievedBand", d.achievedBand())
			.set("partlyBand", d.partlyBand())
			.set("freedWeight", d.freedWeight())
			.request();
	}

	/**
	 * Sets a parameter unless the test sets it again later (MockMvc's param() would add a
	 * second value).
	 */
	private record DefaultsForm(MockHttpServletRequestBuilder request) {

		DefaultsForm set(String name, String value) {
			request.with(r -> {
				if (r.getParameter(name) == null) {
					r.setParameter(name, value);
				}
				return r;
			});
			return this;
		}
	}

	private String page(String username) throws Exception {
		return mvc
			.perform(get("/settings/scoring").param("year", Integer.toString(YEAR))
				.with(user(users.loadUserByUsername(username))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private long stored() {
		return jdbc.sql("select count(*) from evaluation_scoring_settings where fiscal_year = :y")
			.param("y", YEAR)
			.query(Long.class)
			.single();
	}

	private static String html(String text) {
		return HtmlUtils.htmlEscape(text, "UTF-8");
	}

}
