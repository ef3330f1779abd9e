package org.perfdesk.report;

import java.io.ByteArrayInputStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
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
 * The 部门整体支出绩效自评报告 with the demo city's ended year: the league's 填报人 opens it from the
 * list, sees the generated parts with the recorded figures and the proposed paragraphs,
 * saves narratives as versions, downloads it as Word and PDF and reads them back, submits
 * it, and the department and the finance bureau approve it; a unit outside the department
 * may not write it.
 */
@IntegrationTest
@Transactional
class ReportPageTests {

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

	long league() {
		return unit("共青团示例市委员会");
	}

	long unit(String name) {
		return jdbc.sql("select id from org_unit where name = :n").param("n", name).query(Long.class).single();
	}

	/** Opens the league's report as its 填报人 and returns its id. */
	long open() throws Exception {
		String location = mvc
			.perform(post("/reports/departments/" + league()).param("year", Integer.toString(year))
				.with(csrf())
				.with(as("filler")))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		Matcher id = Pattern.compile("/reports/(\\d+)$").matcher(location);
		assertThat(id.find()).as(location).isTrue();
		return Long.parseLong(id.group(1));
	}

	int version(long id) {
		return jdbc.sql("select version from report where id = :id").param("id", id).query(Integer.class).single();
	}

	@Test
	void theDemoLeaguesDraftShowsTheFiguresFromTheDataWithProposedParagraphsAndNoFinding() throws Exception {
		long id = open();
		String page = html(get("/reports/" + id).with(as("filler")));
		assertThat(page).contains(year + "年度部门整体支出绩效自评报告", "一、部门基本情况", "六、其他需要说明的情况", "data-part=\"三公经费\"",
				"“三公”经费支出情况（单位：万元）", "项目支出情况（单位：万元）", "部门整体支出绩效自评得分", "按数据建议的段落", "采用建议段落", "id=\"save-report\"",
				"第 1 版");
		// the two charts are drawn on the server and shown inline
		assertThat(page).contains("data-part=\"支出图\"", "data:image/png;base64,", "图 各一级指标得分");
		// the score paragraph carries the grade of the demo's approved department
		// self-evaluation
		assertThat(page).containsPattern("自评得分 \\d+\\.\\d{2} 分（满分 100 分），等级为“[优良中差]”");
		// the demo's generated document, read back from its .docx, has no finding, nor do
		// its narratives
		assertThat(page).contains("id=\"no-findings\"").doesNotContain("data-code=");
	}

	@Test
	void anotherDepartmentsFillerOpensItsReportFromTheListAndTheHomePageCountsIt() throws Exception {
		long women = unit("示例市妇女联合会");
		// the demo drafts the league's department, project and special-fund reports of
		// the
		// year
		long before = jdbc.sql("select count(*) from report where fiscal_year = :y")
			.param("y", year)
			.query(Long.class)
			.single();
		assertThat(before).isEqualTo(3);
		assertThat(html(get("/").with(as("finance")))).contains("份 " + year + " 年度自评报告（已批复 0 份）")
			.containsPattern("<div class=\"count\">" + before + "</div>\\s*<div class=\"small text-muted\">份 " + year
					+ " 年度自评报告")
			.doesNotContain("本阶段功能建设中");
		// the to-do lists of the two departments' 填报人: one report to start, one draft to
		// finish
		assertThat(html(get("/").with(as("filler2")))).contains("撰写 " + year + " 年度部门整体支出绩效自评报告：示例市妇女联合会");
		assertThat(html(get("/").with(as("filler")))).contains("继续撰写自评报告（尚未提交）：共青团示例市委员会");
		String list = html(get("/reports").param("year", Integer.toString(year)).with(as("filler2")));
		assertThat(list).contains(year + " 年度部门整体支出绩效自评报告", "示例市妇女联合会", "未撰写", "id=\"open-" + women + "\"")
			.doesNotContain("共青团示例市委员会");
		mvc.perform(post("/reports/departments/" + women).param("year", Integer.toString(year))
			.with(csrf())
			.with(as("filler2"))).andExpect(status().is3xxRedirection());
		assertThat(html(get("/").with(as("finance")))).containsPattern("<div class=\"count\">" + (before + 1)
				+ "</div>\\s*<div class=\"small text-muted\">份 " + year + " 年度自评报告");
		assertThat(html(get("/reports").param("year", Integer.toString(year)).with(as("filler2")))).contains("草稿")
			.doesNotContain("id=\"open-" + women + "\"");
		// a department without a self-evaluation of the year: the part says so instead of
		// inventing a score
		long id = jdbc.sql("select id from report where subject_id = :d and kind = 'DEPARTMENT'")
			.param("d", women)
			.query(Long.class)
			.single();
		assertThat(html(get("/reports/" + id).with(as("filler2")))).contains("部门整体支出绩效自评尚未开始，自评得分无法生成");
	}

