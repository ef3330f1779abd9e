package org.perfdesk.targets;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.perfdesk.document.DocxTables;
import org.perfdesk.document.Totals;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every 合计 of the target forms equals the sum of the rows it totals, read back from the
 * generated .xlsx and .docx: the 分值 of the indicators, the 金额合计 of the key tasks (总额,
 * 财政拨款, 其他资金), and each task's 总额 the sum of its two sources.
 */
class TargetFormTotalsTests {

	final TargetForms forms = new TargetForms();

	@Test
	void theProjectFormsIndicatorTotal() throws IOException {
		TargetContent content = TargetFormsTests.projectContent();
		try (var workbook = new XSSFWorkbook(
				new ByteArrayInputStream(forms.projectWorkbook(TargetFormsTests.projectHeader(), content)))) {
			Sheet sheet = workbook.getSheetAt(0);
			List<Integer> totals = Totals.rows(sheet, "合计");
			assertThat(totals).hasSize(1);
			Totals.assertColumnTotal(sheet, totals.get(0), 5);
		}
		try (var document = new XWPFDocument(
				new ByteArrayInputStream(forms.projectDocument(TargetFormsTests.projectHeader(), content)))) {
			XWPFTable table = DocxTables.joined(document);
			List<Integer> totals = Totals.rows(table, "合计");
			assertThat(totals).hasSize(1);
			Totals.assertColumnTotal(table, totals.get(0), 5);
		}
	}

	@Test
	void theDepartmentFormsTaskAndIndicatorTotals() throws IOException {
		TargetContent base = TargetFormsTests.departmentContent();
		// the department's tasks with the project's weighted indicators, so that both
		// totals print
		TargetContent content = new TargetContent(TargetKind.DEPARTMENT, base.scheme(), base.mediumTermObjective(),
				base.annualObjective(), null, null, null, base.duties(), base.tasks(), base.workFocus(),
				base.safeguards(), TargetFormsTests.projectContent().indicators());
		TargetHeader header = TargetFormsTests.departmentHeader();
		try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(forms.departmentWorkbook(header, content)))) {
			Sheet sheet = workbook.getSheetAt(0);
			int sum = Totals.rows(sheet, "金额合计").get(0);
			for (int c = 5; c <= 7; c++) {
				Totals.assertColumnTotal(sheet, sum, c);
			}
			Totals.assertRowTotal(sheet, sum, 5, 6, 7);
			int head = Totals.rows(sheet, "任务名称").get(0);
			for (int r = head + 2; r < sum; r++) {
				if (sheet.getRow(r).getCell(5).getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC) {
					Totals.assertRowTotal(sheet, r, 5, 6, 7);
				}
			}
			Totals.assertColumnTotal(sheet, Totals.rows(sheet, "合计").get(0), 5);
		}
		try (var document = new XWPFDocument(new ByteArrayInputStream(forms.departmentDocument(header, content)))) {
			XWPFTable tasks = document.getTables().get(0);
			int sum = Totals.rows(tasks, "金额合计").get(0);
			for (int c = 5; c <= 7; c++) {
				Totals.assertColumnTotal(tasks, sum, c);
			}
			XWPFTable indicators = document.getTables().get(1);
			Totals.assertColumnTotal(indicators, Totals.rows(indicators, "合计").get(0), 5);
		}
	}

}
