package org.perfdesk.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.perfdesk.document.PdfPages.flat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.perfdesk.IntegrationTest;
import org.perfdesk.document.PdfPages;
import org.perfdesk.execution.ExecutionFigures;
import org.perfdesk.execution.ExecutionManagement;
import org.perfdesk.execution.ProgressLight;
import org.perfdesk.execution.ProjectExecution;
import org.perfdesk.org.DataScope;
import org.perfdesk.shared.FiscalYear;
import org.perfdesk.targets.PerformanceTarget;
import org.perfdesk.targets.SpendingPlan;
import org.perfdesk.targets.TargetManagement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

/**
 * The 绩效运行监控表 downloaded as .xlsx and .docx and opened again with POI, the round's 预警清单
 * .xlsx, and the planned-against-executed chart of the report page, on a round of this
 * test's own.
 */
@IntegrationTest
@Transactional
class MonitoringExportTests {

	/** Sheet rows above the form grid (title and unit line). */
	static final int TOP = 2;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MonitoringManagement monitoring;

	@Autowired
	ExecutionManagement execution;

	@Autowired
	TargetManagement targets;

	@Autowired
	MonitoringExports exports;

	static final DataScope FINANCE = MonitoringWorkflowTests.FINANCE;

	MonitoringRound round;

	MonitoringLine line;

	MonitoringReport report;

	RequestPostProcessor filler;

	/**
	 * A round of its own, and the filler's first line with a saved report whose rows all
	 * differ.
	 */
	void fill() {
		var tests = new MonitoringWorkflowTests();
		tests.monitoring = monitoring;
		tests.jdbc = jdbc;
		round = tests.openRound();
		long unit = jdbc.sql("select unit_id from org_account where username = 'filler'").query(Long.class).single();
		line = monitoring.lines(FINANCE, round.id()).stream().filter(l -> l.unitId() == unit).findFirst().orElseThrow();
		DataScope scope = MonitoringWorkflowTests.filler(unit);
		MonitoringReport blank = monitoring.report(scope, round.id(), line.targetId());
		var entries = new ArrayList<IndicatorEntry>();
		Likelihood[] likelihoods = Likelihood.values();
		for (int i = 0; i < blank.indicators().size(); i++) {
			Likelihood likelihood = likelihoods[i % likelihoods.length];
			Set<DeviationCause> causes = i % 2 == 0 ? Set.of(DeviationCause.FUNDING, DeviationCause.STAFF)
					: Set.of(DeviationCause.OTHER);
			entries.add(new IndicatorEntry("截至目前完成" + i, "预计全年完成" + i, likelihood, causes, "原因说明" + i, "改进措施" + i));
		}
		report = monitoring.save(scope, round.id(), line.targetId(), new ReportInput("上半年按计划推进各项工作。", entries), null);
		filler = user(users.loadUserByUsername("filler"));
	}

	String path() {
		return "/monitoring/rounds/" + round.id() + "/targets/" + line.targetId();
	}

	byte[] download(String url, RequestPostProcessor who) throws Exception {
		return mvc.perform(get(url).with(who))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
	}

	static BigDecimal wan(org.perfdesk.shared.Amount amount) {
		return amount.toWanExact();
	}

