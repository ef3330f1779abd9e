package org.perfdesk.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTable.XWPFBorderType;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableCell.XWPFVertAlign;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBody;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTabStop;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * One printed form as a grid of cells, written once by {@link TargetForms} and rendered
 * as an .xlsx sheet, as a .docx table and as a PDF (through {@link #xhtml()} and
 * {@link Pdf}), so that the files cannot drift apart: the same merges, the same labels,
 * the same numbers. Above the grid come the title and the unit line (unit on the left,
 * "单位：万元" on the right), below it an unbordered footnote.
 * <p>
 * Public so that other modules' printed forms (the 绩效运行监控表 of {@code monitoring}) are
 * built the same way and look the same as the target forms.
 */
public final class FormGrid {

	/** How a cell looks; numbers keep their value and are formatted only when written. */
	public enum Style {

		/** A field name: bold, centred. */
		LABEL,
		/** A table or section heading: bold, centred. */
		HEADER,
		/** Running text: left, wrapped. */
		TEXT,
		/** Short text such as a level label or a target value: centred. */
		CENTER,
		/** 万元, two decimals. */
		MONEY,
		/** A sum in 万元: bold. */
		MONEY_TOTAL,
		/** A cumulative share of the funds, 25 meaning 25%. */
		PERCENT,
		/** 分值, as many decimals as it has. */
		WEIGHT,
		/** The sum of the 分值: bold. */
		WEIGHT_TOTAL,
		/** A score (得分), always two decimals as the 自评表 prints it: 9.60, not 9.6. */
		SCORE,
		/** A total score: bold, two decimals. */
		SCORE_TOTAL

	}

	record Cell(int row, int column, int rowSpan, int columnSpan, Style style, String text, BigDecimal number) {

		/** The cell as a reader sees it, for the .docx and for estimating row heights. */
		String shown() {
			if (number == null) {
				return text == null ? "" : text;
			}
			return switch (style) {
				case MONEY, MONEY_TOTAL ->
					String.format("%,." + org.perfdesk.shared.Amount.displayScale() + "f", number);
				case PERCENT -> String.format("%.2f%%", number);
				case SCORE, SCORE_TOTAL -> number.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
				default -> number.stripTrailingZeros().toPlainString();
			};
		}

		boolean numeric() {
			return number != null;
		}
	}

	/**
	 * Excel number formats; the 万元 one matches
	 * {@link org.perfdesk.shared.Amount#formatWan()}.
	 */
	static final String MONEY_FORMAT = "#,##0.00";

	/**
	 * {@link #MONEY_FORMAT} with as many decimals as the pages show 万元
	 * ({@code perfdesk.display.wan-decimals}, two by default).
	 */
	static String moneyFormat() {
		int scale = org.perfdesk.shared.Amount.displayScale();
		return scale == 0 ? "#,##0" : "#,##0." + "0".repeat(scale);
	}

	/**
	 * Shows 25 as 25.00%: the plan is kept in percent, and a bare % in the format would
	 * multiply by 100.
	 */
	static final String PERCENT_FORMAT = "0.00\"%\"";

	/**
	 * "General" shows 10 as 10 and 12.5 as 12.5; a "0.##" format would print the integer
	 * as "10.".
	 */
	static final String WEIGHT_FORMAT = "General";

	/** Scores keep two decimals, trailing zeros included. */
	static final String SCORE_FORMAT = "0.00";

	static final String FONT = "宋体";

	/** 五号, the size of the published tables' body text. */
	static final double BODY_POINTS = 10.5;

	static final String UNIT_OF_MEASURE = "单位：万元";

	/** Sheet rows above the grid: the title and the unit line. */
	static final int GRID_TOP = 2;

	// A4 in twips (1/20 pt) and the margins of the .docx page.
	static final int A4_SHORT_TWIPS = 11906;

	static final int A4_LONG_TWIPS = 16838;

	static final int MARGIN_TWIPS = 1134;

	/**
	 * The narrower .docx margins of a one-page form (1.27 cm), as Word's "narrow" preset.
	 */
	static final int NARROW_MARGIN_TWIPS = 720;

	/** 小五, the .docx body text of a one-page form, about what the scaled .xlsx prints. */
	static final double SMALL_POINTS = 9;

	/**
	 * The narrowest column, in Excel characters: about three Chinese characters a line in
	 * the .xlsx, two or more in the .docx and the PDF, so that a heading such as "经费保障"
	 * wraps once and does not stand one character a line. A narrower width given to the
	 * constructor is raised to it.
	 */
	public static final int MIN_WIDTH = 8;

	/**
	 * The lines for signatures under a form, as the published forms print them; see
	 * {@link #signatures(boolean)}.
	 */
	public static final List<List<String>> SIGNATURES = List.of(List.of("填报人：", "联系电话：", "审核人："),
			List.of("单位（盖章）：", "日期：　　　　年　　月　　日"));

	private final String sheetName;

	private boolean signatures = true;

	private final String title;

	private final String unitLine;

	private final int[] widths;

	private final boolean landscape;

	private final List<Cell> cells = new ArrayList<>();

	private int rows;

	private String footnote;

	private boolean onePage;

	/** First row of the column header the PDF repeats on every page, -1 for none. */
	private int headerFirst = -1;

	private int headerCount;

	/**
	 * @param widths column widths in Excel characters; the .docx scales them to the page
	 */
	public FormGrid(String sheetName, String title, String unitLine, int[] widths, boolean landscape) {
		this.sheetName = sheetName;
		this.title = title;
		this.unitLine = unitLine;
		this.widths = widths.clone();
		for (int c = 0; c < this.widths.length; c++) {
			this.widths[c] = Math.max(MIN_WIDTH, this.widths[c]);
		}
		this.landscape = landscape;
	}

	public int columns() {
		return widths.length;
	}

	/** Starts a new row and returns its index in the grid. */
	public int row() {
		return rows++;
	}

	/** Starts {@code count} rows and returns the index of the first. */
	public int rows(int count) {
		int first = rows;
		rows += count;
		return first;
	}

	public void text(int row, int column, int columnSpan, Style style, String text) {
		put(row, column, 1, columnSpan, style, text, null);
	}

	public void number(int row, int column, int columnSpan, Style style, BigDecimal number) {
		put(row, column, 1, columnSpan, style, null, number);
	}

	public void put(int row, int column, int rowSpan, int columnSpan, Style style, String text, BigDecimal number) {
		if (row + rowSpan > rows || column + columnSpan > widths.length || rowSpan < 1 || columnSpan < 1) {
			throw new IllegalArgumentException("cell (" + row + ", " + column + ") outside the grid");
		}
		cells.add(new Cell(row, column, rowSpan, columnSpan, style, text, number));
	}

	public void footnote(String footnote) {
		this.footnote = footnote;
	}

	/** Rows that the PDF keeps on the page of the row below them. */
	private final java.util.Set<Integer> keepWithNext = new java.util.HashSet<>();

	/**
	 * Rows of {@link #keepWithNext} that a layout of this PDF found at the foot of a
	 * page: they start a page in every later layout, so that the layouts settle.
	 */
	private final java.util.Set<Integer> moved = new java.util.HashSet<>();

	/**
	 * Row {@code row} (the column headings of a block inside the table, such as 主要任务's)
	 * never ends a PDF page: when a page would break right below it, it moves to the next
	 * page with the row it heads. The .docx and the .xlsx are not affected.
	 */
	public void keepWithNext(int row) {
		keepWithNext.add(row);
	}

	/**
	 * Whether the signature and date lines ({@link #SIGNATURES}: 填报人, 联系电话, 审核人, 单位（盖章）,
	 * 日期) print under the table, after the footnote; on by default, in all three files.
	 */
	public void signatures(boolean on) {
		this.signatures = on;
	}

	/**
	 * The signature lines as one line of text each, the fields apart, for .xlsx and
	 * .docx.
	 */
	static List<String> signatureLines() {
		List<String> lines = new ArrayList<>();
		for (List<String> fields : SIGNATURES) {
			StringBuilder line = new StringBuilder();
			for (String field : fields) {
				if (line.length() > 0) {
					line.append("　　　　");
				}
				line.append(field).append(field.startsWith("日期") ? "" : "　　　　　　　　");
			}
			lines.add(line.toString());
		}
		return lines;
	}

	/**
	 * A form that is one sheet of paper (the 自评表): the .xlsx is scaled to one page tall
	 * as well as wide; the .docx, which cannot be scaled, uses 小五 and narrow margins and
	 * keeps every row whole on a page, so that a long table that still needs a second
	 * page breaks between rows. Other forms print one page wide and as many pages long as
	 * they need.
	 */
	public void onePage() {
		this.onePage = true;
	}

	/**
	 * The first {@code count} rows are the grid's column header: the PDF puts them in the
	 * table's {@code <thead>}, which prints again at the top of every page the table runs
	 * onto. 0, the default, is none.
	 */
	public void headerRows(int count) {
		headerRows(0, count);
	}

	/**
	 * Rows {@code first} to {@code first + count - 1} are the column header of the rows
	 * below them, such as the headings of a form's 绩效指标 table under its upper part. The
	 * PDF prints the rows above as a table of their own and starts a second table there,
	 * with the same columns, whose header repeats at the top of every later page; the two
	 * join without a visible seam. No cell may reach across the header's first or last
	 * row, else there is no place to cut the table (checked when the PDF is written). A
	 * count of 0 means none; the .xlsx and .docx are not affected.
	 */
	public void headerRows(int first, int count) {
		if (count < 0 || first < 0 || (count > 0 && first + count > rows)) {
			throw new IllegalArgumentException("header rows " + first + "+" + count + " outside the grid");
		}
		this.headerFirst = count == 0 ? -1 : first;
		this.headerCount = count;
	}

	/**
	 * Which cell covers each position; a position nobody covers stays null and is written
	 * as an empty cell.
	 */
	private Cell[][] owners() {
		Cell[][] owners = new Cell[rows][widths.length];
		for (Cell cell : cells) {
			for (int r = cell.row(); r < cell.row() + cell.rowSpan(); r++) {
				for (int c = cell.column(); c < cell.column() + cell.columnSpan(); c++) {
					if (owners[r][c] != null) {
						throw new IllegalStateException("cells overlap at (" + r + ", " + c + ")");
					}
					owners[r][c] = cell;
				}
			}
		}
		return owners;
	}

	// ---------------------------------------------------------------- .xlsx

	public byte[] xlsx() {
		Cell[][] owners = owners();
		try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
			workbook.getProperties().getCoreProperties().setTitle(title);
			XSSFSheet sheet = workbook.createSheet(sheetName);
			Map<Style, CellStyle> styles = new EnumMap<>(Style.class);
			DataFormat formats = workbook.createDataFormat();
			for (Style style : Style.values()) {
				styles.put(style, cellStyle(workbook, formats, style));
			}
			int last = widths.length - 1;

			Row titleRow = sheet.createRow(0);
			titleRow.setHeightInPoints(36);
			spread(titleRow, 0, last, plainStyle(workbook, 16, true, HorizontalAlignment.CENTER)).setCellValue(title);
			sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, last));

			// The unit takes all but the last three columns, "单位：万元" those three,
			// right-aligned as printed.
			Row unitRow = sheet.createRow(1);
			unitRow.setHeightInPoints(20);
			int split = widths.length - 3;
			spread(unitRow, 0, split - 1, plainStyle(workbook, BODY_POINTS, false, HorizontalAlignment.LEFT))
				.setCellValue(unitLine);
			spread(unitRow, split, last, plainStyle(workbook, BODY_POINTS, false, HorizontalAlignment.RIGHT))
				.setCellValue(UNIT_OF_MEASURE);
			sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, split - 1));
			sheet.addMergedRegion(new CellRangeAddress(1, 1, split, last));

			for (int r = 0; r < rows; r++) {
				Row row = sheet.createRow(GRID_TOP + r);
				for (int c = 0; c < widths.length; c++) {
					// Every position of a merged region gets the bordered style, else its
					// inner borders go missing.
					Cell owner = owners[r][c];
					row.createCell(c).setCellStyle(styles.get(owner == null ? Style.TEXT : owner.style()));
				}
			}
			for (Cell cell : cells) {
				var target = sheet.getRow(GRID_TOP + cell.row()).getCell(cell.column());
				if (cell.numeric()) {
					target.setCellValue(cell.number().doubleValue());
				}
				else if (cell.text() != null && !cell.text().isEmpty()) {
					target.setCellValue(cell.text());
				}
				if (cell.rowSpan() > 1 || cell.columnSpan() > 1) {
					sheet.addMergedRegion(
							new CellRangeAddress(GRID_TOP + cell.row(), GRID_TOP + cell.row() + cell.rowSpan() - 1,
									cell.column(), cell.column() + cell.columnSpan() - 1));
				}
			}
			int[] lines = lineCounts();
			for (int r = 0; r < rows; r++) {
				sheet.getRow(GRID_TOP + r).setHeightInPoints(lines[r] * 14f + 7f);
			}
			if (footnote != null) {
				Row row = sheet.createRow(GRID_TOP + rows);
				row.setHeightInPoints(20);
				spread(row, 0, last, plainStyle(workbook, BODY_POINTS, false, HorizontalAlignment.LEFT))
					.setCellValue(footnote);
				sheet.addMergedRegion(new CellRangeAddress(GRID_TOP + rows, GRID_TOP + rows, 0, last));
			}
			if (signatures) {
				int at = GRID_TOP + rows + (footnote != null ? 2 : 1);
				CellStyle plain = plainStyle(workbook, BODY_POINTS, false, HorizontalAlignment.LEFT);
				for (String line : signatureLines()) {
					Row row = sheet.createRow(at);
					row.setHeightInPoints(24);
					spread(row, 0, last, plain).setCellValue(line);
					sheet.addMergedRegion(new CellRangeAddress(at, at, 0, last));
					at++;
				}
			}
			if (headerFirst >= 0) {
				// 打印标题: the column header prints again at the top of every later page
				sheet.setRepeatingRows(
						new CellRangeAddress(GRID_TOP + headerFirst, GRID_TOP + headerFirst + headerCount - 1, -1, -1));
			}
			for (int c = 0; c < widths.length; c++) {
				sheet.setColumnWidth(c, widths[c] * 256);
			}
			printSetup(sheet);
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * Lines each grid row needs, estimated from the text and the width of its cells:
	 * Excel does not grow a row for wrapped text in merged cells, so a long purpose or
	 * objective would otherwise print as one clipped line.
	 */
	private int[] lineCounts() {
		int[] lines = new int[rows];
		java.util.Arrays.fill(lines, 1);
		for (Cell cell : cells) {
			if (cell.rowSpan() == 1) {
				lines[cell.row()] = Math.max(lines[cell.row()], lines(cell.shown(), width(cell)));
			}
		}
		// A label spanning several rows only needs them to add up; the missing lines go
		// to its last row.
		for (Cell cell : cells) {
			if (cell.rowSpan() > 1) {
				int have = 0;
				for (int r = cell.row(); r < cell.row() + cell.rowSpan(); r++) {
					have += lines[r];
				}
				int need = lines(cell.shown(), width(cell));
				if (need > have) {
					lines[cell.row() + cell.rowSpan() - 1] += need - have;
				}
			}
		}
		return lines;
	}

	private int width(Cell cell) {
		int width = 0;
		for (int c = cell.column(); c < cell.column() + cell.columnSpan(); c++) {
			width += widths[c];
		}
		return width;
	}

	/** A Chinese character is about two Excel characters wide in 宋体 at this size. */
	static int lines(String text, int widthChars) {
		if (text == null || text.isEmpty()) {
			return 1;
		}
		int usable = Math.max(1, widthChars - 1);
		int lines = 0;
		for (String line : text.split("\n", -1)) {
			int width = line.codePoints().map(cp -> cp < 0x2E80 ? 1 : 2).sum();
			lines += Math.max(1, (width + usable - 1) / usable);
		}
		return lines;
	}

	private void printSetup(XSSFSheet sheet) {
		PrintSetup print = sheet.getPrintSetup();
		print.setPaperSize(PrintSetup.A4_PAPERSIZE);
		print.setLandscape(landscape);
		// One page wide, as many pages long as the indicators need (a one-page form too:
		// squeezed to one page tall a long one would be too small to read).
		sheet.setFitToPage(true);
		print.setFitWidth((short) 1);
		print.setFitHeight((short) 0);
		sheet.setHorizontallyCenter(true);
		sheet.setMargin(PageMargin.LEFT, 0.5);
		sheet.setMargin(PageMargin.RIGHT, 0.5);
		sheet.setMargin(PageMargin.TOP, 0.6);
		sheet.setMargin(PageMargin.BOTTOM, 0.6);
		sheet.getFooter().setCenter("第 &P 页，共 &N 页");
	}

	private static org.apache.poi.ss.usermodel.Cell spread(Row row, int first, int last, CellStyle style) {
		for (int c = first; c <= last; c++) {
			row.createCell(c).setCellStyle(style);
		}
		return row.getCell(first);
	}

	private static CellStyle cellStyle(XSSFWorkbook workbook, DataFormat formats, Style style) {
		boolean bold = style == Style.LABEL || style == Style.HEADER || style == Style.MONEY_TOTAL
				|| style == Style.WEIGHT_TOTAL || style == Style.SCORE_TOTAL;
		CellStyle cellStyle = plainStyle(workbook, BODY_POINTS, bold, switch (style) {
			case TEXT -> HorizontalAlignment.LEFT;
			case MONEY, MONEY_TOTAL -> HorizontalAlignment.RIGHT;
			default -> HorizontalAlignment.CENTER;
		});
		cellStyle.setBorderTop(BorderStyle.THIN);
		cellStyle.setBorderBottom(BorderStyle.THIN);
		cellStyle.setBorderLeft(BorderStyle.THIN);
		cellStyle.setBorderRight(BorderStyle.THIN);
		switch (style) {
			case MONEY, MONEY_TOTAL -> cellStyle.setDataFormat(formats.getFormat(moneyFormat()));
			case PERCENT -> cellStyle.setDataFormat(formats.getFormat(PERCENT_FORMAT));
			case WEIGHT, WEIGHT_TOTAL -> cellStyle.setDataFormat(formats.getFormat(WEIGHT_FORMAT));
			case SCORE, SCORE_TOTAL -> cellStyle.setDataFormat(formats.getFormat(SCORE_FORMAT));
			default -> cellStyle.setDataFormat(formats.getFormat("@"));
		}
		return cellStyle;
	}

	private static CellStyle plainStyle(XSSFWorkbook workbook, double points, boolean bold,
			HorizontalAlignment alignment) {
		CellStyle style = workbook.createCellStyle();
		Font font = workbook.createFont();
		font.setFontName(FONT);
		font.setFontHeight((short) Math.round(points * 20));
		font.setBold(bold);
		style.setFont(font);
		style.setAlignment(alignment);
		style.setVerticalAlignment(VerticalAlignment.CENTER);
		style.setWrapText(true);
		return style;
	}

	// ---------------------------------------------------------------- .pdf

	/**
	 * The grid laid out on A4 by {@link Pdf}, landscape if the grid is, with the footer
	 * "第 x 页 共 y 页".
	 */
	public byte[] pdf() {
		Pdf.Orientation orientation = landscape ? Pdf.Orientation.LANDSCAPE : Pdf.Orientation.PORTRAIT;
		moved.clear();
		if (cells.stream().noneMatch(cell -> cell.rowSpan() > 1) && keepWithNext.isEmpty()) {
			return Pdf.render(xhtml(), orientation);
		}
		// A level label merged over rows that a page break cuts is cut there too and
		// printed again at the top of the next page: laid out once to find where the
		// pages break, then again with the cut labels, until the breaks hold.
		return Pdf.render(pages -> xhtml(pageStarts(pages)), orientation, ROW_ID, PASSES);
	}

	/** The prefix of the ids of the grid's rows in the XHTML: "g12" is row 12. */
	static final String ROW_ID = "g";

	/** Layouts tried before the PDF is written with the last one. */
	static final int PASSES = 4;

	/** The grid rows that begin on a later page than the grid row before them. */
	static java.util.SortedSet<Integer> pageStarts(Map<String, Integer> pages) {
		return pageStarts(pages, ROW_ID);
	}

	/** {@link #pageStarts(Map)} of the rows whose ids start with {@code prefix}. */
	static java.util.SortedSet<Integer> pageStarts(Map<String, Integer> pages, String prefix) {
		java.util.SortedMap<Integer, Integer> byRow = new java.util.TreeMap<>();
		pages.forEach((id, page) -> {
			if (id.startsWith(prefix) && id.substring(prefix.length()).chars().allMatch(Character::isDigit)) {
				byRow.put(Integer.parseInt(id.substring(prefix.length())), page);
			}
		});
		java.util.SortedSet<Integer> starts = new java.util.TreeSet<>();
		Integer before = null;
		for (var entry : byRow.entrySet()) {
			if (before != null && entry.getValue() > before) {
				starts.add(entry.getKey());
			}
			before = entry.getValue();
		}
		return starts;
	}

	/**
	 * The grid as a whole XHTML document for {@link Pdf#render}: the title as h1, the
	 * unit line with "单位：万元" on the right, one bordered table with the grid's merges and
	 * column widths (as shares of the page width), the footnote below it. Cells look as
	 * in the .docx: labels, headings and sums bold, money on the right, running text on
	 * the left, the rest centred, numbers formatted the same way. With
	 * {@link #headerRows(int, int)} the table is cut in two at the header, whose rows go
	 * into the second table's {@code <thead>}.
	 */
	public String xhtml() {
		return xhtml(new java.util.TreeSet<>());
	}

	/**
	 * The XHTML with every cell merged over rows cut at each of {@code starts}, the rows
	 * that begin a new page: the part below the cut is a cell of its own with the same
	 * text, so that a level label prints again on the page its rows continue on.
	 */
	String xhtml(java.util.SortedSet<Integer> starts) {
		StringBuilder out = new StringBuilder(4096 + cells.size() * 64);
		out.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"zh-CN\">\n<head>")
			.append("<meta charset=\"UTF-8\" /><title>")
			.append(Pdf.escape(title))
			.append("</title>\n<style type=\"text/css\">\n")
			.append(onePage ? ONE_PAGE_CSS : "")
			.append(FORM_CSS)
			.append("</style></head>\n<body>\n");
		out.append("<h1>").append(Pdf.escape(title)).append("</h1>\n");
		// the float first, so that it stands on the unit's line and not below it
		out.append("<div class=\"unit-line\"><span class=\"measure\">")
			.append(UNIT_OF_MEASURE)
			.append("</span>")
			.append(Pdf.escape(unitLine))
			.append("</div>\n");
		tables(out, starts, ROW_ID);
		out.append("</body>\n</html>\n");
		return out.toString();
	}

	/** The prefix of the row ids {@link #rows} writes. */
	private String rowIds = ROW_ID;

	/**
	 * The grid's table or tables (cut at the header, see {@link #headerRows(int, int)}),
	 * its footnote and signature lines, without title or unit line: what
	 * {@link Manuscript} embeds. Rows carry the ids {@code idPrefix + row}.
	 */
	void tables(StringBuilder out, java.util.SortedSet<Integer> starts, String idPrefix) {
		Cell[][] owners = owners();
		int cut = headerFirst < 0 ? 0 : headerFirst;
		int headerEnd = headerFirst < 0 ? 0 : headerFirst + headerCount;
		for (Cell cell : cells) {
			if (crosses(cell, cut) || crosses(cell, headerEnd)) {
				throw new IllegalStateException("cell (" + cell.row() + ", " + cell.column()
						+ ") reaches across the edge of the header rows " + headerFirst + "+" + headerCount);
			}
		}
		rowIds = idPrefix;
		if (cut > 0) {
			table(out, owners, 0, 0, cut, false, starts);
		}
		// right under the first: the two tables' rules fall on the same line
		table(out, owners, cut, headerEnd, rows, true, starts);
		rowIds = ROW_ID;
	}

	private static boolean crosses(Cell cell, int edge) {
		return cell.row() < edge && edge < cell.row() + cell.rowSpan();
	}

	/**
	 * Rows {@code from} to {@code to - 1}, those before {@code bodyFrom} as the header
	 * (the thead). A header with a cell that spans rows, such as the 监控表's, goes into a
	 * table of its own in the thead's one cell: openhtmltopdf 1.1.65 paints such a cell
	 * of a repeated thead without its borders on every page after the first (its issue
	 * 214, fixed after that release). The inner table has the same columns, so its rules
	 * meet the body's.
	 */
	private void table(StringBuilder out, Cell[][] owners, int from, int bodyFrom, int to, boolean last,
			java.util.SortedSet<Integer> starts) {
		StringBuilder columns = new StringBuilder("<colgroup>");
		for (int share : shares()) {
			columns.append("<col style=\"width: ").append(share).append("%\" />");
		}
		columns.append("</colgroup>\n");
		out.append("<table class=\"form-grid\">\n").append(columns);
		int body = from;
		// a header with no row below it has nothing to head on a later page: it stays in
		// the body
		if (bodyFrom > from && bodyFrom < to) {
			final int first = from;
			if (cells.stream().anyMatch(cell -> cell.row() >= first && cell.row() < bodyFrom && cell.rowSpan() > 1)) {
				out.append("<thead>\n<tr><th colspan=\"")
					.append(widths.length)
					.append("\" class=\"header-grid\">")
					.append("<table class=\"header-grid\">\n")
					.append(columns)
					.append("<tbody>\n");
				rows(out, owners, from, bodyFrom, true, null);
				out.append("</tbody>\n</table></th></tr>\n</thead>\n");
			}
			else {
				out.append("<thead>\n");
				rows(out, owners, from, bodyFrom, false, null);
				out.append("</thead>\n");
			}
			body = bodyFrom;
		}
		// The footnote is the table's last row, unbordered, in one row group with the
		// grid's last rows that no merged
		// cell reaches into, which prints on one page: a paragraph after the table may be
		// pushed alone onto a page.
		boolean withFootnote = last && (footnote != null || signatures);
		int closing = withFootnote ? closing(body, to) : to;
		if (body < closing || (body == to && !withFootnote)) {
			out.append("<tbody>\n");
			if (body < closing) {
				rows(out, owners, body, closing, false, starts);
			}
			else {
				// a table needs a row; an empty grid has none
				out.append("<tr class=\"empty\"><td colspan=\"").append(widths.length).append("\"></td></tr>\n");
			}
			out.append("</tbody>\n");
		}
		if (withFootnote) {
			out.append("<tbody class=\"closing\">\n");
			rows(out, owners, closing, to, false, starts);
			if (footnote != null) {
				out.append("<tr class=\"footnote\"><td colspan=\"")
					.append(widths.length)
					.append("\">")
					.append(Pdf.escape(footnote))
					.append("</td></tr>\n");
			}
			// the signature lines in the same group: never alone on a page either
			if (signatures) {
				for (String line : signatureLines()) {
					out.append("<tr class=\"signature\"><td colspan=\"")
						.append(widths.length)
						.append("\">")
						.append(Pdf.escape(line))
						.append("</td></tr>\n");
				}
			}
			out.append("</tbody>\n");
		}
		out.append("</table>\n");
	}

	/**
	 * The rows kept on a page with the footnote: at most so many, from a row no merged
	 * cell reaches across.
	 */
	static final int CLOSING_ROWS = 6;

	private int closing(int from, int to) {
		for (int edge = to - 1; edge >= Math.max(from, to - CLOSING_ROWS); edge--) {
			final int at = edge;
			if (cells.stream().noneMatch(cell -> crosses(cell, at))) {
				return edge;
			}
		}
		return to;
	}

	/**
	 * @param header the rows are a header: the cells on its last line lose their bottom
	 * rule, which the first row below draws (on every page), so that the line between
	 * them is not drawn twice as thick
	 */
	private void rows(StringBuilder out, Cell[][] owners, int from, int to, boolean header,
			java.util.SortedSet<Integer> starts) {
		for (int r = from; r < to; r++) {
			// a heading row the page would break right below (or that was already moved
			// to a page of its own for that reason) starts a page
			if (starts != null && keepWithNext.contains(r) && starts.contains(r + 1)) {
				moved.add(r);
			}
			boolean isMoved = starts != null && moved.contains(r);
			out.append(starts == null ? "<tr>"
					: "<tr id=\"" + rowIds + r + "\"" + (isMoved ? " class=\"page-start\"" : "") + ">");
			for (int c = 0; c < widths.length;) {
				Cell owner = owners[r][c];
				if (owner == null) {
					out.append(header && r == to - 1 ? "<td class=\"last\"></td>" : "<td></td>");
					c++;
					continue;
				}
				if (owner.row() == r || (starts != null && starts.contains(r))) {
					cell(out, starts == null ? owner : part(owner, r, starts),
							header && owner.row() + owner.rowSpan() == to);
				}
				// a cell merged down from a row above covers this position: XHTML leaves
				// it out
				c += owner.columnSpan();
			}
			out.append("</tr>\n");
		}
	}

	/**
	 * The part of a merged cell from row {@code r} down to its end or the next page start
	 * below {@code r}, whichever comes first.
	 */
	private static Cell part(Cell cell, int r, java.util.SortedSet<Integer> starts) {
		int end = cell.row() + cell.rowSpan();
		java.util.SortedSet<Integer> below = starts.tailSet(r + 1);
		if (!below.isEmpty() && below.first() < end) {
			end = below.first();
		}
		if (r == cell.row() && end == cell.row() + cell.rowSpan()) {
			return cell;
		}
		return new Cell(r, cell.column(), end - r, cell.columnSpan(), cell.style(), cell.text(), cell.number());
	}

	private static void cell(StringBuilder out, Cell cell, boolean last) {
		boolean heading = cell.style() == Style.LABEL || cell.style() == Style.HEADER;
		String tag = heading ? "th" : "td";
		out.append('<').append(tag);
		if (cell.rowSpan() > 1) {
			out.append(" rowspan=\"").append(cell.rowSpan()).append('"');
		}
		if (cell.columnSpan() > 1) {
			out.append(" colspan=\"").append(cell.columnSpan()).append('"');
		}
		out.append(" class=\"").append(cssClass(cell.style())).append(last ? " last" : "").append("\">");
		String[] lines = cell.shown().split("\n", -1);
		for (int i = 0; i < lines.length; i++) {
			if (i > 0) {
				out.append("<br />");
			}
			out.append(Pdf.escape(lines[i]));
		}
		out.append("</").append(tag).append(">");
	}

	/** The class of a cell: its alignment as in the .docx, "total" for the bold sums. */
	static String cssClass(Style style) {
		return switch (style) {
			case LABEL -> "label";
			case HEADER -> "header";
			case TEXT -> "text";
			case CENTER -> "center";
			case MONEY -> "money";
			case MONEY_TOTAL -> "money total";
			case PERCENT -> "center percent";
			case WEIGHT -> "center weight";
			case WEIGHT_TOTAL -> "center weight total";
			case SCORE -> "center score";
			case SCORE_TOTAL -> "center score total";
		};
	}

	/**
	 * The Excel widths as whole percentages of the table that add up to 100, each the
	 * nearest a largest-remainder rounding allows: openhtmltopdf keeps a percentage as a
	 * whole number, and the fractions it drops (up to 14% on a form of 14 columns) it
	 * hands out in equal parts, which widens the narrow columns' neighbours at their
	 * cost.
	 */
	int[] shares() {
		int total = 0;
		for (int width : widths) {
			total += width;
		}
		int[] shares = new int[widths.length];
		int used = 0;
		for (int c = 0; c < widths.length; c++) {
			shares[c] = widths[c] * 100 / total;
			used += shares[c];
		}
		final int sum = total;
		Integer[] order = new Integer[widths.length];
		for (int c = 0; c < order.length; c++) {
			order[c] = c;
		}
		// the largest remainders first; a tie goes to the left column, so the result does
		// not depend on the sort
		java.util.Arrays.sort(order,
				java.util.Comparator.<Integer>comparingInt(c -> -(widths[c] * 100 % sum)).thenComparingInt(c -> c));
		for (int k = 0; used < 100; k++, used++) {
			shares[order[k]]++;
		}
		return shares;
	}

	/**
	 * The form's own rules, after the shared print stylesheet. Less padding than its 1.5
	 * mm at the sides: the 监控表's 偏差原因 columns (6 of 154 widths, about 10 mm) then hold
	 * two characters a line, "经费/保障", not one.
	 */
	static final String FORM_CSS = """
			table.form-grid, table.header-grid { margin: 0; }
			th, td { padding: 0.8mm 1mm; }
			td.text { text-align: left; }
			td.total { font-weight: bold; }
			/* a level merged down a run of rows: at the top, so that a run cut by a page break is named on its first page */
			table.form-grid > tbody > tr > [rowspan] { vertical-align: top; }
			th.header-grid { padding: 0; border: none; }
			table.header-grid { -fs-table-paginate: auto; }
			.last { border-bottom: none; }
			tr.empty td { border: none; padding: 0; }
			tbody.closing { page-break-inside: avoid; }
			tr.footnote td { border: none; padding: 1.5mm 0 0 0; font-size: 9pt; text-align: left; }
			tr.signature td { border: none; padding: 3mm 0 0 0; text-align: left; }
			tr.page-start { page-break-before: always; }
			""";

	/** A one-page form prints as its .docx does: 小五 and narrow margins. */
	static final String ONE_PAGE_CSS = """
			@page { margin: 12.7mm 12.7mm 16mm 12.7mm; }
			html { font-size: 9pt; }
			h1 { font-size: 15pt; }
			""";

	// ---------------------------------------------------------------- .docx

	public byte[] docx() {
		int pageWidth = landscape ? A4_LONG_TWIPS : A4_SHORT_TWIPS;
		int contentWidth = pageWidth - 2 * margin();
		try (var document = new XWPFDocument(); var out = new ByteArrayOutputStream()) {
			document.getProperties().getCoreProperties().setTitle(title);

			XWPFParagraph heading = document.createParagraph();
			heading.setAlignment(ParagraphAlignment.CENTER);
			heading.setSpacingAfter(200);
			run(heading, title, true, 16);

			// The unit on the left and "单位：万元" at a right tab stop on the margin, as on
			// the published tables.
			XWPFParagraph unit = document.createParagraph();
			CTPPr unitProperties = unit.getCTP().isSetPPr() ? unit.getCTP().getPPr() : unit.getCTP().addNewPPr();
			CTTabStop tab = unitProperties.addNewTabs().addNewTab();
			tab.setVal(STTabJc.RIGHT);
			tab.setPos(BigInteger.valueOf(contentWidth));
			XWPFRun unitRun = run(unit, unitLine, false, docxPoints());
			unitRun.addTab();
			unitRun.setText(UNIT_OF_MEASURE);

			// A column header below the upper part (the 绩效指标 headings) starts a second
			// table: Word repeats only a table's first rows on later pages. A tiny
			// paragraph keeps the two from being joined into one when the file is opened.
			appendTo(document, contentWidth);
			page(document.getDocument().getBody());
			document.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * The grid's tables, footnote and signature lines appended to another document (a
	 * {@link Manuscript}), {@code contentWidth} twips wide.
	 */
	void appendTo(XWPFDocument document, int contentWidth) {
		Cell[][] owners = owners();
		int[] twips = twips(contentWidth);
		int cut = headerFirst < 0 ? 0 : headerFirst;
		if (cut > 0) {
			docxTable(document, owners, 0, cut, 0, contentWidth, twips);
			XWPFParagraph seam = document.createParagraph();
			seam.setSpacingAfter(0);
			seam.setSpacingBefore(0);
			run(seam, "", false, 1);
		}
		docxTable(document, owners, cut, rows, headerFirst < 0 ? 0 : headerCount, contentWidth, twips);
		if (footnote != null) {
			XWPFParagraph note = document.createParagraph();
			note.setSpacingBefore(120);
			run(note, footnote, false, docxPoints());
		}
		if (signatures) {
			for (String line : signatureLines()) {
				XWPFParagraph paragraph = document.createParagraph();
				paragraph.setSpacingBefore(160);
				paragraph.setKeepNext(true);
				run(paragraph, line, false, docxPoints());
			}
		}
	}

	/**
	 * Grid rows {@code from} to {@code to - 1} as one table, its first {@code header}
	 * rows marked as the header Word prints again at the top of every page the table runs
	 * onto (w:tblHeader); no row splits across pages (w:cantSplit).
	 */
	private void docxTable(XWPFDocument document, Cell[][] owners, int from, int to, int header, int contentWidth,
			int[] twips) {
		XWPFTable table = document.createTable();
		table(table, contentWidth, twips);
		for (int r = from; r < to; r++) {
			XWPFTableRow row = table.insertNewTableRow(r - from + 1);
			row.setCantSplitRow(true);
			if (r - from < header) {
				row.setRepeatHeader(true);
			}
			for (int c = 0; c < widths.length;) {
				Cell owner = owners[r][c];
				if (owner == null) {
					cell(row, twips[c], 1, null, Style.TEXT, "", docxPoints());
					c++;
					continue;
				}
				int span = owner.columnSpan();
				int width = 0;
				for (int k = c; k < c + span; k++) {
					width += twips[k];
				}
				STMerge.Enum merge = owner.rowSpan() == 1 ? null
						: owner.row() == r ? STMerge.RESTART : STMerge.CONTINUE;
				// Only the first row of a vertical merge carries the text; Word shows it
				// across the group.
				cell(row, width, span, merge, owner.style(), owner.row() == r ? owner.shown() : "", docxPoints());
				c += span;
			}
		}
		// createTable() starts with one empty row of its own.
		table.removeRow(0);
	}

	/**
	 * The Excel widths scaled to the width between the margins; the last column takes the
	 * rounding.
	 */
	private int[] twips(int contentWidth) {
		int total = 0;
		for (int width : widths) {
			total += width;
		}
		int[] twips = new int[widths.length];
		int used = 0;
		for (int c = 0; c < widths.length - 1; c++) {
			twips[c] = widths[c] * contentWidth / total;
			used += twips[c];
		}
		twips[widths.length - 1] = contentWidth - used;
		return twips;
	}

	private static void table(XWPFTable table, int contentWidth, int[] twips) {
		// Borders are set explicitly: a table without them prints as loose text in some
		// readers.
		table.setTopBorder(XWPFBorderType.SINGLE, 4, 0, "000000");
		table.setBottomBorder(XWPFBorderType.SINGLE, 4, 0, "000000");
		table.setLeftBorder(XWPFBorderType.SINGLE, 4, 0, "000000");
		table.setRightBorder(XWPFBorderType.SINGLE, 4, 0, "000000");
		table.setInsideHBorder(XWPFBorderType.SINGLE, 4, 0, "000000");
		table.setInsideVBorder(XWPFBorderType.SINGLE, 4, 0, "000000");
		table.setWidthType(TableWidthType.DXA);
		table.setWidth(contentWidth);
		table.setTableAlignment(TableRowAlign.CENTER);
		// 1 mm at the sides instead of Word's 1.9 mm: a narrow column keeps two or three
		// characters a line
		table.setCellMargins(0, 57, 0, 57);
		CTTblPr properties = table.getCTTbl().getTblPr();
		(properties.isSetTblLayout() ? properties.getTblLayout() : properties.addNewTblLayout())
			.setType(STTblLayoutType.FIXED);
		CTTblGrid grid = table.getCTTbl().getTblGrid() != null ? table.getCTTbl().getTblGrid()
				: table.getCTTbl().addNewTblGrid();
		while (grid.sizeOfGridColArray() > 0) {
			grid.removeGridCol(0);
		}
		for (int width : twips) {
			grid.addNewGridCol().setW(BigInteger.valueOf(width));
		}
	}

	/** Body text of the .docx: 五号, or 小五 for a one-page form. */
	private double docxPoints() {
		return onePage ? SMALL_POINTS : BODY_POINTS;
	}

	private int margin() {
		return onePage ? NARROW_MARGIN_TWIPS : MARGIN_TWIPS;
	}

	private static void cell(XWPFTableRow row, int width, int span, STMerge.Enum merge, Style style, String text,
			double points) {
		XWPFTableCell cell = row.addNewTableCell();
		CTTcPr properties = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
		CTTblWidth cellWidth = properties.isSetTcW() ? properties.getTcW() : properties.addNewTcW();
		cellWidth.setType(STTblWidth.DXA);
		cellWidth.setW(BigInteger.valueOf(width));
		if (span > 1) {
			properties.addNewGridSpan().setVal(BigInteger.valueOf(span));
		}
		if (merge != null) {
			properties.addNewVMerge().setVal(merge);
		}
		cell.setVerticalAlignment(XWPFVertAlign.CENTER);
		boolean bold = style == Style.LABEL || style == Style.HEADER || style == Style.MONEY_TOTAL
				|| style == Style.WEIGHT_TOTAL || style == Style.SCORE_TOTAL;
		ParagraphAlignment alignment = switch (style) {
			case TEXT -> ParagraphAlignment.LEFT;
			case MONEY, MONEY_TOTAL -> ParagraphAlignment.RIGHT;
			default -> ParagraphAlignment.CENTER;
		};
		String[] lines = text.split("\n", -1);
		for (int i = 0; i < lines.length; i++) {
			XWPFParagraph paragraph = i == 0 ? cell.getParagraphs().get(0) : cell.addParagraph();
			paragraph.setAlignment(alignment);
			paragraph.setSpacingAfter(0);
			run(paragraph, lines[i], bold, points);
		}
	}

	private static XWPFRun run(XWPFParagraph paragraph, String text, boolean bold, double points) {
		XWPFRun run = paragraph.createRun();
		// Without a family for every range Word falls back to a Latin font and takes
		// Chinese from the theme.
		run.setFontFamily(FONT);
		// Bold before size: the schema orders w:b before w:sz, and stricter readers than
		// Word check it.
		if (bold) {
			run.setBold(true);
		}
		run.setFontSize(points);
		if (!text.isEmpty()) {
			run.setText(text);
		}
		return run;
	}

	private void page(CTBody body) {
		// a one-page form narrows the margins, and contentWidth above was computed with
		// the same margin()
		CTSectPr section = body.isSetSectPr() ? body.getSectPr() : body.addNewSectPr();
		CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
		size.setW(BigInteger.valueOf(landscape ? A4_LONG_TWIPS : A4_SHORT_TWIPS));
		size.setH(BigInteger.valueOf(landscape ? A4_SHORT_TWIPS : A4_LONG_TWIPS));
		size.setOrient(landscape ? STPageOrientation.LANDSCAPE : STPageOrientation.PORTRAIT);
		CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
		margins.setTop(BigInteger.valueOf(margin()));
		margins.setBottom(BigInteger.valueOf(margin()));
		margins.setLeft(BigInteger.valueOf(margin()));
		margins.setRight(BigInteger.valueOf(margin()));
		margins.setHeader(BigInteger.valueOf(567));
		margins.setFooter(BigInteger.valueOf(567));
		margins.setGutter(BigInteger.ZERO);
	}

}
