package org.perfdesk.budget;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.perfdesk.IntegrationTest;
import org.perfdesk.DemoYear;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The .xlsx download of the project register, opened again with POI. */
@IntegrationTest
class ProjectExportTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	@Test
	void theReviewersWorkbookHoldsItsDepartmentsProjectsInWanWithTotals() throws Exception {
		int year = DemoYear.current();
		byte[] xlsx = mvc.perform(get("/projects/export.xlsx").with(user(users.loadUserByUsername("reviewer"))))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString(".xlsx")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();

		var expected = jdbc
			.sql("select p.code, p.fiscal_appropriation, p.carry_over, p.other_funds from budget_project p "
					+ "join org_unit u on u.id = p.unit_id where u.path like (select path from org_unit where code = '201') || '%' "
					+ "and p.fiscal_year = :y order by p.unit_id, p.code")
			.param("y", year)
			.query((rs,
					n) -> new Object[] { rs.getString(1), rs.getBigDecimal(2), rs.getBigDecimal(3),
							rs.getBigDecimal(4) })
			.list();

		try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getSheetName()).isEqualTo(year + "年度项目库");
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo(year + " 年度项目库");
			assertThat(sheet.getRow(1).getCell(6).getStringCellValue()).isEqualTo("当年财政拨款（万元）");
			BigDecimal totalYuan = BigDecimal.ZERO;
			for (int i = 0; i < expected.size(); i++) {
				Row row = sheet.getRow(2 + i);
				Object[] e = expected.get(i);
				assertThat(row.getCell(0).getStringCellValue()).isEqualTo(e[0]);
				BigDecimal sum = ((BigDecimal) e[1]).add((BigDecimal) e[2]).add((BigDecimal) e[3]);
				assertThat(wan(row, 6)).isEqualByComparingTo(((BigDecimal) e[1]).movePointLeft(4));
				assertThat(wan(row, 9)).isEqualByComparingTo(sum.movePointLeft(4));
				totalYuan = totalYuan.add(sum);
			}
			Row total = sheet.getRow(2 + expected.size());
			assertThat(total.getCell(0).getStringCellValue()).isEqualTo("合计（" + expected.size() + " 个项目）");
			assertThat(wan(total, 9)).isEqualByComparingTo(totalYuan.movePointLeft(4));
			assertThat(sheet.getLastRowNum()).isEqualTo(2 + expected.size());
		}
	}

	@Test
	void anotherDepartmentsFillerExportsNoneOfThem() throws Exception {
		byte[] xlsx = mvc.perform(get("/projects/export.xlsx").with(user(users.loadUserByUsername("filler2"))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet sheet = workbook.getSheetAt(0);
			for (int r = 2; r < sheet.getLastRowNum(); r++) {
				assertThat(sheet.getRow(r).getCell(0).getStringCellValue()).startsWith("WF");
			}
			assertThat(sheet.getLastRowNum()).isGreaterThan(2);
		}
	}

	private static BigDecimal wan(Row row, int column) {
		return BigDecimal.valueOf(row.getCell(column).getNumericCellValue()).setScale(6, RoundingMode.HALF_UP);
	}

}
