package org.perfdesk.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.perfdesk.evaluation.EvaluationFixtures.FINANCE;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.perfdesk.document.PdfPages.flat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.perfdesk.IntegrationTest;
import org.perfdesk.document.PdfPages;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/** The 项目支出绩效自评表 downloaded as .xlsx and .docx and read back with POI. */
@IntegrationTest
@Transactional
class SelfEvaluationExportTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SelfEvaluationManagement evaluations;

	SelfEvaluation saved(EvaluationFixtures f) {
		SelfEvaluation e = f.opened();
		int row = EvaluationFixtures.firstAtLeast(e);
		List<EvaluationInput.Row> rows = new ArrayList<>(EvaluationFixtures.fullMarks(e));
		rows.set(row, EvaluationFixtures.with(EvaluationFixtures.scaled(e, row, "0.75"), null, null, null,
				"部分活动因场地改造顺延；已调整下年度活动安排"));
		return evaluations.save(f.filler(), e.id(), e.version(), EvaluationFixtures.input(rows));
	}

	static List<String> texts(Sheet sheet) {
		var all = new ArrayList<String>();
		for (Row row : sheet) {
			for (Cell cell : row) {
				all.add(cell.getCellType() == CellType.NUMERIC
						? BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString()
						: cell.getStringCellValue());
			}
		}
		return all;
	}

	/**
	 * The 自评表 prints whole on every page: see {@link org.perfdesk.document.PrintChecks}.
	 */
	@Test
	void theFormPrintsItsHeaderOnEveryPage() throws Exception {
		var f = new EvaluationFixtures(jdbc, evaluations);
		SelfEvaluation e = saved(f);
		var filler = user(users.loadUserByUsername("filler"));
		byte[] xlsx = mvc.perform(get("/evaluations/" + e.id() + "/export.xlsx").with(filler))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		byte[] docx = mvc.perform(get("/evaluations/" + e.id() + "/export.docx").with(filler))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		org.perfdesk.document.PrintChecks.assertPrintable(xlsx, docx, "一级指标", 1);
	}

	/**
	 * 总分 is the 预算执行 row's 分值 and 得分 plus those of every indicator, and 年度资金总额 the sum of
	 * its three sources, in every money column: read back from the .xlsx.
	 */
	@Test
	void everyTotalOfTheWorkbookIsTheSumOfItsRows() throws Exception {
		var f = new EvaluationFixtures(jdbc, evaluations);
		SelfEvaluation e = saved(f);
		byte[] bytes = mvc
			.perform(get("/evaluations/" + e.id() + "/export.xlsx").with(user(users.loadUserByUsername("filler"))))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
			Sheet s = workbook.getSheetAt(0);
			int funds = -1;
			int head = -1;
			int total = -1;
			for (Row row : s) {
				Cell c1 = row.getCell(1);
				Cell c0 = row.getCell(0);
				if (c1 != null && c1.getCellType() == CellType.STRING && "年度资金总额".equals(c1.getStringCellValue())) {
					funds = row.getRowNum();
				}
				if (c0 != null && c0.getCellType() == CellType.STRING && "一级指标".equals(c0.getStringCellValue())) {
					head = row.getRowNum();
				}
				if (c0 != null && c0.getCellType() == CellType.STRING && "总分".equals(c0.getStringCellValue())) {
					total = row.getRowNum();
				}
			}
			for (int c = 2; c <= 4; c++) {
				double parts = 0;
				for (int r = funds + 1; r <= funds + 3; r++) {
					parts += s.getRow(r).getCell(c).getNumericCellValue();
				}
				assertThat(s.getRow(funds).getCell(c).getNumericCellValue()).as("年度资金总额 column %d", c)
					.isCloseTo(parts, org.assertj.core.api.Assertions.within(1e-6));
			}
			double weights = s.getRow(funds).getCell(5).getNumericCellValue();
			double scores = s.getRow(funds).getCell(7).getNumericCellValue();
			for (int r = head + 1; r < total; r++) {
				weights += s.getRow(r).getCell(5).getNumericCellValue();
				Cell score = s.getRow(r).getCell(6);
				scores += score.getCellType() == CellType.NUMERIC ? score.getNumericCellValue() : 0;
			}
			assertThat(s.getRow(total).getCell(5).getNumericCellValue()).isCloseTo(weights,
					org.assertj.core.api.Assertions.within(1e-6));
			assertThat(s.getRow(total).getCell(6).getNumericCellValue()).isCloseTo(scores,
					org.assertj.core.api.Assertions.within(1e-6));
		}
	}

	@Test
	void theWorkbookHasTheHeaderTheFundsEveryIndicatorTheTotalAndTheGrade() throws Exception {
		var f = new EvaluationFixtures(jdbc, evaluations);
		SelfEvaluation e = saved(f);
		EvaluationSheet sheet = evaluations.sheet(FINANCE, e.id());
		byte[] bytes = mvc
			.perform(get("/evaluations/" + e.id() + "/export.xlsx").with(user(users.loadUserByUsername("filler"))))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString(".xlsx")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
			Sheet s = workbook.getSheetAt(0);
			List<String> cells = texts(s);
			assertThat(s.getRow(0).getCell(0).getStringCellValue()).isEqualTo(e.fiscalYear() + "年度项目支出绩效自评表");
			assertThat(cells).contains("项目名称", sheet.projectName(), "主管部门", sheet.departmentName(), "实施单位",
					"项目资金\n（万元）", "年初预算数", "全年预算数", "全年执行数", "执行率", "年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金", "预期目标",
					"实际完成情况", e.objective(), e.completionText(), "一级指标", "偏差原因分析及改进措施", "总分",
					"等级：" + e.grade().label());
			for (EvaluatedIndicator r : e.indicators()) {
				assertThat(cells).contains(r.name(), r.targetValue(), r.category().label(), r.subcategory().label());
			}
			assertThat(cells).contains(e.executed().total().toWanExact().stripTrailingZeros().toPlainString(),
					e.total().stripTrailingZeros().toPlainString(),
					e.executionScore().stripTrailingZeros().toPlainString());
			assertThat(cells).anyMatch(c -> c.contains("部分活动因场地改造顺延"));
			// 分值 of the 总分 row: 100
			assertThat(cells).contains("100");
			// scores are printed with two decimals, as on the paper form (9.60, not 9.6)
			Cell total = java.util.stream.StreamSupport.stream(s.spliterator(), false)
				.filter(row -> row.getCell(0) != null && "总分".equals(row.getCell(0).getStringCellValue()))
				.findFirst()
				.orElseThrow()
				.getCell(6);
			assertThat(total.getNumericCellValue()).isEqualTo(e.total().doubleValue());
			assertThat(total.getCellStyle().getDataFormatString()).isEqualTo("0.00");
			// one page wide and as many tall as it needs (squeezed to one page a long
			// form
			// would be unreadable), landscape
			assertThat(s.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
			assertThat(s.getPrintSetup().getFitHeight()).isEqualTo((short) 0);
			assertThat(s.getPrintSetup().getLandscape()).isTrue();
		}
	}

	@Test
	void thePdfShowsTheSameCellsOnALandscapePage() throws Exception {
		var f = new EvaluationFixtures(jdbc, evaluations);
		SelfEvaluation e = saved(f);
		EvaluationSheet sheet = evaluations.sheet(FINANCE, e.id());
		var response = mvc
			.perform(get("/evaluations/" + e.id() + "/export.pdf").with(user(users.loadUserByUsername("filler"))))
			.andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.APPLICATION_PDF))
			.andExpect(
					header().string("Content-Disposition", org.hamcrest.Matchers.containsString("filename*=UTF-8''")))
			.andReturn()
			.getResponse();
		assertThat(ContentDisposition.parse(response.getHeader("Content-Disposition")).getFilename())
			.isEqualTo(SelfEvaluationExports.fileName(sheet) + ".pdf");
		PdfPages pdf = PdfPages.read(response.getContentAsByteArray(), "project-self-evaluation");
		assertThat(pdf.landscape()).isTrue();
		// scores with two decimals, as in the workbook's 0.00 format and the .docx
		assertThat(pdf.flat(1)).contains(flat(e.fiscalYear() + "年度项目支出绩效自评表", sheet.unitName(), "单位：万元", "项目名称",
				sheet.projectName(), "主管部门", sheet.departmentName(), "项目资金（万元）", "年度资金总额",
				String.format("%,.2f", e.executed().total().toWanExact()),
				e.executionScore().setScale(2, java.math.RoundingMode.HALF_UP).toPlainString(), "偏差原因分析及改进措施",
				"第 1 页 共 " + pdf.count() + " 页"));
		for (EvaluatedIndicator r : e.indicators()) {
			assertThat(pdf.flat()).contains(flat(r.name(), r.targetValue()));
		}
		assertThat(pdf.flat())
			.contains(flat("部分活动因场地改造顺延", "总分", e.total().setScale(2, java.math.RoundingMode.HALF_UP).toPlainString(),
					"等级：" + e.grade().label(), "状态：" + e.status().label()));
		// one sheet of paper, as the .xlsx is scaled and the .docx is set
		assertThat(pdf.count()).isEqualTo(1);
		String page = mvc.perform(get("/evaluations/" + e.id()).with(user(users.loadUserByUsername("filler"))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("id=\"export-pdf\"", "/evaluations/" + e.id() + "/export.pdf", "下载自评表（PDF）",
				"data-print", "/js/print.js");
		// outside the scope: the same refusal as for the .docx
		for (String format : new String[] { "docx", "pdf" }) {
			mvc.perform(
					get("/evaluations/" + e.id() + "/export." + format).with(user(users.loadUserByUsername("palace"))))
				.andExpect(status().isNotFound());
		}
	}

	@Test
	void theDocumentHasTheSameCells() throws Exception {
		var f = new EvaluationFixtures(jdbc, evaluations);
		SelfEvaluation e = saved(f);
		byte[] bytes = mvc
			.perform(get("/evaluations/" + e.id() + "/export.docx").with(user(users.loadUserByUsername("reviewer"))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (var document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
			XWPFTable table = org.perfdesk.document.DocxTables.joined(document);
			String text = table.getText();
			// scores print with two decimals, as in the workbook's 0.00 format
			assertThat(text).contains("项目资金", "（万元）", "年度资金总额", "偏差原因分析及改进措施", "等级：" + e.grade().label(),
					e.total().setScale(2, java.math.RoundingMode.HALF_UP).toPlainString(),
					e.executionScore().setScale(2, java.math.RoundingMode.HALF_UP).toPlainString());
			for (EvaluatedIndicator r : e.indicators()) {
				assertThat(text).contains(r.name());
			}
			assertThat(document.getParagraphs().get(0).getText()).isEqualTo(e.fiscalYear() + "年度项目支出绩效自评表");
			// landscape A4, and no row split by a page break
			var size = document.getDocument().getBody().getSectPr().getPgSz();
			assertThat(size.getOrient())
				.isEqualTo(org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation.LANDSCAPE);
			assertThat(((java.math.BigInteger) size.getW()).intValue())
				.isGreaterThan(((java.math.BigInteger) size.getH()).intValue());
			assertThat(table.getRows()).allMatch(org.apache.poi.xwpf.usermodel.XWPFTableRow::isCantSplitRow);
		}
		mvc.perform(get("/evaluations/" + e.id() + "/export.docx").with(user(users.loadUserByUsername("palace"))))
			.andExpect(status().isNotFound());
	}

}
