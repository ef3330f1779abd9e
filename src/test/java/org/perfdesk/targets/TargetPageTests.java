package org.perfdesk.targets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.perfdesk.document.PdfPages.flat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.perfdesk.DemoYear;
import org.perfdesk.IntegrationTest;
import org.perfdesk.budget.Project;
import org.perfdesk.budget.ProjectManagement;
import org.perfdesk.document.PdfPages;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

@IntegrationTest
@Transactional
class TargetPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	@Autowired
	ProjectManagement projects;

	TargetFixtures fx;

	int year = DemoYear.current();

	@BeforeEach
	void fixtures() {
		fx = new TargetFixtures(jdbc);
	}

	private RequestPostProcessor as(String username) {
		return user(users.loadUserByUsername(username));
	}

	/**
	 * A complete, sound target as the form posts it (万元, percentages and weights as
	 * typed).
	 */
	private MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request, Project p) {
		String y = Integer.toString(p.fiscalYear());
		request.param("projectId", Long.toString(p.id()))
			.param("annualObjective", "年内完成青年志愿者骨干培训。")
			.param("fiscalFunds", p.fiscalAppropriation().toWanExact().toPlainString())
			.param("otherFunds", "0")
			.param("planMarch", "25")
			.param("planJune", "50")
			.param("planSeptember", "75")
			.param("planDecember", "100");
		String[][] rows = {
				{ "ECONOMIC_COST", "项目总成本", "≤" + p.totalBudget().toWanExact().toPlainString() + "万元", "10" },
				{ "QUANTITY", "培训志愿者骨干人数", "≥200人", "30" }, { "QUALITY", "培训考核合格率", "≥95%", "10" },
				{ "TIMELINESS", "培训完成时间", y + "年10月底前", "10" }, { "SOCIAL", "受益社区居民人次", "≥3000人次", "30" },
				{ "SERVICE_SATISFACTION", "参训志愿者满意度", "≥90%", "10" } };
		for (int i = 0; i < rows.length; i++) {
			String prefix = "indicators[" + i + "].";
			request.param(prefix + "subcategory", rows[i][0])
				.param(prefix + "name", rows[i][1])
				.param(prefix + "value", rows[i][2])
				.param(prefix + "weight", rows[i][3])
				.param(prefix + "explanation", rows[i][1] + "按台账统计")
				.param(prefix + "basis", "PLAN")
				.param(prefix + "scoringRule", "完成值/指标值×" + rows[i][3] + "分，最高" + rows[i][3] + "分")
				.param(prefix + "dataSource", "工作台账");
		}
		return request.with(csrf());
	}

	/**
	 * Replaces a parameter the form already carries (MockMvc's param() would add a second
	 * value).
	 */
	private static RequestPostProcessor set(String name, String value) {
		return request -> {
			request.setParameter(name, value);
			return request;
		};
	}

	private long targetOf(Project p) {
		return jdbc.sql("select id from target_performance_target where project_id = :p and is_current = true")
			.param("p", p.id())
			.query(Long.class)
			.single();
	}

	@Test
	void theListShowsEveryProjectWithItsTargetStatus() throws Exception {
		mvc.perform(get("/targets").with(as("reviewer")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("部门整体支出绩效目标")))
			.andExpect(content().string(containsString("待部门审核")))
			.andExpect(content().string(containsString("已退回")))
			.andExpect(content().string(containsString("审核</a>")));
		mvc.perform(get("/targets").param("status", "RETURNED").with(as("filler")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("已退回")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("pd-status-DRAFT"))));
	}

	@Test
	void aFillerDeclaresThroughTheFormAndSeesTheIndicatorTable() throws Exception {
		Project p = fx.newProject(projects, "PG-OK-1", year, "12.5");
		mvc.perform(form(post("/targets/new"), p).with(as("filler")))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/targets/*"));
		long id = targetOf(p);
		assertThat(jdbc.sql("select count(*) from target_indicator where target_id = :id")
			.param("id", id)
			.query(Long.class)
			.single()).isEqualTo(6);
		mvc.perform(get("/targets/" + id).with(as("filler")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("培训志愿者骨干人数")))
			.andExpect(content().string(containsString("≥200人")))
			.andExpect(content().string(containsString("12.50")))
			.andExpect(content().string(containsString("提交审核")));
	}

	@Test
	void theCheckButtonRunsTheRulesWithoutSaving() throws Exception {
		Project p = fx.newProject(projects, "PG-CHK-1", year, "12.5");
		String sound = mvc.perform(form(post("/targets/check"), p).with(as("filler")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(sound).contains("id=\"check-results\"").doesNotContain("错误（须改正");
		String missing = mvc
			.perform(form(post("/targets/check"), p).with(set("indicators[5].name", ""))
				.with(set("indicators[5].value", ""))
				.with(set("indicators[5].weight", ""))
				.with(set("indicators[5].explanation", ""))
				.with(set("indicators[5].scoringRule", ""))
				.with(as("filler")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(missing).contains("D13").contains("须改正后才能提交");
		String unreadable = mvc.perform(form(post("/targets/check"), p).with(set("planJune", "10")).with(as("filler")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(unreadable).contains("须先改正").contains("不能减少");
		assertThat(jdbc.sql("select count(*) from target_performance_target where project_id = :p")
			.param("p", p.id())
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void formErrorsAreShownInChineseBesideTheirFieldsAndNothingIsSaved() throws Exception {
		Project p = fx.newProject(projects, "PG-BAD-1", year, "12.5");
		String page = mvc
			.perform(form(post("/targets/new"), p).with(set("indicators[1].weight", "abc"))
				.with(set("planJune", "10"))
				.with(set("fiscalFunds", "11"))
				.with(as("filler")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("第 2 行指标的分值“abc”不是数字").contains("未保存任何内容");
		assertThat(jdbc.sql("select count(*) from target_performance_target where project_id = :p")
			.param("p", p.id())
			.query(Long.class)
			.single()).isZero();
		String second = mvc
			.perform(form(post("/targets/new"), p).with(set("planJune", "10"))
				.with(set("fiscalFunds", "11"))
				.with(as("filler")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(second).contains("不能减少").contains("不一致");
	}

	@Test
	void anUnreadableSpendingPlanIsExplainedUnderThePlanInputs() throws Exception {
		// the message used to be looked up under the literal key "k" and so never showed
		// under the inputs
		Project p = fx.newProject(projects, "PG-BAD-PLAN", year, "12.5");
		String page = mvc.perform(form(post("/targets/new"), p).with(set("planMarch", "三成")).with(as("filler")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).containsPattern("class=\"field-error\" id=\"planMarch-error\">[^<]*3月底[^<]+</div>");
	}

	@Test
	void aTenMegabyteObjectiveIsRefusedWithAChinesePageAndNothingIsSaved() throws Exception {
		Project p = fx.newProject(projects, "PG-HUGE-1", year, "12.5");
		byte[] body = ("projectId=" + p.id() + "&annualObjective=" + "a".repeat(10 * 1024 * 1024))
			.getBytes(java.nio.charset.StandardCharsets.UTF_8);
		mvc.perform(post("/targets/new").contentType(org.springframework.http.MediaType.APPLICATION_FORM_URLENCODED)
			.content(body)
			.with(csrf())
			.with(as("filler")))
			.andExpect(status().isPayloadTooLarge())
			.andExpect(content().string(containsString("请求体过大，未保存任何内容")));
		assertThat(jdbc.sql("select count(*) from target_performance_target where project_id = :p")
			.param("p", p.id())
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void aDepartmentTargetIsDeclaredWithItsKeyTasks() throws Exception {
		// the women's federation already has one for this year in the demo; the palace is
		// not a department
		mvc.perform(get("/targets/new").param("department", Long.toString(fx.unit("201001"))).with(as("palace")))
			.andExpect(status().isOk());
		String refused = mvc
			.perform(post("/targets/new").param("unitId", Long.toString(fx.unit("201001")))
				.param("annualObjective", "目标")
				.param("tasks[0].name", "任务")
				.with(csrf())
				.with(as("palace")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(refused).contains("不是主管部门");
		jdbc.sql(
				"delete from target_review where target_id in (select id from target_performance_target where kind = 'DEPARTMENT' and unit_id = :u and fiscal_year = :y)")
			.param("u", fx.unit("202"))
			.param("y", year)
			.update();
		jdbc.sql(
				"delete from target_indicator where target_id in (select id from target_performance_target where kind = 'DEPARTMENT' and unit_id = :u and fiscal_year = :y)")
			.param("u", fx.unit("202"))
			.param("y", year)
			.update();
		jdbc.sql(
				"delete from target_task where target_id in (select id from target_performance_target where kind = 'DEPARTMENT' and unit_id = :u and fiscal_year = :y)")
			.param("u", fx.unit("202"))
			.param("y", year)
			.update();
		jdbc.sql(
				"delete from target_performance_target where kind = 'DEPARTMENT' and unit_id = :u and fiscal_year = :y")
			.param("u", fx.unit("202"))
			.param("y", year)
			.update();
		mvc.perform(post("/targets/new").param("unitId", Long.toString(fx.unit("202")))
			.param("duties", "维护妇女儿童合法权益。")
			.param("annualObjective", "年度总体目标")
			.param("tasks[0].name", "法律援助")
			.param("tasks[0].fiscalFunds", "20")
			.param("tasks[0].otherFunds", "1.5")
			.param("tasks[1].name", "家庭教育")
			.param("tasks[1].fiscalFunds", "１２")
			.param("tasks[1].otherFunds", "")
			.param("indicators[0].subcategory", "QUANTITY")
			.param("indicators[0].name", "援助案件数")
			.param("indicators[0].value", "≥150件")
			.with(csrf())
			.with(as("filler2"))).andExpect(status().is3xxRedirection());
		long id = jdbc
			.sql("select id from target_performance_target where kind = 'DEPARTMENT' and unit_id = :u "
					+ "and fiscal_year = :y")
			.param("u", fx.unit("202"))
			.param("y", year)
			.query(Long.class)
			.single();
		assertThat(jdbc.sql("select sum(fiscal_funds + other_funds) from target_task where target_id = :id")
			.param("id", id)
			.query(java.math.BigDecimal.class)
			.single()).isEqualByComparingTo("335000.00");
		mvc.perform(get("/targets/" + id).with(as("filler2")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("33.50")))
			.andExpect(content().string(containsString("法律援助")));
	}

	@Test
	void aStaleFormIsRefusedWithAMessageAndTheTypedTextIsKept() throws Exception {
		Project p = fx.newProject(projects, "PG-LOCK-1", year, "12.5");
		mvc.perform(form(post("/targets/new"), p).with(as("filler")));
		long id = targetOf(p);
		mvc.perform(form(post("/targets/" + id + "/edit"), p).param("version", "0")
			.with(set("annualObjective", "甲的修改"))
			.with(as("filler"))).andExpect(status().is3xxRedirection());
		mvc.perform(form(post("/targets/" + id + "/edit"), p).param("version", "0")
			.with(set("annualObjective", "乙的修改"))
			.with(as("filler")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("已被他人修改")))
			.andExpect(content().string(containsString("乙的修改")));
		assertThat(jdbc.sql("select annual_objective from target_performance_target where id = :id")
			.param("id", id)
			.query(String.class)
			.single()).isEqualTo("甲的修改");
	}

	@Test
	void aReturnedTargetShowsTheOpinionAtItsTop() throws Exception {
		long id = jdbc
			.sql("select id from target_performance_target where status = 'RETURNED' and fiscal_year = :y "
					+ "and is_current = true order by id")
			.param("y", year)
			.query(Long.class)
			.list()
			.get(0);
		String page = mvc.perform(get("/targets/" + id).with(as("filler")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("id=\"return-opinion\"").contains("数量指标偏低");
		assertThat(page.indexOf("return-opinion")).isLessThan(page.indexOf("indicator-table"));
	}

	@Test
	void theReviewerReturnsAndApprovesThroughThePage() throws Exception {
		Project p = fx.newProject(projects, "PG-REV-1", year, "12.5");
		mvc.perform(form(post("/targets/new"), p).with(as("filler")));
		long id = targetOf(p);
		mvc.perform(post("/targets/" + id + "/submit").param("version", "0").with(csrf()).with(as("filler")))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/targets/" + id + "/review").param("version", "1")
			.param("decision", "RETURN")
			.param("completeness", "GOOD")
			.param("relevance", "GOOD")
			.param("appropriateness", "FAIR")
			.param("feasibility", "GOOD")
			.with(csrf())
			.with(as("reviewer"))).andExpect(status().is3xxRedirection());
		assertThat(statusOf(id)).isEqualTo("SUBMITTED");
		mvc.perform(post("/targets/" + id + "/review").param("version", "1")
			.param("decision", "RETURN")
			.param("opinion", "请补充成本测算依据")
			.param("completeness", "GOOD")
			.param("relevance", "GOOD")
			.param("appropriateness", "FAIR")
			.param("feasibility", "GOOD")
			.with(csrf())
			.with(as("reviewer"))).andExpect(status().is3xxRedirection());
		assertThat(statusOf(id)).isEqualTo("RETURNED");
		mvc.perform(post("/targets/" + id + "/review").param("version", "2")
			.param("decision", "APPROVE")
			.param("completeness", "GOOD")
			.param("relevance", "GOOD")
			.param("appropriateness", "GOOD")
			.param("feasibility", "GOOD")
			.with(csrf())
			.with(as("finance"))).andExpect(status().is3xxRedirection());
		assertThat(statusOf(id)).isEqualTo("RETURNED");
	}

	private String statusOf(long id) {
		return jdbc.sql("select status from target_performance_target where id = :id")
			.param("id", id)
			.query(String.class)
			.single();
	}

	@Test
	void theOfficialFormsDownloadAsExcelAndWord() throws Exception {
		Project p = fx.newProject(projects, "PG-EXP-1", year, "12.5");
		mvc.perform(form(post("/targets/new"), p).with(as("filler")));
		long id = targetOf(p);
		byte[] xlsx = mvc.perform(get("/targets/" + id + "/export.xlsx").with(as("reviewer")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString(".xlsx")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (var book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			String all = text(book);
			assertThat(all).contains(year + "年度项目支出绩效目标表")
				.contains("PG-EXP-1")
				.contains("培训志愿者骨干人数")
				.contains("参训志愿者满意度");
		}
		byte[] docx = mvc.perform(get("/targets/" + id + "/export.docx").with(as("filler")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (var doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
			String all = org.perfdesk.document.DocxTables.joined(doc).getText();
			assertThat(all).contains("培训志愿者骨干人数").contains("12.50");
		}
		mvc.perform(get("/targets/" + id + "/export.xlsx").with(as("filler2"))).andExpect(status().isNotFound());
	}

	@Test
	void theOfficialFormsDownloadAsPdf() throws Exception {
		Project p = fx.newProject(projects, "PG-PDF-1", year, "12.5");
		mvc.perform(form(post("/targets/new"), p).with(as("filler")));
		long id = targetOf(p);
		var response = mvc.perform(get("/targets/" + id + "/export.pdf").with(as("reviewer")))
			.andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.APPLICATION_PDF))
			.andExpect(header().string("Content-Disposition", containsString("filename*=UTF-8''")))
			.andReturn()
			.getResponse();
		assertThat(ContentDisposition.parse(response.getHeader("Content-Disposition")).getFilename())
			.isEqualTo(year + "-PG-PDF-1-" + p.name() + "-项目支出绩效目标表.pdf");
		PdfPages pdf = PdfPages.read(response.getContentAsByteArray(), "project-target-page");
		assertThat(pdf.landscape()).isTrue();
		assertThat(pdf.flat(1)).contains(flat(year + "年度项目支出绩效目标表", "单位：万元", "项目编码", "PG-PDF-1", p.name(), "年度资金总额",
				"12.50", "25.00%", "100.00%", "年内完成青年志愿者骨干培训。", "年度绩效指标", "第 1 页 共 " + pdf.count() + " 页"));
		assertThat(pdf.flat()).contains(flat("培训志愿者骨干人数", "≥200人", "参训志愿者满意度", "合计", "100"));

		// the department target of the league, which its filler sees
		long department = jdbc
			.sql("select t.id from target_performance_target t join org_account a on a.unit_id = t.unit_id"
					+ " where a.username = 'filler' and t.kind = 'DEPARTMENT' and t.is_current = true and t.fiscal_year = :y")
			.param("y", year)
			.query(Long.class)
			.single();
		PdfPages departmentPdf = PdfPages
			.read(mvc.perform(get("/targets/" + department + "/export.pdf").with(as("filler")))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsByteArray(), "department-target-page");
		assertThat(departmentPdf.flat(1)).contains(flat(year + "年度部门整体支出绩效目标", "一、部门职能", "二、总体绩效目标", "第 1 页 共"));
		assertThat(departmentPdf.flat()).contains(flat("三、分项绩效目标", "四、工作保障措施", "年度主要任务", "金额合计", "年度绩效指标", "填报人"));

		String page = mvc.perform(get("/targets/" + id).with(as("filler")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("id=\"export-pdf\"", "/targets/" + id + "/export.pdf", "导出 PDF", "data-print",
				"/js/print.js");
		// outside the scope: the same refusal as for the .docx
		for (long target : new long[] { id, department }) {
			mvc.perform(get("/targets/" + target + "/export.docx").with(as("filler2")))
				.andExpect(status().isNotFound());
			mvc.perform(get("/targets/" + target + "/export.pdf").with(as("filler2"))).andExpect(status().isNotFound());
		}
	}

	private static String text(XSSFWorkbook book) {
		var out = new StringBuilder();
		book.getSheetAt(0).forEach(row -> row.forEach(cell -> out.append(cell.toString()).append('|')));
		return out.toString();
	}

}