	@Test
	void savingMakesVersionsAndTheWordAndPdfFilesCarryTheFiguresAndTheNarratives() throws Exception {
		long id = open();
		mvc.perform(post("/reports/" + id).param("version", Integer.toString(version(id)))
			.param("names", "存在的问题", "改进措施")
			.param("texts", "部分项目年中才启动，支出集中在第四季度。", "提前谋划项目，按季度跟踪执行。")
			.with(csrf())
			.with(as("filler"))).andExpect(status().is3xxRedirection());
		mvc.perform(post("/reports/" + id).param("version", Integer.toString(version(id)))
			.param("names", "存在的问题")
			.param("texts", "部分项目年中才启动，支出集中在第四季度，执行进度前低后高。")
			.with(csrf())
			.with(as("filler"))).andExpect(status().is3xxRedirection());
		String page = html(get("/reports/" + id).with(as("filler")));
		assertThat(page).contains("第 3 版", "执行进度前低后高", "提前谋划项目，按季度跟踪执行。");
		assertThat(html(get("/reports/" + id + "/versions/2").with(as("filler")))).contains("正在查看第 2 版")
			.contains("支出集中在第四季度。")
			.doesNotContain("执行进度前低后高");

		byte[] docx = mvc.perform(get("/reports/" + id + "/export.docx").with(as("reviewer")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (var word = new XWPFDocument(new ByteArrayInputStream(docx))) {
			String text = String.join("\n", word.getParagraphs().stream().map(XWPFParagraph::getText).toList());
			assertThat(text).contains(year + "年度部门整体支出绩效自评报告", "四、存在的问题及原因分析", "执行进度前低后高", "“三公”经费预算", "图 预算与支出（万元）");
			// both charts are pictures in the Word file
			assertThat(word.getAllPictures()).hasSize(2);
			assertThat(word.getAllPictures().get(0).getPictureType())
				.isEqualTo(org.apache.poi.xwpf.usermodel.Document.PICTURE_TYPE_PNG);
			XWPFTable officialCosts = word.getTables()
				.stream()
				.filter(t -> t.getRow(1).getCell(0).getText().equals("因公出国(境)费"))
				.findFirst()
				.orElseThrow();
			// the 合计 row of the 三公经费 table is the sum of the four rows above it
			java.math.BigDecimal sum = java.math.BigDecimal.ZERO;
			for (int r = 1; r <= 4; r++) {
				sum = sum.add(new java.math.BigDecimal(officialCosts.getRow(r).getCell(2).getText().replace(",", "")));
			}
			assertThat(new java.math.BigDecimal(officialCosts.getRow(5).getCell(2).getText().replace(",", "")))
				.isEqualByComparingTo(sum);
		}
		var response = mvc.perform(get("/reports/" + id + "/export.pdf").with(as("filler")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
		assertThat(response.getHeader("Content-Disposition")).contains("filename*=UTF-8''")
			.contains(java.net.URLEncoder.encode(year + "年度部门整体支出绩效自评报告", "UTF-8").replace("+", "%20"));
		// kept for a person to look at beside the seeds (target/documents)
		java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "documents"));
		java.nio.file.Files.write(java.nio.file.Path.of("target", "documents", "report-department.pdf"),
				response.getContentAsByteArray());
		java.nio.file.Files.write(java.nio.file.Path.of("target", "documents", "report-department.docx"), docx);
		try (var pdf = Loader.loadPDF(response.getContentAsByteArray())) {
			String text = new PDFTextStripper().getText(pdf);
			assertThat(text).contains(year + "年度部门整体支出绩效自评报告", "执行进度前低后高", "第 1 页 共");
		}
	}

	@Test
	void aSubmittedReportIsReviewedByTheDepartmentThenTheFinanceBureau() throws Exception {
		long id = open();
		// submission needs every narrative written
		mvc.perform(post("/reports/" + id).param("version", Integer.toString(version(id)))
			.param("names", "其他说明")
			.param("texts", " ")
			.with(csrf())
			.with(as("filler"))).andExpect(status().is3xxRedirection());
		mvc.perform(post("/reports/" + id + "/submit").param("version", Integer.toString(version(id)))
			.with(csrf())
			.with(as("filler"))).andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("select status from report where id = :id").param("id", id).query(String.class).single())
			.isEqualTo("DRAFT");
		var save = post("/reports/" + id).param("version", Integer.toString(version(id)));
		for (String name : new String[] { "职能补充说明", "基本支出说明", "项目支出说明", "主要绩效", "存在的问题", "改进措施", "其他说明" }) {
			save.param("names", name).param("texts", name + "：本部门按要求撰写。");
		}
		mvc.perform(save.with(csrf()).with(as("filler"))).andExpect(status().is3xxRedirection());
		mvc.perform(post("/reports/" + id + "/submit").param("version", Integer.toString(version(id)))
			.with(csrf())
			.with(as("filler"))).andExpect(status().is3xxRedirection());
		assertThat(html(get("/reports/" + id).with(as("reviewer")))).contains("待部门审核", "id=\"approve\"");
		// the home page's to-do list: the reviewer reviews it, the filler has nothing
		// left to write
		assertThat(html(get("/").with(as("reviewer")))).contains("审核自评报告：共青团示例市委员会", "/reports/" + id);
		assertThat(html(get("/").with(as("filler")))).doesNotContain("继续撰写自评报告");
		mvc.perform(post("/reports/" + id + "/review").param("version", Integer.toString(version(id)))
			.param("decision", "RETURN")
			.param("opinion", "")
			.with(csrf())
			.with(as("reviewer"))).andExpect(status().is3xxRedirection());
		// a return without an opinion is refused
		assertThat(jdbc.sql("select status from report where id = :id").param("id", id).query(String.class).single())
			.isEqualTo("SUBMITTED");
		mvc.perform(post("/reports/" + id + "/review").param("version", Integer.toString(version(id)))
			.param("decision", "APPROVE")
			.with(csrf())
			.with(as("reviewer"))).andExpect(status().is3xxRedirection());
		mvc.perform(post("/reports/" + id + "/review").param("version", Integer.toString(version(id)))
			.param("decision", "APPROVE")
			.with(csrf())
			.with(as("finance"))).andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("select status from report where id = :id").param("id", id).query(String.class).single())
			.isEqualTo("APPROVED");
		assertThat(html(get("/reports/" + id).with(as("finance")))).contains("已批复", "财政审核：通过")
			.doesNotContain("id=\"save-report\"");
	}

