package org.perfdesk.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.perfdesk.shared.Amount;

/**
 * The look every .xlsx list of PerfDesk shares (宋体, thin borders, 万元 as numbers with two
 * decimals shown) so that the downloads of different modules read as one product, and the
 * helpers to write amounts.
 */
public final class Sheets {

	/**
	 * 万元 shown with thousands separators and two decimals, the cell keeping the exact
	 * value.
	 */
	public static final String WAN_FORMAT = "#,##0.00";

	private Sheets() {
	}

	public static CellStyle style(XSSFWorkbook workbook, boolean bold, boolean bordered) {
		CellStyle style = workbook.createCellStyle();
		Font font = workbook.createFont();
		font.setFontName("宋体");
		font.setBold(bold);
		style.setFont(font);
		if (bordered) {
			style.setBorderTop(BorderStyle.THIN);
			style.setBorderBottom(BorderStyle.THIN);
			style.setBorderLeft(BorderStyle.THIN);
			style.setBorderRight(BorderStyle.THIN);
		}
		style.setWrapText(false);
		return style;
	}

	/**
	 * A bordered, right-aligned number style with the given Excel format, e.g.
	 * {@link #WAN_FORMAT} or "0.00%".
	 */
	public static CellStyle numberStyle(XSSFWorkbook workbook, boolean bold, String format) {
		CellStyle style = style(workbook, bold, true);
		style.setDataFormat(workbook.createDataFormat().getFormat(format));
		style.setAlignment(HorizontalAlignment.RIGHT);
		return style;
	}

	/**
	 * Prints on A4 landscape, as wide as one page, so a wide list does not spill its
	 * columns onto later pages.
	 */
	public static void printLandscapeOnePageWide(org.apache.poi.ss.usermodel.Sheet sheet) {
		sheet.getPrintSetup().setLandscape(true);
		sheet.getPrintSetup().setPaperSize(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
		sheet.setFitToPage(true);
		sheet.getPrintSetup().setFitWidth((short) 1);
		sheet.getPrintSetup().setFitHeight((short) 0);
	}

	/** Writes an amount in 万元, exact to the fen, as a number. */
	public static void wan(Row row, int column, Amount amount, CellStyle style) {
		row.createCell(column).setCellValue(amount.toWanExact().doubleValue());
		row.getCell(column).setCellStyle(style);
	}

	public static void text(Row row, int column, String text, CellStyle style) {
		row.createCell(column).setCellValue(text == null ? "" : text);
		row.getCell(column).setCellStyle(style);
	}

	/** A new workbook, filled by {@code content}, as the bytes of an .xlsx file. */
	public static byte[] build(java.util.function.Consumer<XSSFWorkbook> content) {
		try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
			content.accept(workbook);
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

}
