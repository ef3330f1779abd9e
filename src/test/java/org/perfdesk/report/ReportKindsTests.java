package org.perfdesk.report;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.perfdesk.DemoYear;
import org.perfdesk.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The kinds of report besides the department's, on the demo data: the league's 项目支出绩效自评报告
 * with its 自评表 as 附件, its 专项资金绩效自评报告 with one work line per project, and its 绩效运行监控报告 of
 * the current year's round; a new fund refused with reasons and nothing saved; another
 * department's 填报人 kept out.
 */
@IntegrationTest
@Transactional
class ReportKindsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	final int year = DemoYear.current() - 1;

	RequestPostProcessor as(String username) {
		return user(users.loadUserByUsername(username));
	}

	String html(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	byte[] bytes(String url, String username) throws Exception {
		return mvc.perform(get(url).with(as(username)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
	}

	long report(String kind, int fiscalYear) {
		return jdbc.sql("select id from report where kind = :k and fiscal_year = :y")
			.param("k", kind)
			.param("y", fiscalYear)
			.query(Long.class)
			.single();
	}

	long league() {
		return jdbc.sql("select id from org_unit where name = '共青团示例市委员会'").query(Long.class).single();
	}

	static String text(XWPFDocument doc) {
		StringBuilder all = new StringBuilder();
		for (XWPFParagraph p : doc.getParagraphs()) {
			all.append(p.getText()).append('\n');
		}
		return all.toString();
	}

	/** The last row of a table read back: its 合计 must equal the column's sum. */
	static void assertTotals(XWPFTable table, int... columns) {
		List<XWPFTableRow> rows = table.getRows();
		XWPFTableRow total = rows.get(rows.size() - 1);
		assertThat(total.getCell(0).getText()).isEqualTo("合计");
		for (int c : columns) {
			BigDecimal sum = BigDecimal.ZERO;
			for (XWPFTableRow row : rows.subList(1, rows.size() - 1)) {
				String cell = row.getCell(c).getText().replace(",", "");
				if (!cell.equals("—")) {
					sum = sum.add(new BigDecimal(cell));
				}
			}
			assertThat(new BigDecimal(total.getCell(c).getText().replace(",", ""))).as("合计 of column " + c)
				.isEqualByComparingTo(sum);
		}
	}

	@Test
	void aProjectReportFollowsTheTenPartOutlineWithItsSelfEvaluationTableAsAppendix() throws Exception {
		long id = report("PROJECT", year);
		String page = html(get("/reports/" + id).with(as("filler")));
		assertThat(page).contains(year + "年度项目支出绩效自评报告", "一、基本情况", "三、综合评价情况及评价结论", "七、其他需要说明的问题", "data-part=\"资金情况\"",
				"项目资金投入和使用情况", "图 按资金来源的预算与执行（万元）", "data-part=\"得分图\"", "id=\"no-findings\"", "id=\"appendix\"");
		try (var doc = new XWPFDocument(new ByteArrayInputStream(bytes("/reports/" + id + "/export.docx", "filler")))) {
			String text = text(doc);
			assertThat(text).contains("附件：" + year + "年度项目支出绩效自评表", "项目自评得分");
			XWPFTable funds = doc.getTables()
				.stream()
				.filter(t -> t.getRow(0).getCell(0).getText().equals("资金来源"))
				.findFirst()
				.orElseThrow();
			assertTotals(funds, 1, 2, 3);
			XWPFTable appendix = doc.getTables().get(doc.getTables().size() - 1);
			assertThat(appendix.getRow(0).getCell(7).getText()).isEqualTo("偏差原因分析及改进措施");
			assertTotals(appendix, 5);
		}
		try (var pdf = Loader.loadPDF(bytes("/reports/" + id + "/export.pdf", "finance"))) {
			assertThat(new PDFTextStripper().getText(pdf)).contains("项目支出绩效自评报告", "附件");
		}
	}

	@Test
	void aSpecialFundReportHasAWorkLinePerProjectAndTotalsThatAddUp() throws Exception {
		long id = report("SPECIAL_FUND", year);
		String page = html(get("/reports/" + id).with(as("filler")));
		assertThat(page).contains("青少年发展专项资金", "一、专项资金绩效目标", "二、专项资金支出情况", "三、专项资金支出绩效情况", "（一）", "（二）",
				"id=\"no-findings\"");
		try (var doc = new XWPFDocument(new ByteArrayInputStream(bytes("/reports/" + id + "/export.docx", "filler")))) {
			XWPFTable spending = doc.getTables()
				.stream()
				.filter(t -> t.getRow(0).getCell(0).getText().equals("项目名称")
						&& t.getRow(0).getCell(1).getText().equals("实施单位"))
				.findFirst()
				.orElseThrow();
			assertThat(spending.getRows()).hasSize(3 + 2);
			assertTotals(spending, 2, 3);
		}
	}

	@Test
	void aNewFundIsRefusedWithReasonsAndNothingIsSaved() throws Exception {
		long before = jdbc.sql("select count(*) from report_fund").query(Long.class).single();
		String page = mvc
			.perform(post("/reports/funds").param("year", Integer.toString(year))
				.param("department", Long.toString(league()))
				.param("name", "青少年发展专项资金")
				.with(csrf())
				.with(as("filler")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("已有名为“青少年发展专项资金”的专项资金", "请至少选择一个项目");
		assertThat(jdbc.sql("select count(*) from report_fund").query(Long.class).single()).isEqualTo(before);
		// another department's 填报人 cannot make a fund of the league
		mvc.perform(post("/reports/funds").param("year", Integer.toString(year))
			.param("department", Long.toString(league()))
			.param("name", "别的资金")
			.with(csrf())
			.with(as("filler2"))).andExpect(status().isNotFound());
		assertThat(jdbc.sql("select count(*) from report_fund").query(Long.class).single()).isEqualTo(before);
	}

	@Test
	void aMonitoringReportPrintsTheRoundsExecutionAndTheProjectsAtRisk() throws Exception {
		int current = DemoYear.current();
		String list = html(get("/reports").param("kind", "MONITORING").with(as("filler")));
		assertThat(list).contains(current + " 年度绩效运行监控报告");
		long id = report("MONITORING", current);
		String page = html(get("/reports/" + id).with(as("filler")));
		assertThat(page).contains("绩效运行监控报告", "一、监控工作开展情况", "项目预算执行进度", "项目预警情况", "id=\"no-findings\"");
		try (var doc = new XWPFDocument(new ByteArrayInputStream(bytes("/reports/" + id + "/export.docx", "filler")))) {
			XWPFTable progress = doc.getTables()
				.stream()
				.filter(t -> t.getRow(0).getCell(2).getText().equals("全年预算数"))
				.findFirst()
				.orElseThrow();
			assertTotals(progress, 2, 3);
			XWPFTable lights = doc.getTables()
				.stream()
				.filter(t -> t.getRow(0).getCell(0).getText().equals("预警"))
				.findFirst()
				.orElseThrow();
			assertTotals(lights, 1);
		}
	}

	@Test
	void anotherDepartmentsFillerReadsNoneOfTheLeaguesReports() throws Exception {
		for (String kind : List.of("PROJECT", "SPECIAL_FUND")) {
			long id = report(kind, year);
			mvc.perform(get("/reports/" + id).with(as("filler2"))).andExpect(status().isNotFound());
			mvc.perform(get("/reports/" + id + "/export.pdf").with(as("filler2"))).andExpect(status().isNotFound());
		}
		String projects = html(
				get("/reports").param("year", Integer.toString(year)).param("kind", "PROJECT").with(as("filler2")));
		assertThat(projects).doesNotContain("纪念五四");
	}

	@Test
	void theHomePageListsTheReportsOfTheOtherKindsBegunAsToDos() throws Exception {
		assertThat(html(get("/").with(as("filler")))).contains("继续撰写项目支出绩效自评报告（尚未提交）", "继续撰写专项资金绩效自评报告（尚未提交）");
	}

	@Test
	void eachKindHasItsBuiltInOutline() throws Exception {
		assertThat(html(get("/reports/outlines").param("kind", "PROJECT").with(as("finance"))))
			.contains("项目支出绩效自评报告（财预〔2020〕10号参考提纲）", "四、绩效评价指标分析");
		assertThat(html(get("/reports/outlines").param("kind", "MONITORING").with(as("finance"))))
			.contains("绩效运行监控报告（五部分，默认）");
		assertThat(html(get("/reports/outlines/new").param("kind", "SPECIAL_FUND").with(as("finance"))))
			.contains("新建地方提纲（专项资金绩效自评报告）", "分项绩效");
	}

}