	@Test
	void theGeneratedTablesReadBackWithoutErrorAndAWrongFigureInANarrativeBlocksTheSubmission() throws Exception {
		long id = open();
		var save = post("/reports/" + id).param("version", Integer.toString(version(id)));
		for (String name : new String[] { "职能补充说明", "基本支出说明", "项目支出说明", "存在的问题", "改进措施", "其他说明" }) {
			save.param("names", name).param("texts", name + "：已撰写。");
		}
		// 部门预算 is not 1.00 万元, and no score of the report is 61.5
		save.param("names", "主要绩效").param("texts", "全年部门预算 1.00 万元，自评得分 61.5 分。");
		mvc.perform(save.with(csrf()).with(as("filler"))).andExpect(status().is3xxRedirection());
		String page = html(get("/reports/" + id).with(as("filler")));
		assertThat(page).contains("data-code=\"NARRATIVE_FIGURE\"", "“主要绩效”中写的“预算 1.00 万元”", "得分 61.5 分");
		mvc.perform(post("/reports/" + id + "/submit").param("version", Integer.toString(version(id)))
			.with(csrf())
			.with(as("filler"))).andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("select status from report where id = :id").param("id", id).query(String.class).single())
			.isEqualTo("DRAFT");
	}

	@Test
	void twoPeopleSavingTheSameVersionKeepTheFirstSaveAndTheSecondKeepsWhatTheyTyped() throws Exception {
		long id = open();
		int read = version(id);
		mvc.perform(post("/reports/" + id).param("version", Integer.toString(read))
			.param("names", "其他说明")
			.param("texts", "第一位填报人写的说明。")
			.with(csrf())
			.with(as("filler"))).andExpect(status().is3xxRedirection());
		String second = html(post("/reports/" + id).param("version", Integer.toString(read))
			.param("names", "其他说明")
			.param("texts", "第二位填报人同时写的说明。")
			.with(csrf())
			.with(as("filler")));
		assertThat(second).contains("已被他人修改", "第二位填报人同时写的说明。");
		assertThat(html(get("/reports/" + id).with(as("filler")))).contains("第一位填报人写的说明。", "第 2 版")
			.doesNotContain("第二位填报人同时写的说明。");
	}

	@Test
	void aUnitOutsideTheDepartmentMayNotWriteTheReportAndSavesAreBounded() throws Exception {
		// the 青少年宫 cannot see the league at all: outside the scope a record is not found
		mvc.perform(post("/reports/departments/" + league()).param("year", Integer.toString(year))
			.with(csrf())
			.with(as("palace"))).andExpect(status().isNotFound());
		long id = open();
		mvc.perform(post("/reports/" + id).param("version", Integer.toString(version(id)))
			.param("names", "存在的问题")
			.param("texts", "问".repeat(ReportManagement.MAX_NARRATIVE + 1))
			.with(csrf())
			.with(as("filler")))
			.andExpect(status().isOk())
			.andExpect(result -> assertThat(result.getResponse().getContentAsString()).contains("不能超过 8000 个字",
					"未保存任何内容"));
		// the demo's first version is all there is
		assertThat(jdbc.sql("select count(*) from report_version where report_id = :id")
			.param("id", id)
			.query(Long.class)
			.single()).isEqualTo(1);
		mvc.perform(post("/reports/" + id).param("version", Integer.toString(version(id)))
			.param("names", "存在的问题")
			.param("texts", "问题")
			.with(csrf())
			.with(as("palace"))).andExpect(status().isNotFound());
		// the department's reviewer reads it but does not write it
		mvc.perform(post("/reports/" + id).param("version", Integer.toString(version(id)))
			.param("names", "存在的问题")
			.param("texts", "问题")
			.with(csrf())
			.with(as("reviewer"))).andExpect(status().isForbidden());
	}

}