	@Test
	void theReportWorkbookHasTheHeaderTheFundsAndEveryIndicatorRow() throws Exception {
		fill();
		int n = round.cutOffMonth();
		try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(download(path() + "/export.xlsx", filler)))) {
			Sheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue())
				.isEqualTo(round.fiscalYear() + "年度项目支出绩效目标执行监控表（1–" + n + "月）");
			Row name = sheet.getRow(TOP);
			assertThat(name.getCell(0).getStringCellValue()).isEqualTo("项目名称");
			assertThat(line.label()).endsWith(name.getCell(2).getStringCellValue());
			Row units = sheet.getRow(TOP + 1);
			assertThat(units.getCell(0).getStringCellValue()).isEqualTo("主管部门");
			assertThat(units.getCell(2).getStringCellValue()).isNotBlank();
			assertThat(units.getCell(6).getStringCellValue()).isEqualTo("实施单位");
			assertThat(units.getCell(8).getStringCellValue()).isEqualTo(line.unitName());

			Row fundsHead = sheet.getRow(TOP + 2);
			assertThat(fundsHead.getCell(0).getStringCellValue()).isEqualTo("项目资金（万元）");
			assertThat(fundsHead.getCell(4).getStringCellValue()).isEqualTo("全年预算数");
			assertThat(fundsHead.getCell(5).getStringCellValue()).isEqualTo("1–" + n + "月执行数");
			assertThat(fundsHead.getCell(6).getStringCellValue()).isEqualTo("1–" + n + "月执行率");
			ExecutionFigures f = line.figures();
			Row total = find(sheet, 2, "年度资金总额");
			assertThat(total.getCell(4).getNumericCellValue()).isEqualTo(wan(f.fullYearBudget().total()).doubleValue());
			assertThat(total.getCell(5).getNumericCellValue()).isEqualTo(wan(f.executed().total()).doubleValue());
			assertThat(total.getCell(6).getNumericCellValue())
				.isEqualTo(f.executionRate().movePointRight(2).doubleValue());
			assertThat(total.getCell(6).getCellStyle().getDataFormatString()).contains("%");
			Row fiscal = find(sheet, 2, "财政拨款");
			assertThat(fiscal.getCell(4).getNumericCellValue()).isEqualTo(
					wan(f.fullYearBudget().fiscalAppropriation().plus(f.fullYearBudget().carryOver())).doubleValue());
			Row other = find(sheet, 2, "其他资金");
			assertThat(other.getCell(5).getNumericCellValue()).isEqualTo(wan(f.executed().otherFunds()).doubleValue());

			Row objective = sheet.getRow(find(sheet, 0, "年度总体目标").getRowNum() + 1);
			assertThat(objective.getCell(6).getStringCellValue()).isEqualTo("上半年按计划推进各项工作。");

			Row head = find(sheet, 0, "一级指标");
			assertThat(texts(head)).containsSequence("一级指标", "二级指标", "三级指标", "年度指标值", "1–" + n + "月执行情况", "全年预计完成情况",
					"偏差原因分析");
			assertThat(texts(head).subList(12, 14)).containsExactly("完成目标可能性", "改进措施");
			assertThat(texts(sheet.getRow(head.getRowNum() + 1)).subList(6, 12)).containsExactly("经费保障", "制度保障", "人员保障",
					"硬件条件保障", "其他", "原因说明");

			List<MonitoredIndicator> rows = report.indicators();
			assertThat(rows).isNotEmpty();
			for (int i = 0; i < rows.size(); i++) {
				MonitoredIndicator ind = rows.get(i);
				Row row = sheet.getRow(head.getRowNum() + 2 + i);
				assertThat(row.getCell(2).getStringCellValue()).isEqualTo(ind.name());
				assertThat(row.getCell(3).getStringCellValue()).isEqualTo(ind.targetValue());
				assertThat(row.getCell(4).getStringCellValue()).isEqualTo("截至目前完成" + i);
				assertThat(row.getCell(5).getStringCellValue()).isEqualTo("预计全年完成" + i);
				String funding = i % 2 == 0 ? "√" : "";
				assertThat(texts(row).subList(6, 11)).containsExactly(funding, "", funding, "", i % 2 == 0 ? "" : "√");
				assertThat(row.getCell(11).getStringCellValue()).isEqualTo("原因说明" + i);
				assertThat(row.getCell(12).getStringCellValue()).isEqualTo(Likelihood.values()[i % 3].label());
				assertThat(row.getCell(13).getStringCellValue()).isEqualTo("改进措施" + i);
			}
			// the first row of the table carries the level-1 and level-2 labels
			Row first = sheet.getRow(head.getRowNum() + 2);
			assertThat(first.getCell(0).getStringCellValue()).isEqualTo(rows.get(0).subcategory().category().label());
			assertThat(first.getCell(1).getStringCellValue()).isEqualTo(rows.get(0).subcategory().label());
		}
	}

	@Test
	void theReportDocumentShowsTheSameCells() throws Exception {
		fill();
		int n = round.cutOffMonth();
		try (var document = new XWPFDocument(new ByteArrayInputStream(download(path() + "/export.docx", filler)))) {
			XWPFTable table = org.perfdesk.document.DocxTables.joined(document);
			assertThat(cells(table.getRow(0))).containsExactly("项目名称",
					line.label().substring(line.label().indexOf(' ') + 1));
			assertThat(cells(table.getRow(1))).contains("主管部门", "实施单位", line.unitName());
			List<String> total = cells(row(table, "年度资金总额"));
			ExecutionFigures f = line.figures();
			assertThat(total).endsWith("年度资金总额", String.format("%,.2f", wan(f.fullYearBudget().total())),
					String.format("%,.2f", wan(f.executed().total())),
					f.executionRate().movePointRight(2).setScale(2, RoundingMode.HALF_UP) + "%");
			assertThat(cells(row(table, "一级指标"))).contains("1–" + n + "月执行情况", "偏差原因分析", "完成目标可能性", "改进措施");
			for (int i = 0; i < report.indicators().size(); i++) {
				MonitoredIndicator ind = report.indicators().get(i);
				List<String> cells = cells(row(table, "截至目前完成" + i));
				assertThat(cells).contains(ind.name(), ind.targetValue(), "预计全年完成" + i, "原因说明" + i, "改进措施" + i,
						Likelihood.values()[i % 3].label());
				assertThat(cells.stream().filter("√"::equals).count()).isEqualTo(i % 2 == 0 ? 2 : 1);
			}
		}
	}

	@Test
	void theReportPdfShowsTheSameCellsOnLandscapePages() throws Exception {
		fill();
		int n = round.cutOffMonth();
		var response = mvc.perform(get(path() + "/export.pdf").with(filler))
			.andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.APPLICATION_PDF))
			.andReturn()
			.getResponse();
		// the same Chinese file name as the .docx, as RFC 5987 filename* (and the
		// encoded-word fallback)
		String disposition = response.getHeader(HttpHeaders.CONTENT_DISPOSITION);
		assertThat(disposition).startsWith("attachment;").contains("filename*=UTF-8''");
		assertThat(ContentDisposition.parse(disposition).getFilename())
			.isEqualTo(
					exports.reportFileName(MonitoringWorkflowTests.filler(line.unitId()), round.id(), line.targetId())
							+ ".pdf")
			.endsWith("-绩效运行监控表（1–" + n + "月）.pdf");
		PdfPages pdf = PdfPages.read(response.getContentAsByteArray(), "monitoring-report");
		assertThat(pdf.landscape()).isTrue();
		ExecutionFigures f = line.figures();
		assertThat(pdf.flat(1)).contains(flat(round.fiscalYear() + "年度项目支出绩效目标执行监控表（1–" + n + "月）", "单位：万元", "项目名称",
				line.label().substring(line.label().indexOf(' ') + 1), "主管部门", "实施单位", line.unitName(), "项目资金（万元）",
				"全年预算数", "1–" + n + "月执行数", "年度资金总额", String.format("%,.2f", wan(f.fullYearBudget().total())),
				String.format("%,.2f", wan(f.executed().total())),
				f.executionRate().movePointRight(2).setScale(2, RoundingMode.HALF_UP) + "%", "上半年按计划推进各项工作。", "绩效指标",
				"偏差原因分析", "经费保障", "硬件条件保障", "完成目标可能性", "第 1 页 共 " + pdf.count() + " 页"));
		for (int i = 0; i < report.indicators().size(); i++) {
			MonitoredIndicator ind = report.indicators().get(i);
			assertThat(pdf.flat())
				.contains(flat(ind.name(), ind.targetValue(), "截至目前完成" + i, "预计全年完成" + i, "原因说明" + i, "改进措施" + i));
		}
		// a later page starts with the indicator headings
		for (int page = 2; page <= pdf.count(); page++) {
			assertThat(pdf.flat(page)).contains("绩效指标", "一级指标", "偏差原因分析", "改进措施");
		}
		assertThat(pdf.flat(pdf.count())).contains(flat("状态：" + report.status().label()));
		// the 偏差原因 columns are narrow: their headings wrap by two characters, not one per
		// line
		assertThat(pdf.text(1)).containsPattern("经费\\s*\\n?\\s*保障");
		assertThat(pdf.text(1)).doesNotContain("经\n费");
	}

	@Test
	void theSummaryListsRedFirstWithTotals() throws Exception {
		fill();
		List<MonitoringLine> lines = monitoring.lines(FINANCE, round.id());
		byte[] bytes = download("/monitoring/rounds/" + round.id() + "/export.xlsx",
				user(users.loadUserByUsername("finance")));
		try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
			Sheet sheet = workbook.getSheetAt(0);
			assertThat(texts(sheet.getRow(2))).containsExactly(MonitoringExports.SUMMARY_HEADINGS);
			var lights = new ArrayList<ProgressLight>();
			BigDecimal budget = BigDecimal.ZERO;
			BigDecimal executed = BigDecimal.ZERO;
			for (int i = 0; i < lines.size(); i++) {
				Row row = sheet.getRow(3 + i);
				MonitoringLine l = lines.get(i);
				assertThat(row.getCell(2).getStringCellValue()).isEqualTo(l.label());
				String light = row.getCell(0).getStringCellValue();
				lights.add(java.util.Arrays.stream(ProgressLight.values())
					.filter(p -> p.label().equals(light))
					.findFirst()
					.orElse(null));
				budget = budget.add(BigDecimal.valueOf(row.getCell(4).getNumericCellValue()));
				executed = executed.add(BigDecimal.valueOf(row.getCell(5).getNumericCellValue()));
				if (l.targetId() == line.targetId()) {
					assertThat(row.getCell(3).getStringCellValue()).isEqualTo(report.status().label());
					assertThat(row.getCell(1).getStringCellValue()).isEqualTo(line.unitName());
					assertThat(row.getCell(11).getStringCellValue()).isEqualTo(report.worstLikelihood().label());
				}
			}
			assertThat(lights.get(0)).isEqualTo(ProgressLight.RED);
			assertThat(lights).isSortedAccordingTo(java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()));
			Row total = sheet.getRow(3 + lines.size());
			assertThat(total.getCell(0).getStringCellValue()).isEqualTo("合计（" + lines.size() + " 个项目）");
			BigDecimal expectedBudget = lines.stream()
				.map(l -> wan(l.figures().fullYearBudget().total()))
				.reduce(BigDecimal.ZERO, BigDecimal::add);
			assertThat(total.getCell(4).getNumericCellValue()).isCloseTo(expectedBudget.doubleValue(),
					org.assertj.core.data.Offset.offset(0.000001));
			assertThat(total.getCell(4).getNumericCellValue()).isCloseTo(budget.doubleValue(),
					org.assertj.core.data.Offset.offset(0.000001));
			assertThat(total.getCell(5).getNumericCellValue()).isCloseTo(executed.doubleValue(),
					org.assertj.core.data.Offset.offset(0.000001));
			// the rate of the total comes from the sums, not from adding the rates
			assertThat(total.getCell(6).getNumericCellValue()).isCloseTo(
					executed.divide(budget, 4, RoundingMode.HALF_UP).doubleValue(),
					org.assertj.core.data.Offset.offset(0.00005));
		}
		String page = mvc
			.perform(get("/monitoring/rounds/" + round.id()).with(user(users.loadUserByUsername("finance"))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("id=\"export-summary\"", "/monitoring/rounds/" + round.id() + "/export.xlsx",
				"id=\"print-page\"", "/js/print.js");
	}

	@Test
	void theReportPageShowsThePlannedAndExecutedChartWithItsTable() throws Exception {
		fill();
		String html = mvc.perform(get(path()).with(filler))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("id=\"progress-chart\"", "id=\"progress-table\"", "echarts.min.js", "累计计划支出", "累计执行数",
				"id=\"export-xlsx\"", "id=\"export-docx\"", path() + "/export.xlsx", path() + "/export.docx",
				"id=\"export-pdf\"", path() + "/export.pdf", "下载监控表（PDF）", "data-print", "/js/print.js");
		PerformanceTarget target = targets.find(FINANCE, line.targetId());
		ProjectExecution pe = execution.find(FINANCE, target.projectId(), FiscalYear.of(round.fiscalYear()));
		SpendingPlan plan = target.content().spendingPlan();
		assertThat(plan).isNotNull();
		BigDecimal budget = pe.fullYearBudget().total().toWanExact();
		for (int m = 1; m <= 12; m++) {
			int start = html.indexOf("id=\"progress-" + m + "\"");
			assertThat(start).as("row of month %d", m).isPositive();
			String row = html.substring(start, html.indexOf("</tr>", start));
			String planned = budget.multiply(ExpectedProgress.byPlan(plan, m))
				.setScale(2, RoundingMode.HALF_UP)
				.toPlainString();
			String executed = m <= round.cutOffMonth()
					? pe.executedTo(m).total().toWanExact().setScale(2, RoundingMode.HALF_UP).toPlainString() : "—";
			assertThat(row).contains(">" + m + " 月<", ">" + planned + "<", ">" + executed + "<");
		}
		// December's planned point is the whole budget when the plan reaches 100%
		if (plan.december().compareTo(BigDecimal.valueOf(100)) == 0) {
			assertThat(html).contains(">" + budget.setScale(2, RoundingMode.HALF_UP).toPlainString() + "<");
		}
	}

	@Test
	void theSummarysTotalCountsEveryProjectOnceAndNotTheDepartmentLineThatSumsThem() throws Exception {
		// the departments' targets of the year approved (rolled back with the test), so
		// the round has their lines,
		// each the sum of its department's projects
		jdbc.sql(
				"update target_performance_target set status = 'APPROVED' where kind = 'DEPARTMENT' and is_current = true")
			.update();
		fill();
		var overview = monitoring.overview(FINANCE, round.id());
		assertThat(overview.lines()).anySatisfy(l -> assertThat(l.department()).isTrue());
		java.math.BigDecimal projects = overview.lines()
			.stream()
			.filter(l -> !l.department())
			.map(l -> l.figures().fullYearBudget().total().toWan(2))
			.reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add);
		var finance = user(users.loadUserByUsername("finance"));
		try (var workbook = new XSSFWorkbook(
				new ByteArrayInputStream(download("/monitoring/rounds/" + round.id() + "/export.xlsx", finance)))) {
			Sheet sheet = workbook.getSheetAt(0);
			Row total = sheet.getRow(sheet.getLastRowNum());
			assertThat(total.getCell(0).getStringCellValue())
				.isEqualTo("合计（" + overview.lines().stream().filter(l -> !l.department()).count() + " 个项目）");
			assertThat(java.math.BigDecimal.valueOf(total.getCell(4).getNumericCellValue())
				.setScale(2, java.math.RoundingMode.HALF_UP)).isEqualByComparingTo(projects);
			// both money columns: the sum of the project lines as the file has them, the
			// department lines left out
			for (int c = 4; c <= 5; c++) {
				double sum = 0;
				for (int i = 0; i < overview.lines().size(); i++) {
					if (!overview.lines().get(i).department()) {
						sum += sheet.getRow(3 + i).getCell(c).getNumericCellValue();
					}
				}
				assertThat(total.getCell(c).getNumericCellValue()).as("合计 column %d", c)
					.isCloseTo(sum, org.assertj.core.api.Assertions.within(1e-6));
			}
		}
	}

	/**
	 * The 监控表 prints whole on every page: see {@link org.perfdesk.document.PrintChecks}.
	 */
	@Test
	void theReportFormPrintsItsHeaderOnEveryPage() throws Exception {
		fill();
		org.perfdesk.document.PrintChecks.assertPrintable(download(path() + "/export.xlsx", filler),
				download(path() + "/export.docx", filler), "绩效指标", 3);
	}

	/** 年度资金总额 of the 监控表 is 财政拨款 plus 其他资金, in 全年预算数 and in 执行数. */
	@Test
	void theReportFormsFundsTotalIsTheSumOfItsSources() throws Exception {
		fill();
		try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(download(path() + "/export.xlsx", filler)))) {
			Sheet sheet = workbook.getSheetAt(0);
			Row total = find(sheet, 2, "年度资金总额");
			for (int c = 4; c <= 5; c++) {
				double parts = sheet.getRow(total.getRowNum() + 1).getCell(c).getNumericCellValue()
						+ sheet.getRow(total.getRowNum() + 2).getCell(c).getNumericCellValue();
				assertThat(total.getCell(c).getNumericCellValue()).as("column %d", c)
					.isCloseTo(parts, org.assertj.core.api.Assertions.within(1e-6));
			}
		}
	}

	/**
	 * The round's summary as PDF: the same lines and 合计 as the .xlsx, headings on every
	 * page.
	 */
	@Test
	void theRoundSummaryDownloadsAsPdf() throws Exception {
		fill();
		var finance = user(users.loadUserByUsername("finance"));
		byte[] xlsx = download("/monitoring/rounds/" + round.id() + "/export.xlsx", finance);
		var pdf = org.perfdesk.document.PdfPages
			.read(download("/monitoring/rounds/" + round.id() + "/export.pdf", finance), "monitoring-summary");
		try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getRepeatingRows().formatAsString()).isEqualTo("3:3");
			var formatter = new org.apache.poi.ss.usermodel.DataFormatter(java.util.Locale.CHINA);
			Row total = sheet.getRow(sheet.getLastRowNum());
			assertThat(pdf.flat(1)).contains(org.perfdesk.document.PdfPages.flat("绩效运行监控预警清单", "预警", "单位", "项目"));
			assertThat(pdf.flat(pdf.count()))
				.contains(org.perfdesk.document.PdfPages.flat(total.getCell(0).getStringCellValue(),
						formatter.formatCellValue(total.getCell(4)), formatter.formatCellValue(total.getCell(5))));
		}
		String page = mvc.perform(get("/monitoring/rounds/" + round.id()).with(finance))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("/monitoring/rounds/" + round.id() + "/export.pdf", "data-print");
	}

	@Test
	void aFillerOfAnotherUnitGetsNotFound() throws Exception {
		fill();
		var palace = user(users.loadUserByUsername("palace"));
		mvc.perform(get(path() + "/export.xlsx").with(palace)).andExpect(status().isNotFound());
		mvc.perform(get(path() + "/export.docx").with(palace)).andExpect(status().isNotFound());
		mvc.perform(get(path() + "/export.pdf").with(palace)).andExpect(status().isNotFound());
		mvc.perform(get(path()).with(palace)).andExpect(status().isNotFound());
		// the filler's own summary holds only the filler's unit
		try (var workbook = new XSSFWorkbook(
				new ByteArrayInputStream(download("/monitoring/rounds/" + round.id() + "/export.xlsx", filler)))) {
			Sheet sheet = workbook.getSheetAt(0);
			for (int r = 3; r <= sheet.getLastRowNum() - 1; r++) {
				assertThat(sheet.getRow(r).getCell(1).getStringCellValue()).isEqualTo(line.unitName());
			}
		}
	}

	static Row find(Sheet sheet, int column, String text) {
		for (Row row : sheet) {
			Cell cell = row.getCell(column);
			if (cell != null && cell.getCellType() == CellType.STRING && text.equals(cell.getStringCellValue())) {
				return row;
			}
		}
		throw new AssertionError("no row with " + text + " in column " + column);
	}

	static List<String> texts(Row row) {
		var list = new ArrayList<String>();
		for (int c = 0; c < row.getLastCellNum(); c++) {
			Cell cell = row.getCell(c);
			list.add(cell == null || cell.getCellType() != CellType.STRING ? "" : cell.getStringCellValue());
		}
		return list;
	}

	static XWPFTableRow row(XWPFTable table, String text) {
		return table.getRows()
			.stream()
			.filter(r -> cells(r).contains(text))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no table row with " + text));
	}

	static List<String> cells(XWPFTableRow row) {
		return row.getTableCells().stream().map(XWPFTableCell::getText).collect(Collectors.toList());
	}

}
