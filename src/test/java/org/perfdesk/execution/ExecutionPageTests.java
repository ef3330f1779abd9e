package org.perfdesk.execution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.perfdesk.DemoYear;
import org.perfdesk.IntegrationTest;
import org.perfdesk.budget.Project;
import org.perfdesk.budget.ProjectManagement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

/** The 预算执行 pages and {@code /api/v1/execution}. */
@IntegrationTest
@Transactional
class ExecutionPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	@Autowired
	ProjectManagement projects;

	@Autowired
	ExecutionManagement execution;

	ExecutionFixtures fx;

	int year = DemoYear.current();

	int month = ExecutionFixtures.now().getMonthValue();

	Project project;

	@BeforeEach
	void fixtures() {
		fx = new ExecutionFixtures(jdbc);
		project = fx.newProject(projects, "ZX-PG-001", year, "80", "20", "0");
	}

	private RequestPostProcessor as(String username) {
		return user(users.loadUserByUsername(username));
	}

	@Test
	void theYearsTableShowsProjectsSubtotalsAndTheTotalInWan() throws Exception {
		execution.record(fx.filler(), project.id(), 1, ExecutionFixtures.spent("25", "0", "0"), null);
		mvc.perform(get("/execution").with(as("reviewer")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("年度项目预算执行情况")))
			.andExpect(content().string(containsString("ZX-PG-001")))
			.andExpect(content().string(containsString("小计")))
			.andExpect(content().string(containsString("合计（")))
			.andExpect(content().string(containsString("25.00%")))
			.andExpect(content().string(containsString("progress-bar")))
			.andExpect(content().string(not(containsString("导入执行数"))));
		mvc.perform(get("/execution").with(as("filler2")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("ZX-PG-001"))));
	}

	@Test
	void theFinanceBureauSeesDepartmentsRankedAndADepartmentItsProjects() throws Exception {
		String finance = mvc.perform(get("/execution").with(as("finance")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(finance).contains("各部门执行率排名", "id=\"ranking-chart\"");
		String table = finance.substring(finance.indexOf("id=\"ranking-table\""),
				finance.indexOf("</table>", finance.indexOf("id=\"ranking-table\"")));
		assertThat(table).contains("共青团示例市委员会", "示例市妇女联合会").doesNotContain("示例市青少年宫");
		String reviewer = mvc.perform(get("/execution").with(as("reviewer")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(reviewer).contains("各项目执行率").doesNotContain("各部门执行率排名");
	}

	/**
	 * The table as PDF with its column headings and the same figures, formatted as in the
	 * .xlsx; the sheet repeats its headings on every printed page; the page links to both
	 * and has a print button.
	 */
	@Test
	void theYearsTableDownloadsAsPdfWithTheSameFigures() throws Exception {
		var response = mvc.perform(get("/execution/export.pdf").with(as("reviewer")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
		assertThat(response.getContentType()).isEqualTo("application/pdf");
		var pdf = org.perfdesk.document.PdfPages.read(response.getContentAsByteArray(), "execution-overview");
		var overview = execution.list(fx.reviewer(),
				org.perfdesk.shared.FiscalYear.of(org.perfdesk.DemoYear.current()));
		assertThat(pdf.flat(1)).contains(org.perfdesk.document.PdfPages.flat("项目预算执行情况表", "单位", "项目编码", "执行率"));
		assertThat(pdf.flat(pdf.count())).contains(org.perfdesk.document.PdfPages
			.flat("合计（" + overview.projectCount() + " 个项目）", overview.total().executed().total().formatWan(2)));
		byte[] xlsx = mvc.perform(get("/execution/export.xlsx").with(as("reviewer")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
			assertThat(book.getSheetAt(0).getRepeatingRows().formatAsString()).isEqualTo("3:3");
		}
		String page = mvc.perform(get("/execution").with(as("reviewer")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("/execution/export.pdf", "data-print", "/js/print.js");
	}

	/**
	 * Each unit's 小计 is the sum of its projects, the 合计 the sum of the 小计, in every money
	 * column of the downloaded .xlsx.
	 */
	@Test
	void everySubtotalAndTheTotalAreTheSumsOfTheirRows() throws Exception {
		byte[] xlsx = mvc.perform(get("/execution/export.xlsx").with(as("finance")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
			var sheet = book.getSheetAt(0);
			var subtotals = new java.util.ArrayList<Integer>();
			for (var row : sheet) {
				var first = row.getCell(0);
				if (row.getRowNum() > 2 && first != null && first.getStringCellValue().contains(" 小计（")) {
					subtotals.add(row.getRowNum());
				}
			}
			assertThat(subtotals).isNotEmpty();
			int total = org.perfdesk.document.Totals.rows(sheet, "合计（").get(0);
			for (int c = 3; c <= 6; c++) {
				for (int r : subtotals) {
					org.perfdesk.document.Totals.assertColumnTotal(sheet, r, c);
				}
				double sum = 0;
				for (int r : subtotals) {
					sum += sheet.getRow(r).getCell(c).getNumericCellValue();
				}
				assertThat(sheet.getRow(total).getCell(c).getNumericCellValue()).as("合计 column %d", c)
					.isCloseTo(sum, org.assertj.core.api.Assertions.within(1e-6));
			}
		}
	}

	@Test
	void theYearsTableDownloadsAsExcelWithTheSameFigures() throws Exception {
		byte[] xlsx = mvc.perform(get("/execution/export.xlsx").with(as("reviewer")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		var overview = execution.list(fx.reviewer(),
				org.perfdesk.shared.FiscalYear.of(org.perfdesk.DemoYear.current()));
		try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
			var sheet = book.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).contains("项目预算执行情况表");
			assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
			assertThat(sheet.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
			var last = sheet.getRow(sheet.getLastRowNum());
			assertThat(last.getCell(0).getStringCellValue()).startsWith("合计（" + overview.projectCount() + " 个项目）");
			assertThat(java.math.BigDecimal.valueOf(last.getCell(6).getNumericCellValue()))
				.isEqualByComparingTo(overview.total().executed().total().toWanExact());
			var firstProject = overview.units().get(0).projects().get(0);
			assertThat(sheet.getRow(3).getCell(1).getStringCellValue()).isEqualTo(firstProject.project().code());
			if (firstProject.figures().executionRate() != null) {
				assertThat(sheet.getRow(3).getCell(7).getNumericCellValue())
					.isEqualTo(firstProject.figures().executionRate().doubleValue());
			}
		}
	}

	@Test
	void theProjectPageShowsMonthsChartAdjustmentsAndHistory() throws Exception {
		mvc.perform(get("/execution/projects/{id}", project.id()).with(as("filler")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("累计执行数与时间进度")))
			.andExpect(content().string(containsString("execution-chart")))
			.andExpect(content()
				.string(containsString("/audit/history?recordType=EXECUTION&amp;recordId=" + project.id())))
			.andExpect(content().string(containsString("adjustment-form")));
		mvc.perform(get("/execution/projects/{id}", project.id()).with(as("reviewer")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("adjustment-form"))))
			.andExpect(content().string(not(containsString("month-form"))));
		mvc.perform(get("/execution/projects/{id}", project.id()).with(as("filler2"))).andExpect(status().isNotFound());
	}

	@Test
	void theFillerRecordsAMonthAndAnAdjustmentThroughTheForms() throws Exception {
		mvc.perform(get("/execution/projects/{id}", project.id()).param("month", Integer.toString(month))
			.with(as("filler"))).andExpect(status().isOk()).andExpect(content().string(containsString("month-form")));
		mvc.perform(
				post("/execution/projects/{id}/months/{m}", project.id(), month).param("fiscalAppropriation", "１２.５")
					.param("carryOver", "")
					.param("otherFunds", "0")
					.param("version", "")
					.with(csrf())
					.with(as("filler")))
			.andExpect(status().is3xxRedirection());
		assertThat(execution.find(fx.filler(), project.id(), null).spentIn(month).total().yuan())
			.isEqualByComparingTo("125000");
		mvc.perform(post("/execution/projects/{id}/months/{m}", project.id(), month).param("fiscalAppropriation", "81")
			.param("version", "0")
			.with(csrf())
			.with(as("filler")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("超过全年预算数 80.00 万元")));
		mvc.perform(post("/execution/projects/{id}/months/{m}", project.id(), month).param("fiscalAppropriation", "1")
			.param("version", "7")
			.with(csrf())
			.with(as("filler"))).andExpect(status().isOk()).andExpect(content().string(containsString("已被他人修改")));
		mvc.perform(post("/execution/projects/{id}/adjustments", project.id()).param("adjustedOn", year + "-06-30")
			.param("kind", "INCREASE")
			.param("fundSource", "OTHER")
			.param("amount", "5")
			.param("reason", "追加活动经费")
			.with(csrf())
			.with(as("filler"))).andExpect(status().is3xxRedirection());
		mvc.perform(
				post("/execution/projects/{id}/adjustments", project.id()).param("adjustedOn", (year + 1) + "-01-01")
					.param("kind", "DECREASE")
					.param("fundSource", "OTHER")
					.param("amount", "abc")
					.param("reason", "")
					.with(csrf())
					.with(as("filler")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("调整日期须在")))
			.andExpect(content().string(containsString("调整金额须为数字")))
			.andExpect(content().string(containsString("请填写调整原因")));
		assertThat(execution.find(fx.filler(), project.id(), null).fullYearBudget().total().yuan())
			.isEqualByComparingTo("1050000");
		mvc.perform(post("/execution/projects/{id}/months/{m}", project.id(), 1).param("fiscalAppropriation", "1")
			.with(csrf())
			.with(as("reviewer"))).andExpect(status().isForbidden());
	}

	@Test
	void theApiReadsAndWritesInYuanWithTheSameRules() throws Exception {
		mvc.perform(put("/api/v1/execution/projects/{id}/months/{m}", project.id(), month).with(csrf())
			.with(as("filler"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"fiscalAppropriation\": 200000, \"carryOver\": 50000}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.figures.executed.total").value(250000.0))
			.andExpect(jsonPath("$.figures.executionRate").value(0.25))
			.andExpect(jsonPath("$.months[" + (month - 1) + "].version").value(0));
		mvc.perform(put("/api/v1/execution/projects/{id}/months/{m}", project.id(), month).with(csrf())
			.with(as("filler"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"fiscalAppropriation\": 1, \"version\": 5}")).andExpect(status().isConflict());
		mvc.perform(put("/api/v1/execution/projects/{id}/months/{m}", project.id(), month).with(csrf())
			.with(as("filler"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"carryOver\": 200001, \"version\": 0}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.carryOver").value(containsString("上年结转")));
		mvc.perform(put("/api/v1/execution/projects/{id}/months/{m}", project.id(), month).with(csrf())
			.with(as("filler"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"otherFunds\": 0.001, \"version\": 0}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.otherFunds").exists());
		mvc.perform(post("/api/v1/execution/projects/{id}/adjustments", project.id()).with(csrf())
			.with(as("filler"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"adjustedOn\": \"" + year + "-05-01\", \"kind\": \"DECREASE\", "
					+ "\"fundSource\": \"CARRY_OVER\", \"amount\": 100000, \"reason\": \"项目调减\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.kindLabel").value("追减"));
		mvc.perform(get("/api/v1/execution/projects/{id}", project.id()).param("year", Integer.toString(year))
			.with(as("reviewer")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.figures.fullYearBudget.total").value(900000.0))
			.andExpect(jsonPath("$.adjustments[0].fundSource").value("CARRY_OVER"));
		mvc.perform(get("/api/v1/execution").param("year", Integer.toString(year)).with(as("finance")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.units").isNotEmpty())
			.andExpect(jsonPath("$.total.month").value(month));
		mvc.perform(get("/api/v1/execution/projects/{id}", project.id()).with(as("filler2")))
			.andExpect(status().isNotFound());
		mvc.perform(put("/api/v1/execution/projects/{id}/months/{m}", project.id(), 1).with(csrf())
			.with(as("reviewer"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"fiscalAppropriation\": 1}")).andExpect(status().isForbidden());
		mvc.perform(
				post("/api/v1/execution/projects/{id}/adjustments", project.id()).with(csrf())
					.with(as("filler2"))
					.contentType(MediaType.APPLICATION_JSON)
					.content("{\"adjustedOn\": \"" + year + "-05-01\", \"kind\": \"INCREASE\", "
							+ "\"fundSource\": \"OTHER\", \"amount\": 1, \"reason\": \"x\"}"))
			.andExpect(status().isNotFound());
		assertThat(jdbc.sql("select count(*) from execution_monthly where project_id = :p")
			.param("p", project.id())
			.query(Long.class)
			.single()).isEqualTo(1);
	}

}
