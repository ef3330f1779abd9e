package org.perfdesk.importing.reading;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * An .xlsx or .xls, every sheet in turn, each cell as Excel displays it (96.36%, not
 * 0.9636), so precision is what the sheet prints. A merged region keeps its text in its
 * first cell, like a .docx.
 */
final class SheetFormat {

	private static final int MAX_COLUMNS = 60;

	private SheetFormat() {
	}

	static Source read(byte[] bytes, int maxLines) throws IOException {
		List<Line> lines = new ArrayList<>();
		List<String> problems = new ArrayList<>();
		DataFormatter formatter = new DataFormatter(java.util.Locale.CHINA);
		try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
			for (Sheet sheet : workbook) {
				for (Row row : sheet) {
					if (lines.size() >= maxLines) {
						problems.add("表格超过 " + maxLines + " 行，只读取了前 " + maxLines + " 行");
						return new Source("xlsx", lines, problems);
					}
					List<String> cells = new ArrayList<>();
					int last = Math.min(row.getLastCellNum(), MAX_COLUMNS);
					for (int c = 0; c < last; c++) {
						Cell cell = row.getCell(c);
						cells.add(cell == null ? "" : Normaliser.normalise(text(formatter, cell)));
					}
					while (!cells.isEmpty() && cells.get(cells.size() - 1).isEmpty()) {
						cells.remove(cells.size() - 1);
					}
					if (cells.isEmpty()) {
						continue;
					}
					long filled = cells.stream().filter(s -> !s.isEmpty()).count();
					lines.add(filled == 1 && !cells.get(0).isEmpty() ? Line.paragraph(cells.get(0))
							: new Line(cells, true));
				}
			}
		}
		return new Source("xlsx", lines, problems);
	}

	private static String text(DataFormatter formatter, Cell cell) {
		try {
			if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.FORMULA) {
				// as Excel last showed it: the cached result in the cell's number format,
				// not
				// the formula's text
				return switch (cell.getCachedFormulaResultType()) {
					case NUMERIC -> formatter.formatRawCellContents(cell.getNumericCellValue(),
							cell.getCellStyle().getDataFormat(), cell.getCellStyle().getDataFormatString());
					case STRING -> cell.getStringCellValue();
					default -> "";
				};
			}
			return formatter.formatCellValue(cell);
		}
		catch (RuntimeException formulaOrFormat) {
			// a formula POI cannot evaluate: its cached value, or nothing
			return cell.getCellType() == org.apache.poi.ss.usermodel.CellType.FORMULA ? cached(cell) : "";
		}
	}

	private static String cached(Cell cell) {
		return switch (cell.getCachedFormulaResultType()) {
			case NUMERIC ->
				java.math.BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
			case STRING -> cell.getStringCellValue();
			default -> "";
		};
	}

}
