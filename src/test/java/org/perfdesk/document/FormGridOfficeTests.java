package org.perfdesk.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The print settings of a long {@link FormGrid} in its .docx and .xlsx, read back with
 * POI: header rows that repeat on every page, rows that never split, the sheet one page
 * wide with print titles, the signature lines under the table, and no column narrower
 * than {@link FormGrid#MIN_WIDTH}.
 */
class FormGridOfficeTests {

	static final FormGrid GRID = FormGridPdfTests.monitoringLike(60);

	@Test
	void theDocxRepeatsTheIndicatorHeaderAndKeepsRowsWhole() throws IOException {
		try (var document = new XWPFDocument(new ByteArrayInputStream(GRID.docx()))) {
			// the upper part, then the indicators with their header in a table of their
			// own: Word repeats only a table's first rows
			List<XWPFTable> tables = document.getTables();
			assertThat(tables).hasSize(2);
			XWPFTable indicators = tables.get(1);
			assertThat(indicators.getRow(0).getCell(0).getText()).isEqualTo("绩效指标");
			for (int r = 0; r < indicators.getNumberOfRows(); r++) {
				XWPFTableRow row = indicators.getRow(r);
				assertThat(row.isRepeatHeader()).as("row %d repeats", r).isEqualTo(r < 3);
				assertThat(row.isCantSplitRow()).as("row %d whole", r).isTrue();
			}
			assertThat(tables.get(0).getRows()).allMatch(XWPFTableRow::isCantSplitRow);
			List<String> paragraphs = document.getParagraphs().stream().map(XWPFParagraph::getText).toList();
			assertThat(String.join("\n", paragraphs)).contains("填报人：", "联系电话：", "审核人：", "单位（盖章）：", "日期：");
		}
	}

	@Test
	void theSheetPrintsOnePageWideWithPrintTitles() throws IOException {
		try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(GRID.xlsx()))) {
			XSSFSheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getFitToPage()).isTrue();
			assertThat(sheet.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
			assertThat(sheet.getPrintSetup().getFitHeight()).isEqualTo((short) 0);
			assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
			// rows 4 to 6 of the grid under the title and the unit line: sheet rows 7 to
			// 9
			assertThat(sheet.getRepeatingRows().formatAsString()).isEqualTo("7:9");
			assertThat(sheet.getRow(6).getCell(0).getStringCellValue()).isEqualTo("绩效指标");
			StringBuilder below = new StringBuilder();
			for (int r = sheet.getLastRowNum() - 1; r <= sheet.getLastRowNum(); r++) {
				below.append(sheet.getRow(r).getCell(0).getStringCellValue()).append('\n');
			}
			assertThat(below.toString()).contains("填报人：", "联系电话：", "审核人：", "单位（盖章）：", "日期：");
			for (int c = 0; c < GRID.columns(); c++) {
				assertThat(sheet.getColumnWidth(c)).isGreaterThanOrEqualTo(FormGrid.MIN_WIDTH * 256);
			}
		}
	}

	@Test
	void signaturesCanBeLeftOut() throws IOException {
		FormGrid grid = FormGridPdfTests.monitoringLike(10);
		grid.signatures(false);
		assertThat(grid.xhtml()).doesNotContain("填报人");
		try (var document = new XWPFDocument(new ByteArrayInputStream(grid.docx()))) {
			assertThat(document.getParagraphs()).noneMatch(p -> p.getText().contains("填报人"));
		}
	}

}
