package org.perfdesk.targets;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.perfdesk.IntegrationTest;
import org.perfdesk.document.DocxTables;
import org.perfdesk.monitoring.ExpectedProgress;
import org.perfdesk.org.CurrentUser;
import org.perfdesk.org.DataScope;
import org.perfdesk.shared.RuleViolation;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The spending plan's checkpoint months as a per-year setting of the finance bureau: the
 * default 3/6/9/12, a year set to 3/6/10/12 as in seed 004, the checks, the log, and the
 * months over the plan's columns in the downloaded target form and in the 计划进度.
 */
@IntegrationTest
@Transactional
class SpendingCheckpointSettingsTests {

	@Autowired
	SpendingCheckpointSettings settings;

	@Autowired
	TargetManagement targets;

	@Autowired
	CurrentUser currentUser;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void aYearNeverSetUsesTheQuarterEnds() {
		assertThat(settings.months(2031)).containsExactly(3, 6, 9, 12);
		assertThat(settings.checkpoints(2031).chosen()).isFalse();
		assertThat(settings.checkpoints(2031).labels()).containsExactly("3月底", "6月底", "9月底", "12月底");
	}

	@Test
	void theFinanceReviewerSetsTheMonthsAndTheChangeIsLogged() {
		SpendingCheckpoints set = settings.choose(as("finance"), 2031, List.of(3, 6, 10, 12));
		assertThat(set.chosen()).isTrue();
		assertThat(set.chosenBy()).isEqualTo("finance");
		assertThat(settings.months(2031)).containsExactly(3, 6, 10, 12);
		settings.choose(as("finance"), 2031, List.of(3, 6, 9, 12));
		assertThat(jdbc
			.sql("select e.action || ':' || c.old_value || '>' || c.new_value from audit_entry e join "
					+ "audit_field_change c on c.entry_id = e.id where e.record_type = 'SPENDING_CHECKPOINTS' "
					+ "and e.record_id = 2031 order by e.id")
			.query(String.class)
			.list()).containsExactly("CREATE:3、6、9、12 月底（默认）>3、6、10、12 月底", "UPDATE:3、6、10、12 月底>3、6、9、12 月底");
	}

	@Test
	void nobodyElseSetsThem() {
		for (String user : new String[] { "reviewer", "filler", "admin" }) {
			DataScope scope = as(user);
			assertThatThrownBy(() -> settings.choose(scope, 2031, List.of(3, 6, 10, 12))).as(user)
				.isInstanceOf(AccessDeniedException.class);
		}
	}

	@Test
	void fourAscendingMonthsEndingInDecember() {
		assertThat(SpendingCheckpoints.parse("3, 6，10、12")).containsExactly(3, 6, 10, 12);
		assertThat(SpendingCheckpoints.parse("3月底 6月底 10月底 12月底")).containsExactly(3, 6, 10, 12);
		for (String wrong : new String[] { "3,6,12", "3,6,9,11", "3,9,6,12", "0,6,9,12", "三,6,9,12", "" }) {
			assertThatThrownBy(() -> SpendingCheckpoints.parse(wrong)).as(wrong)
				.isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.errors()).containsKey("months"));
		}
	}

	@Test
	void thePlannedProgressFollowsTheYearsMonths() {
		SpendingPlan plan = SpendingPlan.EVEN;
		// 3/6/10/12: July is a quarter of the way from June (50%) to October (75%)
		assertThat(ExpectedProgress.byPlan(plan, List.of(3, 6, 10, 12), 7)).isEqualByComparingTo("0.5625");
		assertThat(ExpectedProgress.byPlan(plan, List.of(3, 6, 10, 12), 10)).isEqualByComparingTo("0.75");
		assertThat(ExpectedProgress.byPlan(plan, List.of(3, 6, 10, 12), 11)).isEqualByComparingTo("0.875");
		assertThat(ExpectedProgress.byPlan(plan, List.of(3, 6, 9, 12), 7))
			.isEqualByComparingTo(ExpectedProgress.byPlan(plan, 7));
	}

	@Test
	void theTargetFormPrintsTheYearsMonthsOverThePlan() throws Exception {
		int year = jdbc.sql(
				"select max(fiscal_year) from target_performance_target where kind = 'PROJECT' and plan_march is not null")
			.query(Integer.class)
			.single();
		var finance = user(users.loadUserByUsername("finance"));
		mvc.perform(post("/settings/spending-plan").param("year", String.valueOf(year))
			.param("months", "3,6,10,12")
			.with(csrf())
			.with(finance)).andExpect(status().is3xxRedirection()).andExpect(flash().attributeExists("message"));
		mvc.perform(get("/settings/spending-plan").with(finance)).andExpect(status().isOk());
		long id = jdbc
			.sql("select min(id) from target_performance_target where kind = 'PROJECT' and fiscal_year = :y "
					+ "and plan_march is not null")
			.param("y", year)
			.query(Long.class)
			.single();
		byte[] xlsx = mvc.perform(get("/targets/" + id + "/export.xlsx").with(finance))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			List<String> labels = new ArrayList<>();
			for (Row row : workbook.getSheetAt(0)) {
				if (row.getCell(0) != null && "资金支出计划（%）".equals(row.getCell(0).getStringCellValue())) {
					row.forEach(cell -> {
						if (cell.getStringCellValue().endsWith("月底")) {
							labels.add(cell.getStringCellValue());
						}
					});
				}
			}
			assertThat(labels).containsExactly("3月底", "6月底", "10月底", "12月底");
		}
		byte[] docx = mvc.perform(get("/targets/" + id + "/export.docx").with(finance))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (var document = new XWPFDocument(new ByteArrayInputStream(docx))) {
			assertThat(DocxTables.joined(document).getText()).contains("10月底").doesNotContain("9月底");
		}
		String page = mvc.perform(get("/targets/" + id).with(finance)).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("10月底");
	}

	private DataScope as(String username) {
		var details = users.loadUserByUsername(username);
		SecurityContextHolder.getContext()
			.setAuthentication(
					UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities()));
		return currentUser.scope();
	}

}
