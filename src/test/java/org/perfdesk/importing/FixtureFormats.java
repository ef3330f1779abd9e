package org.perfdesk.importing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.perfdesk.document.Pdf;

/**
 * The same document in the office formats: an HTML fixture's headings and its table (with
 * its row and column spans) written as a real .docx (gridSpan, vMerge), .xlsx and .xls
 * (merged regions) and a PDF laid out by openhtmltopdf, so each reader is tested on what
 * Word, Excel and a PDF printer produce, against the fixture's one expected JSON.
 */
final class FixtureFormats {

	/** A cell of the table with its spans. */
	record Cell(String text, int rowspan, int colspan) {
	}

	/**
	 * The page's paragraphs before the table, the table, and its width in grid columns.
	 */
	record Page(List<String> headings, List<List<Cell>> rows, int width) {
	}

	private FixtureFormats() {
	}

	static Page page(String html) {
		Document d = Jsoup.parse(html);
		List<String> headings = new ArrayList<>();
		for (Element e : d.body().select("h1, h2, p")) {
			if (e.closest("table") == null) {
				headings.add(e.text());
			}
		}
		List<List<Cell>> rows = new ArrayList<>();
		int width = 0;
		for (Element tr : d.select("table").first().select("tr")) {
			List<Cell> cells = new ArrayList<>();
			int w = 0;
			for (Element td : tr.select("td, th")) {
				int rs = td.hasAttr("rowspan") ? Integer.parseInt(td.attr("rowspan")) : 1;
				int cs = td.hasAttr("colspan") ? Integer.parseInt(td.attr("colspan")) : 1;
				cells.add(new Cell(td.text(), rs, cs));
				w += cs;
			}
			width = Math.max(width, w);
			rows.add(cells);
		}
		return new Page(headings, rows, width);
	}

	/**
	 * The table on a grid: each place holds the cell that covers it and whether it is its
	 * first.
	 */
	private record Placed(Cell cell, boolean first, boolean firstRow) {
	}

	private static Placed[][] grid(Page page) {
		Placed[][] grid = new Placed[page.rows().size()][page.width()];
		for (int r = 0; r < page.rows().size(); r++) {
			int c = 0;
			for (Cell cell : page.rows().get(r)) {
				while (c < page.width() && grid[r][c] != null) {
					c++;
				}
				for (int dr = 0; dr < cell.rowspan() && r + dr < grid.length; dr++) {
					for (int dc = 0; dc < cell.colspan() && c + dc < page.width(); dc++) {
						grid[r + dr][c + dc] = new Placed(cell, dr == 0 && dc == 0, dr == 0);
					}
				}
				c += cell.colspan();
			}
		}
		return grid;
	}

	static byte[] docx(Page page) throws IOException {
		try (XWPFDocument doc = new XWPFDocument(); var out = new ByteArrayOutputStream()) {
			for (String h : page.headings()) {
				doc.createParagraph().createRun().setText(h);
			}
			Placed[][] grid = grid(page);
			XWPFTable table = doc.createTable(grid.length, 1);
			for (int r = 0; r < grid.length; r++) {
				XWPFTableRow row = table.getRow(r);
				// one w:tc per covered run of grid columns
				int cellIndex = 0;
				for (int c = 0; c < page.width();) {
					Placed p = grid[r][c];
					XWPFTableCell tc = cellIndex == 0 ? row.getCell(0) : row.addNewTableCell();
					cellIndex++;
					CTTcPr pr = tc.getCTTc().isSetTcPr() ? tc.getCTTc().getTcPr() : tc.getCTTc().addNewTcPr();
					int span = p == null ? 1 : p.cell().colspan();
					if (span > 1) {
						pr.addNewGridSpan().setVal(BigInteger.valueOf(span));
					}
					if (p != null && p.cell().rowspan() > 1) {
						pr.addNewVMerge().setVal(p.firstRow() ? STMerge.RESTART : STMerge.CONTINUE);
					}
					tc.setText(p != null && p.firstRow() ? p.cell().text() : "");
					c += Math.max(1, span);
				}
			}
			doc.write(out);
			return out.toByteArray();
		}
	}

	static byte[] xlsx(Page page) throws IOException {
		return sheet(new XSSFWorkbook(), page);
	}

	static byte[] xls(Page page) throws IOException {
		return sheet(new HSSFWorkbook(), page);
	}

	private static byte[] sheet(Workbook workbook, Page page) throws IOException {
		try (workbook; var out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("自评表");
			int r = 0;
			for (String h : page.headings()) {
				sheet.createRow(r++).createCell(0).setCellValue(h);
			}
			Placed[][] grid = grid(page);
			for (int gr = 0; gr < grid.length; gr++) {
				Row row = sheet.createRow(r + gr);
				for (int c = 0; c < page.width(); c++) {
					Placed p = grid[gr][c];
					if (p != null && p.first()) {
						String text = p.cell().text();
						var cell = row.createCell(c);
						// numbers as numbers, as a real sheet holds them
						if (text.matches("-?\\d{1,9}(\\.\\d{1,4})?")) {
							cell.setCellValue(Double.parseDouble(text));
						}
						else {
							cell.setCellValue(text);
						}
						if (p.cell().rowspan() > 1 || p.cell().colspan() > 1) {
							sheet.addMergedRegion(new CellRangeAddress(r + gr, r + gr + p.cell().rowspan() - 1, c,
									c + p.cell().colspan() - 1));
						}
					}
				}
			}
			workbook.write(out);
			return out.toByteArray();
		}
	}

	static byte[] pdf(Page page) {
		return pdf(page, false);
	}

	/**
	 * Centred: every cell's text in the middle of its column, as official forms print
	 * them.
	 */
	static byte[] pdf(Page page, boolean centred) {
		StringBuilder x = new StringBuilder("<html><head><style>td { border: 0.5pt solid #000; padding: 2pt 4pt;"
				+ (centred ? " text-align: center;" : "") + " }"
				+ " table { border-collapse: collapse; font-size: 8pt; }</style></head><body>");
		for (String h : page.headings()) {
			x.append("<p>").append(Pdf.escape(h)).append("</p>");
		}
		x.append("<table>");
		for (List<Cell> row : page.rows()) {
			x.append("<tr>");
			for (Cell c : row) {
				x.append("<td rowspan=\"")
					.append(c.rowspan())
					.append("\" colspan=\"")
					.append(c.colspan())
					.append("\">");
				x.append(Pdf.escape(c.text())).append("</td>");
			}
			x.append("</tr>");
		}
		x.append("</table></body></html>");
		return Pdf.render(x.toString(), Pdf.Orientation.LANDSCAPE);
	}

}
