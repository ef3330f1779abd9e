package org.perfdesk.evaluation.department;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.perfdesk.IntegrationTest;
import org.perfdesk.document.PdfPages;
import org.perfdesk.evaluation.EvaluationStatus;
import org.perfdesk.evaluation.common.CommonIndicator;
import org.perfdesk.evaluation.common.CommonIndicatorForm;
import org.perfdesk.evaluation.common.CommonIndicatorScore;
import org.perfdesk.evaluation.common.CommonIndicatorSettings;
import org.perfdesk.evaluation.common.CommonIndicatorTemplate;
import org.perfdesk.org.OrgDirectory;
import org.perfdesk.targets.TargetManagement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.perfdesk.document.PdfPages.flat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The pages, downloads and API of the department self-evaluation with the demo accounts:
 * the list with the target waiting for the league, opening and filling it through the
 * form, the page laid out as the 自评表 and the 完成情况表, both tables downloaded and read back,
 * the template page, and 404 outside the scope.
 */
@IntegrationTest
@Transactional
class DepartmentSelfEvaluationPageTests {

	/** Sheet rows above the form grid (title and unit line). */
	static final int TOP = 2;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	DepartmentSelfEvaluationManagement evaluations;

	@Autowired
	CommonIndicatorSettings templates;

	@Autowired
	TargetManagement targets;

	@Autowired
	OrgDirectory directory;

	@Autowired
	JdbcClient jdbc;

	DepartmentEvaluationFixture city;

	@BeforeEach
	void city() {
		city = new DepartmentEvaluationFixture(jdbc, directory);
	}

	RequestPostProcessor as(String username) {
		return user(users.loadUserByUsername(username));
	}

