package org.perfdesk.document;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Checks, for the export tests of every module, that a 合计 of a generated file equals the
 * sum of the rows it totals, read back from the file: in an .xlsx the cells' values, in a
 * .docx the printed text. The rows a total sums are those above it up to the first bold
 * cell in its column (the column heading, or a total above): merged money cells count
 * once (their first row), text such as "—" or "无法计分" counts as nothing.
 */
public final class Totals {

	private Totals() {
	}

	/** The indices of the rows whose first cell's text starts with {@code label}. */
	public static List<Integer> rows(Sheet sheet, String label) {
		List<Integer> rows = new ArrayList<>();
		for (Row row : sheet) {
			Cell first = row.getCell(0);
			if (first != null && first.getCellType() == CellType.STRING
					&& first.getStringCellValue().startsWith(label)) {
				rows.add(row.getRowNum());
			}
		}
		return rows;
	}

	/**
	 * The total in column {@code column} of row {@code total} against the rows above it.
	 */
	public static void assertColumnTotal(Sheet sheet, int total, int column) {
		double sum = 0;
		int counted = 0;
		for (int r = total - 1; r >= 0; r--) {
			Row row = sheet.getRow(r);
			Cell cell = row == null ? null : row.getCell(column);
			if (cell == null) {
				continue;
			}
			if (bold(sheet, cell)) {
				break;
			}
			if (cell.getCellType() == CellType.NUMERIC) {
				sum += cell.getNumericCellValue();
				counted++;
			}
		}
		Cell cell = sheet.getRow(total).getCell(column);
		assertThat(cell.getCellType()).as("row %d column %d is a number", total, column).isEqualTo(CellType.NUMERIC);
		assertThat(counted).as("rows summed into row %d column %d", total, column).isPositive();
		assertThat(cell.getNumericCellValue()).as("合计 in row %d column %d", total, column).isCloseTo(sum, within(1e-6));
	}

	/** A value in row {@code row} that is the sum of the same row's {@code parts}. */
	public static void assertRowTotal(Sheet sheet, int row, int total, int... parts) {
		double sum = 0;
		for (int part : parts) {
			sum += sheet.getRow(row).getCell(part).getNumericCellValue();
		}
		assertThat(sheet.getRow(row).getCell(total).getNumericCellValue()).as("row %d column %d", row, total)
			.isCloseTo(sum, within(1e-6));
	}

	private static boolean bold(Sheet sheet, Cell cell) {
		return sheet.getWorkbook().getFontAt(cell.getCellStyle().getFontIndex()).getBold();
	}

	// ---------------------------------------------------------------- .docx

	/**
	 * The indices of the table's rows whose first cell's text starts with {@code label}.
	 */
	public static List<Integer> rows(XWPFTable table, String label) {
		List<Integer> rows = new ArrayList<>();
		for (int r = 0; r < table.getNumberOfRows(); r++) {
			if (!table.getRow(r).getTableCells().isEmpty()
					&& table.getRow(r).getCell(0).getText().strip().startsWith(label)) {
				rows.add(r);
			}
		}
		return rows;
	}

	/**
	 * The total printed in grid column {@code column} of row {@code total} (cells
	 * spanning columns counted by their w:gridSpan) against the printed figures above it.
	 */
	public static void assertColumnTotal(XWPFTable table, int total, int column) {
		BigDecimal sum = BigDecimal.ZERO;
		int counted = 0;
		for (int r = total - 1; r >= 0; r--) {
			XWPFTableCell cell = at(table.getRow(r), column);
			if (cell == null) {
				continue;
			}
			if (bold(cell)) {
				break;
			}
			BigDecimal value = number(cell.getText());
			if (value != null) {
				sum = sum.add(value);
				counted++;
			}
		}
		BigDecimal printed = number(at(table.getRow(total), column).getText());
		assertThat(printed).as("row %d column %d is a figure", total, column).isNotNull();
		assertThat(counted).as("rows summed into row %d column %d", total, column).isPositive();
		assertThat(printed).as("合计 in row %d column %d", total, column).isEqualByComparingTo(sum);
	}

	/** The cell covering grid column {@code column} of the row. */
	public static XWPFTableCell at(XWPFTableRow row, int column) {
		int c = 0;
		for (XWPFTableCell cell : row.getTableCells()) {
			int span = cell.getCTTc().getTcPr() != null && cell.getCTTc().getTcPr().getGridSpan() != null
					? cell.getCTTc().getTcPr().getGridSpan().getVal().intValue() : 1;
			if (column < c + span) {
				return column == c ? cell : null;
			}
			c += span;
		}
		return null;
	}

	private static boolean bold(XWPFTableCell cell) {
		return cell.getParagraphs()
			.stream()
			.flatMap(p -> p.getRuns().stream())
			.anyMatch(run -> run.isBold() && !run.text().isEmpty());
	}

	/** "1,234.50" or "96.00%" as a number; null for text and empty cells. */
	static BigDecimal number(String text) {
		String t = text.strip().replace(",", "");
		if (t.endsWith("%")) {
			t = t.substring(0, t.length() - 1);
		}
		try {
			return t.isEmpty() ? null : new BigDecimal(t);
		}
		catch (NumberFormatException e) {
			return null;
		}
	}

}
