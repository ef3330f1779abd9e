package org.perfdesk.execution;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.function.Consumer;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What {@link ExecutionSheet} reads from a cell on its own: formulas, huge and odd
 * numbers.
 */
class ExecutionSheetTests {

	/**
	 * A workbook of the template's header and one row for project P-1, month 3;
	 * {@code amount} fills 当年财政拨款.
	 */
	private static byte[] workbook(Consumer<XSSFCell> amount, boolean calculate) throws IOException {
		try (var wb = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
			var sheet = wb.createSheet("执行数");
			Row header = sheet.createRow(0);
			for (int c = 0; c < ExecutionSheet.HEADERS.length; c++) {
				header.createCell(c).setCellValue(ExecutionSheet.HEADERS[c]);
			}
			Row row = sheet.createRow(1);
			row.createCell(0).setCellValue("P-1");
			row.createCell(1).setCellValue(3);
			row.createCell(5).setCellValue(2.5);
			amount.accept((XSSFCell) row.createCell(2));
			if (calculate) {
				wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
			}
			wb.write(out);
			return out.toByteArray();
		}
	}

	@Test
	void aFormulaWithoutItsResultIsAProblemNotZero() throws IOException {
		// what a program that writes formulas but does not calculate them leaves in the
		// file
		ExecutionSheet.Parsed parsed = ExecutionSheet.read(workbook(cell -> {
			cell.setCellFormula("F2*2");
			if (cell.getCTCell().isSetV()) {
				cell.getCTCell().unsetV();
			}
		}, false));
		assertThat(parsed.fileError()).isNull();
		assertThat(parsed.rows()).isEmpty();
		assertThat(parsed.problems()).singleElement().satisfies(p -> {
			assertThat(p.rowNumber()).isEqualTo(2);
			assertThat(p.reason()).isEqualTo("公式单元格没有计算结果，请在 Excel 中重新计算并保存后再导入");
		});
	}

	@Test
	void aCalculatedFormulaIsReadByItsResult() throws IOException {
		ExecutionSheet.Parsed parsed = ExecutionSheet.read(workbook(cell -> cell.setCellFormula("F2*2"), true));
		assertThat(parsed.problems()).isEmpty();
		assertThat(parsed.rows()).singleElement()
			.satisfies(r -> assertThat(r.fiscalAppropriation()).isEqualByComparingTo(new BigDecimal("50000")));
	}

	@Test
	void hugeAndOddNumbersAreProblemsOfTheirRow() throws IOException {
		assertThat(ExecutionSheet.read(workbook(cell -> cell.setCellValue(1e300), false)).problems()).singleElement()
			.satisfies(p -> assertThat(p.reason()).contains("过长"));
		assertThat(ExecutionSheet.read(workbook(cell -> cell.setCellValue("1E+1000000"), false)).problems())
			.singleElement()
			.satisfies(p -> assertThat(p.reason()).contains("须为数字（单位：万元）"));
		assertThat(ExecutionSheet.read(workbook(cell -> cell.setCellValue("99999999999999.999"), false)).problems())
			.singleElement()
			.satisfies(p -> assertThat(p.reason()).contains("整数部分最多 9 位"));
		assertThat(ExecutionSheet.read(workbook(cell -> cell.setCellValue("1" + "0".repeat(30_000)), false)).problems())
			.singleElement()
			.satisfies(p -> assertThat(p.reason()).contains("过长"));
	}

}