	String html(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	DepartmentSelfEvaluation filled() {
		DepartmentSelfEvaluation e = evaluations.open(city.filler, city.target(targets).id());
		return evaluations.save(city.filler, e.id(),
				DepartmentEvaluationFixture.complete(e, templates.forYear(city.year)), e.version());
	}

	@Test
	void theListOffersTheLeaguesTargetAndOpensIt() throws Exception {
		long target = city.target(targets).id();
		String list = html(
				get("/evaluations/departments").param("year", Integer.toString(city.year)).with(as("filler")));
		assertThat(list).contains(city.year + " 年度部门整体支出绩效自评", "待自评", "id=\"open-" + target + "\"", "开始自评");
		assertThat(
				html(get("/evaluations/departments").param("year", Integer.toString(city.year)).with(as("reviewer"))))
			.contains("data-target=\"" + target + "\"", "待部门填报")
			.doesNotContain("开始自评");
		assertThat(html(get("/evaluations/departments").param("year", Integer.toString(city.year)).with(as("palace"))))
			.doesNotContain("data-target=\"" + target + "\"");
		assertThat(
				html(get("/evaluations/departments").param("year", Integer.toString(city.year + 1)).with(as("filler"))))
			.contains("年度尚未结束");

		String location = mvc
			.perform(post("/evaluations/departments").param("targetId", Long.toString(target))
				.with(as("filler"))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		long id = evaluations.list(city.filler, org.perfdesk.shared.FiscalYear.of(city.year)).get(0).id();
		assertThat(location).isEqualTo("/evaluations/departments/" + id);
		assertThat(html(get("/evaluations/departments").param("year", Integer.toString(city.year)).with(as("filler"))))
			.contains("data-id=\"" + id + "\"", "草稿", "没有待自评的部门整体支出绩效目标");
	}

	@Test
	void theEvaluationPageShowsBothTablesTheFormAndTheFindings() throws Exception {
		DepartmentSelfEvaluation e = filled();
		DepartmentSelfEvaluationSheet sheet = evaluations.sheet(city.filler, e.id());
		String page = html(get("/evaluations/departments/" + e.id()).with(as("filler")));
		assertThat(page).contains(sheet.departmentName(), "部门资金情况", "整体支出年度预算数", "整体支出年初预算数", "实际支出数", "年度调整额",
				"其中：一般公共预算", "预算完成率", "预算调整率", "年度整体目标", "整体目标完成情况", "年度关键指标", "主要任务", "存在问题", "改进措施", "部门整体支出共性指标",
				"一致性校验", "部门整体绩效完成情况表", "年度主要支出计划", "其中：部门年度整体预算完成率", "score-chart");
		assertThat(page).contains(sheet.funds().annualBudget().formatWan(2), sheet.funds().completionRateText(),
				"总分 " + sheet.totalText(), "等级：" + sheet.grade().label());
		for (CommonIndicatorScore s : sheet.scores()) {
			assertThat(page).contains("data-code=\"" + s.code() + "\"");
		}
		assertThat(page).contains("id=\"evaluation-form\"", "id=\"submit-evaluation\"",
				sheet.score("C02").item().explanation());
		String reviewer = html(get("/evaluations/departments/" + e.id()).with(as("reviewer")));
		assertThat(reviewer).contains(sheet.departmentName())
			.doesNotContain("id=\"evaluation-form\"", "id=\"review-card\"");
	}

	@Test
	void theFormSavesAndShowsFieldErrors() throws Exception {
		DepartmentSelfEvaluation e = evaluations.open(city.filler, city.target(targets).id());
		CommonIndicatorTemplate template = templates.forYear(city.year);
		MockHttpServletRequestBuilder post = post("/evaluations/departments/" + e.id()).with(as("filler"))
			.with(csrf())
			.param("version", Integer.toString(e.version()))
			.param("achievement", "全年完成三项重点任务。")
			.param("problems", "问题")
			.param("measures", "措施");
		for (int i = 0; i < e.keyIndicators().size(); i++) {
			post.param("keyIndicators[" + i + "].actualValue", "完成" + i)
				.param("keyIndicators[" + i + "].completion", "");
		}
		for (int i = 0; i < e.tasks().size(); i++) {
			post.param("tasks[" + i + "].completion", "按期完成");
		}
		for (int i = 0; i < template.indicators().size(); i++) {
			CommonIndicator c = template.indicators().get(i);
			post.param("responses[" + i + "].code", c.code()).param("responses[" + i + "].reason", "");
			for (int k = 0; k < c.items().size(); k++) {
				post.param("responses[" + i + "].answers[" + k + "]", "Y");
			}
		}
		mvc.perform(post)
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/evaluations/departments/" + e.id()));
		DepartmentSelfEvaluation saved = evaluations.find(city.filler, e.id());
		assertThat(saved.achievement()).isEqualTo("全年完成三项重点任务。");
		assertThat(saved.keyIndicators().get(0).actualValue()).isEqualTo("完成0");
		assertThat(saved.answers("C09")).containsOnly(true);

		int checklist = template.indicators()
			.indexOf(template.indicators().stream().filter(CommonIndicator::checklist).findFirst().orElseThrow());
		String error = html(post.param("version", Integer.toString(saved.version()))
			.param("responses[" + checklist + "].answers[0]", "X"));
		assertThat(error).contains("id=\"form-errors\"", "的答案只能是“符合”或“不符合”");
		assertThat(evaluations.find(city.filler, e.id()).version()).isEqualTo(saved.version());
	}

	@Test
	void submittingAndReviewingThroughThePages() throws Exception {
		DepartmentSelfEvaluation e = filled();
		mvc.perform(post("/evaluations/departments/" + e.id() + "/submit").with(as("filler"))
			.with(csrf())
			.param("version", Integer.toString(e.version()))).andExpect(status().is3xxRedirection());
		DepartmentSelfEvaluation submitted = evaluations.find(city.filler, e.id());
		assertThat(submitted.status()).isEqualTo(EvaluationStatus.SUBMITTED);
		assertThat(html(get("/evaluations/departments/" + e.id()).with(as("reviewer")))).contains("id=\"review-card\"",
				"部门审核");
		mvc.perform(post("/evaluations/departments/" + e.id() + "/review").with(as("reviewer"))
			.with(csrf())
			.param("version", Integer.toString(submitted.version()))
			.param("decision", "RETURN")
			.param("opinion", ""))
			.andExpect(status().is3xxRedirection())
			.andExpect(result -> assertThat(result.getFlashMap().get("error")).asString().contains("退回时须填写审核意见"));
		mvc.perform(post("/evaluations/departments/" + e.id() + "/review").with(as("reviewer"))
			.with(csrf())
			.param("version", Integer.toString(submitted.version()))
			.param("decision", "RETURN")
			.param("opinion", "请补充主要任务的完成数据。")).andExpect(status().is3xxRedirection());
		assertThat(html(get("/evaluations/departments/" + e.id()).with(as("filler")))).contains("id=\"return-opinion\"",
				"请补充主要任务的完成数据。", "id=\"evaluation-form\"");
	}

	@Test
	void otherUnitsGetNotFound() throws Exception {
		DepartmentSelfEvaluation e = filled();
		for (String who : List.of("palace", "filler2")) {
			mvc.perform(get("/evaluations/departments/" + e.id()).with(as(who))).andExpect(status().isNotFound());
			// every download of both tables: the same refusal as the page's
			for (String file : List.of("evaluation.xlsx", "evaluation.docx", "evaluation.pdf", "completion.docx",
					"completion.pdf")) {
				mvc.perform(get("/evaluations/departments/" + e.id() + "/export/" + file).with(as(who)))
					.andExpect(status().isNotFound());
			}
		}
		mvc.perform(get("/evaluations/departments/999999").with(as("finance"))).andExpect(status().isNotFound());
	}

	// ---------------------------------------------------------------- downloads

	/**
	 * Every 合计 of the self-evaluation table, read back from the .xlsx and the .docx: the
	 * tasks' money (金额合计) and the common indicators' 分值 and 得分.
	 */
	@Test
	void everyTotalOfTheSelfEvaluationTableIsTheSumOfItsRows() throws Exception {
		DepartmentSelfEvaluation e = filled();
		try (var workbook = new XSSFWorkbook(
				new ByteArrayInputStream(download("/evaluations/departments/" + e.id() + "/export/evaluation.xlsx")))) {
			Sheet s = workbook.getSheetAt(0);
			int money = org.perfdesk.document.Totals.rows(s, "主要任务").get(0);
			int sum = -1;
			for (int r = money; r <= s.getLastRowNum(); r++) {
				if (s.getRow(r).getCell(1) != null && "金额合计".equals(s.getRow(r).getCell(1).getStringCellValue())) {
					sum = r;
					break;
				}
			}
			org.perfdesk.document.Totals.assertColumnTotal(s, sum, 6);
			int total = org.perfdesk.document.Totals.rows(s, "合计（等级").get(0);
			org.perfdesk.document.Totals.assertColumnTotal(s, total, 4);
			org.perfdesk.document.Totals.assertColumnTotal(s, total, 5);
		}
		try (var document = new XWPFDocument(
				new ByteArrayInputStream(download("/evaluations/departments/" + e.id() + "/export/evaluation.docx")))) {
			XWPFTable table = org.perfdesk.document.DocxTables.joined(document);
			int total = org.perfdesk.document.Totals.rows(table, "合计（等级").get(0);
			org.perfdesk.document.Totals.assertColumnTotal(table, total, 4);
			org.perfdesk.document.Totals.assertColumnTotal(table, total, 5);
		}
	}

	/**
	 * Both tables print whole on every page: see
	 * {@link org.perfdesk.document.PrintChecks}.
	 */
	@Test
	void bothTablesPrintTheirHeadersOnEveryPage() throws Exception {
		DepartmentSelfEvaluation e = filled();
		String base = "/evaluations/departments/" + e.id() + "/export/";
		org.perfdesk.document.PrintChecks.assertPrintable(download(base + "evaluation.xlsx"),
				download(base + "evaluation.docx"), "部门整体支出共性指标", 2);
	}

	/**
	 * The column headings of 主要任务 never end a PDF page: the page they print on also has
	 * the first task, and the rows of 一级 labels cut by a page break are named again.
	 */
	@Test
	void theTaskHeadingsStayWithTheFirstTaskInThePdf() throws Exception {
		DepartmentSelfEvaluation e = filled();
		PdfPages pdf = PdfPages.read(download("/evaluations/departments/" + e.id() + "/export/evaluation.pdf"),
				"department-self-evaluation-tasks");
		boolean found = false;
		for (int page = 1; page <= pdf.count(); page++) {
			if (pdf.flat(page).contains(PdfPages.flat("任务涉及资金"))) {
				assertThat(pdf.flat(page)).as("page %d", page).contains(PdfPages.flat(e.tasks().get(0).name()));
				found = true;
			}
		}
		assertThat(found).isTrue();
	}

	byte[] download(String url) throws Exception {
		return mvc.perform(get(url).with(as("filler")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
	}

	@Test
	void theSelfEvaluationWorkbookHasTheMoneyBlockTheIndicatorsAndTheTotal() throws Exception {
		DepartmentSelfEvaluation e = filled();
		DepartmentSelfEvaluationSheet sheet = evaluations.sheet(city.filler, e.id());
		try (var workbook = new XSSFWorkbook(
				new ByteArrayInputStream(download("/evaluations/departments/" + e.id() + "/export/evaluation.xlsx")))) {
			Sheet s = workbook.getSheetAt(0);
			assertThat(s.getRow(0).getCell(0).getStringCellValue()).isEqualTo(city.year + "年度部门整体支出绩效自评表");
			assertThat(s.getRow(TOP).getCell(0).getStringCellValue()).isEqualTo("部门名称");
			assertThat(s.getRow(TOP).getCell(1).getStringCellValue()).isEqualTo(sheet.departmentName());
			Row annual = find(s, 1, "整体支出年度预算数");
			assertThat(annual.getCell(0).getStringCellValue()).isEqualTo("部门资金情况");
			assertThat(annual.getCell(2).getNumericCellValue())
				.isEqualTo(sheet.funds().annualBudget().toWanExact().doubleValue());
			assertThat(annual.getCell(4).getNumericCellValue())
				.isEqualTo(sheet.funds().initialBudget().toWanExact().doubleValue());
			Row spent = find(s, 1, "实际支出数");
			assertThat(spent.getCell(2).getNumericCellValue())
				.isEqualTo(sheet.funds().actualSpending().toWanExact().doubleValue());
			Row rate = find(s, 1, "预算完成率");
			assertThat(rate.getCell(2).getNumericCellValue()).isEqualTo(sheet.funds().completionRate().doubleValue());
			assertThat(rate.getCell(2).getCellStyle().getDataFormatString()).contains("%");
			assertThat(find(s, 1, "其中：一般公共预算").getCell(2).getNumericCellValue())
				.isEqualTo(sheet.funds().publicSpending().toWanExact().doubleValue());

			Row keyHead = find(s, 1, "关键指标");
			for (int i = 0; i < e.keyIndicators().size(); i++) {
				Row row = s.getRow(keyHead.getRowNum() + 1 + i);
				assertThat(row.getCell(1).getStringCellValue()).isEqualTo(e.keyIndicators().get(i).name());
				assertThat(row.getCell(3).getStringCellValue()).isEqualTo(e.keyIndicators().get(i).expected());
				assertThat(row.getCell(4).getStringCellValue()).isEqualTo(e.keyIndicators().get(i).actualValue());
			}
			// 主要任务: each task with its rows of key indicators, its money merged down
			// them, then 金额合计, the sum of the tasks' money
			Row taskHead = find(s, 1, "任务名称");
			assertThat(texts(taskHead).subList(1, 7)).containsExactly("任务名称", "预期目标", "目标完成情况", "关键指标", "指标完成情况",
					"任务涉及资金");
			List<List<KeyIndicatorResult>> byTask = DepartmentSelfEvaluationExports.byTask(e);
			assertThat(byTask.get(0)).isNotEmpty();
			int at = taskHead.getRowNum() + 1;
			double sum = 0;
			for (int i = 0; i < e.tasks().size(); i++) {
				Row row = s.getRow(at);
				assertThat(row.getCell(1).getStringCellValue()).isEqualTo(e.tasks().get(i).name());
				assertThat(row.getCell(3).getStringCellValue()).isEqualTo(e.tasks().get(i).completion());
				assertThat(row.getCell(6).getNumericCellValue())
					.isEqualTo(e.tasks().get(i).total().toWanExact().doubleValue());
				sum += row.getCell(6).getNumericCellValue();
				List<KeyIndicatorResult> own = byTask.get(i);
				for (int k = 0; k < own.size(); k++) {
					assertThat(s.getRow(at + k).getCell(4).getStringCellValue()).startsWith(own.get(k).name());
					assertThat(s.getRow(at + k).getCell(5).getStringCellValue()).startsWith(own.get(k).actualValue());
				}
				at += Math.max(1, own.size());
			}
			assertThat(s.getRow(at).getCell(1).getStringCellValue()).isEqualTo("金额合计");
			assertThat(s.getRow(at).getCell(6).getNumericCellValue()).isCloseTo(sum, within(1e-9));
			Row commonHead = find(s, 0, "一级指标");
			List<CommonIndicatorScore> scores = sheet.scores();
			for (int i = 0; i < scores.size(); i++) {
				Row row = s.getRow(commonHead.getRowNum() + 1 + i);
				assertThat(row.getCell(2).getStringCellValue()).startsWith(scores.get(i).name() + "\n");
				assertThat(row.getCell(4).getNumericCellValue()).isEqualTo(scores.get(i).item().weight().doubleValue());
				if (scores.get(i).item().scorable()) {
					assertThat(row.getCell(5).getNumericCellValue())
						.isEqualTo(scores.get(i).item().score().doubleValue());
				}
				else {
					assertThat(row.getCell(5).getStringCellValue()).isEqualTo("无法计分");
				}
			}
			Row total = s.getRow(commonHead.getRowNum() + 1 + scores.size());
			assertThat(total.getCell(0).getStringCellValue()).isEqualTo("合计（等级：" + sheet.grade().label() + "）");
			assertThat(total.getCell(5).getNumericCellValue()).isEqualTo(sheet.totalScore().doubleValue());
			assertThat(find(s, 0, "存在问题").getCell(1).getStringCellValue()).isEqualTo(e.problems());
		}
	}

	@Test
	void theSelfEvaluationDocumentShowsTheSameCells() throws Exception {
		DepartmentSelfEvaluation e = filled();
		DepartmentSelfEvaluationSheet sheet = evaluations.sheet(city.filler, e.id());
		try (var document = new XWPFDocument(
				new ByteArrayInputStream(download("/evaluations/departments/" + e.id() + "/export/evaluation.docx")))) {
			XWPFTable table = org.perfdesk.document.DocxTables.joined(document);
			assertThat(cells(table.getRow(0))).containsExactly("部门名称", sheet.departmentName());
			assertThat(cells(row(table, "整体支出年度预算数")))
				.contains(String.format("%,.2f", sheet.funds().annualBudget().toWanExact()));
			assertThat(cells(row(table, "预算完成率"))).contains(sheet.funds().completionRate().toPlainString() + "%");
			assertThat(cells(row(table, "改进措施"))).containsExactly("改进措施", e.measures());
			assertThat(document.getParagraphs().get(0).getText()).isEqualTo(city.year + "年度部门整体支出绩效自评表");
		}
	}

	@Test
	void theCompletionTableHasTheKeyIndicatorsTheRateAndTheTasks() throws Exception {
		DepartmentSelfEvaluation e = filled();
		DepartmentSelfEvaluationSheet sheet = evaluations.sheet(city.filler, e.id());
		try (var workbook = new XSSFWorkbook(
				new ByteArrayInputStream(download("/evaluations/departments/" + e.id() + "/export/completion.xlsx")))) {
			Sheet s = workbook.getSheetAt(0);
			assertThat(s.getRow(0).getCell(0).getStringCellValue())
				.isEqualTo(sheet.departmentName() + " " + city.year + " 年部门整体绩效完成情况表");
			Row head = find(s, 1, "部门整体支出目标");
			assertThat(texts(head).subList(1, 7)).containsExactly("部门整体支出目标", "关键指标", "预期实现值", "年度完成值", "", "具体完成情况");
			Row first = s.getRow(head.getRowNum() + 1);
			assertThat(first.getCell(1).getStringCellValue()).isEqualTo(sheet.target().content().annualObjective());
			for (int i = 0; i < e.keyIndicators().size(); i++) {
				Row row = s.getRow(head.getRowNum() + 1 + i);
				KeyIndicatorResult k = e.keyIndicators().get(i);
				assertThat(row.getCell(2).getStringCellValue()).isEqualTo("指标 " + (i + 1) + "：" + k.name());
				assertThat(row.getCell(4).getStringCellValue()).isEqualTo(k.actualValue());
				assertThat(row.getCell(6).getStringCellValue()).isEqualTo(k.completion());
			}
			Row rate = find(s, 1, "其中：部门年度整体预算完成率");
			assertThat(rate.getCell(6).getNumericCellValue()).isEqualTo(sheet.funds().completionRate().doubleValue());
			// 年度主要支出计划 as seed 002: each task with its rows of key indicators, then
			// the task's own completion
			Row taskHead = find(s, 1, "任务");
			assertThat(texts(taskHead).subList(1, 7)).containsExactly("任务", "任务的绩效目标", "任务关键性指标", "绩效标准（预期实现值）",
					"年度完成值", "具体完成情况");
			List<List<KeyIndicatorResult>> byTask = DepartmentSelfEvaluationExports.byTask(e);
			int at = taskHead.getRowNum() + 1;
			for (int i = 0; i < e.tasks().size(); i++) {
				TaskResult t = e.tasks().get(i);
				assertThat(s.getRow(at).getCell(1).getStringCellValue())
					.startsWith("任务 " + (i + 1) + "（" + t.name() + "）\n任务涉及资金 " + t.total().formatWan() + " 万元");
				assertThat(s.getRow(at).getCell(2).getStringCellValue()).isEqualTo(t.target());
				List<KeyIndicatorResult> own = byTask.get(i);
				for (int k = 0; k < own.size(); k++) {
					Row row = s.getRow(at + k);
					assertThat(row.getCell(3).getStringCellValue())
						.isEqualTo("指标 " + (k + 1) + "（" + own.get(k).name() + "）");
					assertThat(row.getCell(4).getStringCellValue()).isEqualTo(own.get(k).expected());
					assertThat(row.getCell(5).getStringCellValue()).isEqualTo(own.get(k).actualValue());
					assertThat(row.getCell(6).getStringCellValue()).isEqualTo(own.get(k).completion());
				}
				Row done = s.getRow(at + own.size());
				assertThat(done.getCell(3).getStringCellValue()).isEqualTo("任务完成情况");
				assertThat(done.getCell(6).getStringCellValue()).isEqualTo(t.completion());
				at += own.size() + 1;
			}
		}
		try (var document = new XWPFDocument(
				new ByteArrayInputStream(download("/evaluations/departments/" + e.id() + "/export/completion.docx")))) {
			XWPFTable table = org.perfdesk.document.DocxTables.joined(document);
			assertThat(cells(row(table, "其中：部门年度整体预算完成率")))
				.endsWith(sheet.funds().completionRate().toPlainString() + "%");
		}
	}

	@Test
	void bothTablesDownloadAsPdfOnLandscapePages() throws Exception {
		DepartmentSelfEvaluation e = filled();
		DepartmentSelfEvaluationSheet sheet = evaluations.sheet(city.filler, e.id());
		var response = mvc
			.perform(get("/evaluations/departments/" + e.id() + "/export/evaluation.pdf").with(as("filler")))
			.andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.APPLICATION_PDF))
			.andReturn()
			.getResponse();
		String disposition = response.getHeader("Content-Disposition");
		assertThat(disposition).contains("filename*=UTF-8''");
		assertThat(org.springframework.http.ContentDisposition.parse(disposition).getFilename())
			.isEqualTo(city.year + "-" + sheet.departmentName() + "-部门整体支出绩效自评表.pdf");
		PdfPages pdf = PdfPages.read(response.getContentAsByteArray(), "department-self-evaluation");
		assertThat(pdf.landscape()).isTrue();
		assertThat(pdf.flat(1)).contains(flat(city.year + "年度部门整体支出绩效自评表", "部门（单位）：" + sheet.departmentName(), "单位：万元",
				"部门名称", "部门资金情况", "整体支出年度预算数", String.format("%,.2f", sheet.funds().annualBudget().toWanExact()),
				"预算完成率", sheet.funds().completionRate().toPlainString() + "%", "第 1 页 共 " + pdf.count() + " 页"));
		for (KeyIndicatorResult k : e.keyIndicators()) {
			assertThat(pdf.flat()).contains(flat(k.name(), k.expected(), k.actualValue()));
		}
		for (CommonIndicatorScore score : sheet.scores()) {
			assertThat(pdf.flat()).contains(flat(score.name()));
		}
		assertThat(pdf.flat()).contains(flat("部门整体支出共性指标", "三级指标及计分规则", "合计（等级：" + sheet.grade().label() + "）",
				sheet.totalScore().stripTrailingZeros().toPlainString(), "存在问题", e.problems(), "改进措施", e.measures()));
		// a later page starts with the common indicators' heading and column headings
		for (int page = 2; page <= pdf.count(); page++) {
			assertThat(pdf.flat(page)).as("page %d", page)
				.contains("部门整体支出共性指标", "三级指标及计分规则", "分值", "得分")
				.doesNotContain(flat(city.year + "年度部门整体支出绩效自评表"));
		}

		PdfPages completion = PdfPages.read(download("/evaluations/departments/" + e.id() + "/export/completion.pdf"),
				"department-completion");
		assertThat(completion.landscape()).isTrue();
		assertThat(completion.flat(1)).contains(flat(sheet.departmentName() + " " + city.year + " 年部门整体绩效完成情况表",
				"年度绩效目标", "部门整体支出目标", "关键指标", "预期实现值", "年度完成值", "具体完成情况", "第 1 页 共 " + completion.count() + " 页"));
		assertThat(completion.flat())
			.contains(flat("其中：部门年度整体预算完成率", sheet.funds().completionRate().toPlainString() + "%", "年度主要支出计划"));
		for (int i = 0; i < e.tasks().size(); i++) {
			TaskResult t = e.tasks().get(i);
			assertThat(completion.flat())
				.contains(flat("任务 " + (i + 1) + "（" + t.name() + "）", String.format("%,.2f", t.total().toWanExact())));
		}

		String page = html(get("/evaluations/departments/" + e.id()).with(as("filler")));
		assertThat(page).contains("id=\"export-evaluation-pdf\"", "id=\"export-completion-pdf\"",
				"/evaluations/departments/" + e.id() + "/export/evaluation.pdf",
				"/evaluations/departments/" + e.id() + "/export/completion.pdf", "下载自评表（PDF）", "下载完成情况表（PDF）",
				"data-print", "/js/print.js");
	}

	// ---------------------------------------------------------------- the template page

	@Test
	void onlyTheFinanceBureauEditsTheTemplate() throws Exception {
		String year = Integer.toString(city.year);
		assertThat(html(get("/settings/common-indicators").param("year", year).with(as("finance"))))
			.contains("id=\"template-form\"", "在职人员控制率", "实有人数 ÷ 编制数", "系统默认模板");
		assertThat(html(get("/settings/common-indicators").param("year", year).with(as("filler")))).contains("在职人员控制率")
			.doesNotContain("id=\"template-form\"");
		mvc.perform(post("/settings/common-indicators").param("year", year).with(as("filler")).with(csrf()))
			.andExpect(status().isForbidden());

		assertThat(html(templatePost("五", "5"))).contains("id=\"form-errors\"", "第 1 行的分值须为数字，“五”不是数字");
		assertThat(templates.forYear(city.year).saved()).isFalse();
		assertThat(html(templatePost("-5", "5"))).contains("第 1 行：分值不能为负数");
		assertThat(templates.forYear(city.year).saved()).isFalse();

		MockHttpServletRequestBuilder post = templatePost("4", "6");
		mvc.perform(post)
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/settings/common-indicators?year=" + year));
		CommonIndicatorTemplate saved = templates.forYear(city.year);
		assertThat(saved.saved()).isTrue();
		assertThat(saved.indicators().get(0).weight()).isEqualByComparingTo("4");
		assertThat(saved.indicators().get(1).weight()).isEqualByComparingTo("6");
		assertThat(html(get("/settings/common-indicators").param("year", year).with(as("filler"))))
			.contains("由 finance 于");
	}

	/**
	 * The default template posted by the finance bureau with the first two weights as
	 * given.
	 */
	MockHttpServletRequestBuilder templatePost(String first, String second) {
		CommonIndicatorForm form = CommonIndicatorForm.of(templates.forYear(city.year), 0);
		MockHttpServletRequestBuilder post = post("/settings/common-indicators").with(as("finance"))
			.with(csrf())
			.param("year", Integer.toString(city.year))
			.param("version", "0")
			.param("totalWeight", "100");
		for (int i = 0; i < form.getRows().size(); i++) {
			var r = form.getRows().get(i);
			String p = "rows[" + i + "].";
			post.param(p + "code", r.getCode())
				.param(p + "category", r.getCategory())
				.param(p + "group", r.getGroup())
				.param(p + "name", r.getName())
				.param(p + "formula", r.getFormula())
				.param(p + "direction", r.getDirection())
				.param(p + "weight", i == 0 ? first : i == 1 ? second : r.getWeight())
				.param(p + "rule", r.getRule())
				.param(p + "threshold", r.getThreshold())
				.param(p + "pointsPerPoint", r.getPointsPerPoint())
				.param(p + "target", r.getTarget())
				.param(p + "tiers", r.getTiers())
				.param(p + "otherwise", r.getOtherwise())
				.param(p + "items", r.getItems())
				.param(p + "deduction", r.getDeduction());
		}
		return post;
	}

	// ---------------------------------------------------------------- the API

	@Test
	void theApiSavesWithFieldErrorsAndAnswersNotFoundOutsideTheScope() throws Exception {
		DepartmentSelfEvaluation e = filled();
		mvc.perform(get("/api/v1/evaluations/departments/" + e.id()).with(httpBasic("filler", "perfdesk-demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.evaluation.id").value(e.id()))
			.andExpect(jsonPath("$.scores.length()").value(templates.forYear(city.year).indicators().size()));
		mvc.perform(get("/api/v1/evaluations/departments/" + e.id()).with(httpBasic("palace", "perfdesk-demo")))
			.andExpect(status().isNotFound());
		String body = "{\"achievement\":\"a\",\"problems\":\"b\",\"measures\":\"c\",\"keyIndicators\":[],"
				+ "\"taskCompletions\":[],\"responses\":[],\"version\":" + e.version() + "}";
		mvc.perform(put("/api/v1/evaluations/departments/" + e.id()).with(httpBasic("filler", "perfdesk-demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)).andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.keyIndicators").exists());
	}

	// ---------------------------------------------------------------- helpers

	static Row find(Sheet sheet, int column, String text) {
		for (Row row : sheet) {
			Cell cell = row.getCell(column);
			if (cell != null && cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(text)) {
				return row;
			}
		}
		throw new AssertionError("no row with “" + text + "” in column " + column);
	}

	static List<String> texts(Row row) {
		List<String> texts = new ArrayList<>();
		for (int c = 0; c < row.getLastCellNum(); c++) {
			Cell cell = row.getCell(c);
			texts.add(cell == null || cell.getCellType() != CellType.STRING ? "" : cell.getStringCellValue());
		}
		return texts;
	}

	static List<String> cells(XWPFTableRow row) {
		return row.getTableCells().stream().map(XWPFTableCell::getText).filter(t -> !t.isEmpty()).toList();
	}

	static XWPFTableRow row(XWPFTable table, String text) {
		return table.getRows()
			.stream()
			.filter(r -> r.getTableCells().stream().anyMatch(c -> c.getText().equals(text)))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no row with “" + text + "”"));
	}

}
