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

	/**
	 * 打印标题: rows {@code first} to {@code last} (0-based) print again at the top of every
	 * page, such as a list's column headings.
	 */
	public static void printTitles(org.apache.poi.ss.usermodel.Sheet sheet, int first, int last) {
		sheet.setRepeatingRows(new org.apache.poi.ss.util.CellRangeAddress(first, last, -1, -1));
	}

	/**
	 * A list written with these helpers as a landscape PDF that shows what the .xlsx
	 * shows: the first sheet's row 0 as the title, the rows up to {@code headerRow} as
	 * notes under it, row {@code headerRow} as the column headings repeated on every
	 * page, then every row below with the sheet's horizontal merges, its column widths
	 * (as shares of the page), bold where the sheet is bold (小计, 合计) and each value
	 * formatted by the cell's own number format, so the decimals are those of the file
	 * and of the page.
	 */
	public static byte[] pdf(byte[] xlsx, int headerRow) {
		try (var workbook = new XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
			var sheet = workbook.getSheetAt(0);
			var formatter = new org.apache.poi.ss.usermodel.DataFormatter(java.util.Locale.CHINA);
			int columns = sheet.getRow(headerRow).getLastCellNum();
			java.util.Map<String, Integer> spans = new java.util.HashMap<>();
			java.util.Set<String> covered = new java.util.HashSet<>();
			for (var merge : sheet.getMergedRegions()) {
				if (merge.getFirstRow() <= headerRow) {
					continue;
				}
				for (int r = merge.getFirstRow(); r <= merge.getLastRow(); r++) {
					for (int c = merge.getFirstColumn(); c <= merge.getLastColumn(); c++) {
						covered.add(r + ":" + c);
					}
				}
				covered.remove(merge.getFirstRow() + ":" + merge.getFirstColumn());
				spans.put(merge.getFirstRow() + ":" + merge.getFirstColumn(),
						merge.getLastColumn() - merge.getFirstColumn() + 1);
			}
			int total = 0;
			int[] widths = new int[columns];
			for (int c = 0; c < columns; c++) {
				widths[c] = sheet.getColumnWidth(c);
				total += widths[c];
			}
			StringBuilder html = new StringBuilder(8192);
			String title = text(sheet.getRow(0), 0, formatter);
			html.append("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"zh-CN\"><head><title>")
				.append(Pdf.escape(title))
				.append("</title><style>th, td { padding: 0.8mm 1mm; font-size: 9pt; } td.bold { font-weight: bold; }"
						+ " p.note { margin: 0 0 1.5mm 0; }</style></head><body>\n<h1>")
				.append(Pdf.escape(title))
				.append("</h1>\n");
			for (int r = 1; r < headerRow; r++) {
				String note = text(sheet.getRow(r), 0, formatter);
				if (!note.isEmpty()) {
					html.append("<p class=\"note\">").append(Pdf.escape(note)).append("</p>\n");
				}
			}
			html.append("<table>\n<colgroup>");
			for (int c = 0; c < columns; c++) {
				html.append("<col style=\"width: ").append(Math.max(1, widths[c] * 100 / total)).append("%\" />");
			}
			html.append("</colgroup>\n<thead><tr>");
			for (int c = 0; c < columns; c++) {
				html.append("<th>").append(Pdf.escape(text(sheet.getRow(headerRow), c, formatter))).append("</th>");
			}
			html.append("</tr></thead>\n<tbody>\n");
			for (int r = headerRow + 1; r <= sheet.getLastRowNum(); r++) {
				var row = sheet.getRow(r);
				if (row == null) {
					continue;
				}
				html.append("<tr>");
				for (int c = 0; c < columns; c++) {
					if (covered.contains(r + ":" + c)) {
						continue;
					}
					var cell = row.getCell(c);
					boolean number = cell != null && cell.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC;
					boolean bold = cell != null && workbook.getFontAt(cell.getCellStyle().getFontIndex()).getBold();
					html.append("<td");
					Integer span = spans.get(r + ":" + c);
					if (span != null && span > 1) {
						html.append(" colspan=\"").append(span).append('"');
					}
					String classes = (number ? "number" : "") + (bold ? " bold" : "");
					if (!classes.isBlank()) {
						html.append(" class=\"").append(classes.strip()).append('"');
					}
					html.append('>').append(Pdf.escape(text(row, c, formatter))).append("</td>");
				}
				html.append("</tr>\n");
			}
			html.append("</tbody>\n</table>\n</body></html>\n");
			return Pdf.render(html.toString(), Pdf.Orientation.LANDSCAPE);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static String text(Row row, int column, org.apache.poi.ss.usermodel.DataFormatter formatter) {
		if (row == null || row.getCell(column) == null) {
			return "";
		}
		return formatter.formatCellValue(row.getCell(column));
	}

}
