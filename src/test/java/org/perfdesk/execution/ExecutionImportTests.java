package org.perfdesk.execution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.perfdesk.DemoYear;
import org.perfdesk.IntegrationTest;
import org.perfdesk.budget.Project;
import org.perfdesk.budget.ProjectManagement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

@IntegrationTest
@Transactional
class ExecutionImportTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	@Autowired
	ProjectManagement projects;

	ExecutionFixtures fx;

	int year = DemoYear.current();

	int month = ExecutionFixtures.now().getMonthValue();

	Project a;

	Project b;

	@BeforeEach
	void fixtures() {
		fx = new ExecutionFixtures(jdbc);
		a = fx.newProject(projects, "ZX-IMP-A", year, "100", "0", "10");
		b = fx.newProject(projects, "ZX-IMP-B", year, "50", "0", "0");
	}

	private RequestPostProcessor as(String username) {
		return user(users.loadUserByUsername(username));
	}

	/**
	 * A workbook with the template's header and the given rows (strings stay text,
	 * numbers become numbers).
	 */
	static byte[] xlsx(Object[]... rows) throws IOException {
		try (var wb = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
			Sheet sheet = wb.createSheet("执行数");
			Row header = sheet.createRow(0);
			for (int c = 0; c < ExecutionSheet.HEADERS.length; c++) {
				header.createCell(c).setCellValue(ExecutionSheet.HEADERS[c]);
			}
			for (int r = 0; r < rows.length; r++) {
				Row row = sheet.createRow(r + 1);
				for (int c = 0; c < rows[r].length; c++) {
					Object v = rows[r][c];
					if (v instanceof Number n) {
						row.createCell(c).setCellValue(n.doubleValue());
					}
					else if (v instanceof String s && s.startsWith("=")) {
						row.createCell(c).setCellFormula(s.substring(1));
					}
					else if (v != null) {
						row.createCell(c).setCellValue(v.toString());
					}
				}
			}
			wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
			wb.write(out);
			return out.toByteArray();
		}
	}

	private long months(Project p) {
		return jdbc.sql("select count(*) from execution_monthly where project_id = :p")
			.param("p", p.id())
			.query(Long.class)
			.single();
	}

	private BigDecimal spent(Project p, int m) {
		return jdbc
			.sql("select fiscal_appropriation from execution_monthly where project_id = :p and fiscal_month = :m")
			.param("p", p.id())
			.param("m", m)
			.query(BigDecimal.class)
			.single();
	}

	private static MockMultipartFile file(byte[] bytes) {
		return new MockMultipartFile("file", "执行数.xlsx",
				"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", bytes);
	}

	@Test
	void aGoodFileImportsInOneGoWithASummaryAndAudit() throws Exception {
		byte[] bytes = xlsx(new Object[] { "ZX-IMP-A", 1, 10, 0, 1 },
				new Object[] { "ZX-IMP-A", month, "１２．５", null, "=0.1+0.2" }, // full-width
																				// text, a
																				// formula
				new Object[] {}, // a blank row is skipped
				new Object[] { "ZX-IMP-B", "1月", "20", 0, 0 });
		mvc.perform(multipart("/execution/import").file(file(bytes)).with(csrf()).with(as("filler")))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("message", containsString("已导入 3 行执行数：2 个项目")));
		assertThat(months(a)).isEqualTo(month == 1 ? 1 : 2);
		assertThat(spent(a, month)).isEqualByComparingTo("125000");
		assertThat(spent(b, 1)).isEqualByComparingTo("200000");
		assertThat(jdbc.sql("select count(*) from audit_entry where record_type = 'EXECUTION' and record_id in (:ids)")
			.param("ids", java.util.List.of(a.id(), b.id()))
			.query(Long.class)
			.single()).isGreaterThanOrEqualTo(2);
	}

	@Test
	void aFileWithBadRowsListsEachAndImportsNothingThenTheValidRowsCanBeImported() throws Exception {
		byte[] bytes = xlsx(new Object[] { "ZX-IMP-A", 1, 10, 0, 0 }, // row 2: good
				new Object[] { "NO-SUCH", 1, 1, 0, 0 }, // row 3: unknown code
				new Object[] { "ZX-IMP-B", 13, 1, 0, 0 }, // row 4: month
				new Object[] { "ZX-IMP-X", 1, "abc", 0, -1 }, // row 5: not a number,
																// negative
				new Object[] { "ZX-IMP-Y", 1, "1.1234567", 0, 0 }, // row 6: too many
																	// decimals
				new Object[] { "ZX-IMP-B", 1, 1, 0, 0 }, // row 7: good alone
				new Object[] { "ZX-IMP-B", 1, 2, 0, 0 }, // row 8: same project and month
															// as row 7
				new Object[] { "ZX-IMP-C", 1, 0, 0, 10.01 }); // row 9: 其他资金 above its 10
																// 万元
		fx.newProject(projects, "ZX-IMP-C", year, "0", "0", "10");
		MockHttpSession session = new MockHttpSession();
		String page = mvc
			.perform(multipart("/execution/import").file(file(bytes)).with(csrf()).with(as("filler")).session(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("未导入任何数据")))
			.andExpect(content().string(containsString("第 3 行")))
			.andExpect(content().string(containsString("“NO-SUCH”")))
			.andExpect(content().string(containsString("第 4 行")))
			.andExpect(content().string(containsString("月份须为 1 至 12")))
			.andExpect(content().string(containsString("第 5 行")))
			.andExpect(content().string(containsString("执行数不能为负数")))
			.andExpect(content().string(containsString("最多 6 位小数")))
			.andExpect(content().string(containsString("与第 7 行重复")))
			.andExpect(content().string(containsString("第 9 行")))
			.andExpect(content().string(containsString("其他资金截至 1 月累计执行数 10.01 万元，超过全年预算数 10.00 万元")))
			.andExpect(content().string(containsString("只导入有效行")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(months(a)).isZero();
		assertThat(months(b)).isZero();
		Matcher token = Pattern.compile("name=\"token\" value=\"([^\"]+)\"").matcher(page);
		assertThat(token.find()).isTrue();
		// a forged token imports nothing
		mvc.perform(post("/execution/import/valid-rows").param("token", "forged")
			.with(csrf())
			.with(as("filler"))
			.session(session))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("error", containsString("已失效")));
		mvc.perform(post("/execution/import/valid-rows").param("token", token.group(1))
			.with(csrf())
			.with(as("filler"))
			.session(session))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("message", containsString("已导入 1 行")));
		assertThat(spent(a, 1)).isEqualByComparingTo("100000");
		assertThat(months(b)).isZero();
		// the token is used up
		mvc.perform(post("/execution/import/valid-rows").param("token", token.group(1))
			.with(csrf())
			.with(as("filler"))
			.session(session))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("error", containsString("已失效")));
	}

	@Test
	void validRowsAreCheckedAgainstTheDatabaseWhenImported() throws Exception {
		byte[] bytes = xlsx(new Object[] { "ZX-IMP-B", 1, 30, 0, 0 }, new Object[] { "NO-SUCH", 1, 1, 0, 0 });
		MockHttpSession session = new MockHttpSession();
		String page = mvc
			.perform(multipart("/execution/import").file(file(bytes)).with(csrf()).with(as("filler")).session(session))
			.andReturn()
			.getResponse()
			.getContentAsString();
		Matcher token = Pattern.compile("name=\"token\" value=\"([^\"]+)\"").matcher(page);
		assertThat(token.find()).isTrue();
		// meanwhile the budget of B is cut below the row's 30 万元
		jdbc.sql("update budget_project set fiscal_appropriation = 200000 where id = :id").param("id", b.id()).update();
		mvc.perform(post("/execution/import/valid-rows").param("token", token.group(1))
			.with(csrf())
			.with(as("filler"))
			.session(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("超过全年预算数 20.00 万元")));
		assertThat(months(b)).isZero();
	}

	@Test
	void aFileThatIsNotXlsxGetsAChineseMessage() throws Exception {
		var csv = new MockMultipartFile("file", "执行数.csv", "text/csv", "项目编码,月份\nA,1\n".getBytes());
		mvc.perform(multipart("/execution/import").file(csv).with(csrf()).with(as("filler")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("文件不是 .xlsx 格式")));
		var broken = new MockMultipartFile("file", "坏.xlsx", "application/octet-stream",
				new byte[] { 'P', 'K', 3, 4, 1, 2 });
		mvc.perform(multipart("/execution/import").file(broken).with(csrf()).with(as("filler")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("无法读取该文件")));
	}

	@Test
	void theTemplateListsTheFillersProjectsAndOnlyFillersImport() throws Exception {
		byte[] bytes = mvc.perform(get("/execution/import/template.xlsx").with(as("filler")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (var wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
			Sheet sheet = wb.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("项目编码");
			assertThat(sheet.getLastRowNum()).isGreaterThanOrEqualTo(2 * month);
		}
		mvc.perform(get("/execution/import").with(as("reviewer"))).andExpect(status().isForbidden());
		mvc.perform(multipart("/execution/import").file(file(xlsx(new Object[] { "ZX-IMP-A", 1, 1, 0, 0 })))
			.with(csrf())
			.with(as("reviewer"))).andExpect(status().isForbidden());
		mvc.perform(get("/execution/import").with(as("filler")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("未导入任何数据"))));
	}

}
