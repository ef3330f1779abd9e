package org.perfdesk.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.util.Units;
import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTable.XWPFBorderType;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;

/**
 * 文稿: a narrative document (a 自评报告, a 监控报告) as a title and a sequence of blocks —
 * headings, paragraphs, tables and figures — written once and rendered as .docx and as
 * XHTML for the PDF, so the two cannot say different things. Layout follows the published
 * reports: the title centred and bold, 一级标题 in 黑体, 二级标题 in 楷体, body text in 仿宋 with a
 * two-character first-line indent, tables bordered with their header row repeated on
 * every page and rows never split, and page numbers "第 x 页 共 y 页" in the footer.
 */
public final class Manuscript {

	/** A part of the document, in reading order. */
	public sealed interface Block permits Heading, Paragraph, Table, Figure, Grid {

		/**
		 * "Heading", "Paragraph", "Table" or "Figure", for templates that lay the blocks
		 * out on a page.
		 */
		default String kind() {
			return getClass().getSimpleName();
		}

	}

	/** A heading: level 1 (一、…), 2 (（一）…) or 3. */
	public record Heading(int level, String text) implements Block {

		public Heading {
			if (level < 1 || level > 3) {
				throw new IllegalArgumentException("heading level " + level);
			}
		}
	}

	/**
	 * A paragraph of body text; line breaks inside it start new paragraphs of the same
	 * kind.
	 */
	public record Paragraph(String text) implements Block {
	}

	/**
	 * A bordered table. {@code numeric} says which columns hold figures (right-aligned);
	 * {@code totalRow} marks the last row as a 合计 (bold).
	 */
	public record Table(String caption, List<String> header, List<List<String>> rows, boolean[] numeric,
			boolean totalRow, int[] widths) implements Block {

		/**
		 * @param widths relative column widths (e.g. 3, 5, 2, 2, 2 for a project list
		 * whose names are long), or null for equal columns
		 */
		public Table {
			header = List.copyOf(header);
			rows = rows.stream().map(List::copyOf).toList();
			numeric = numeric.clone();
			for (List<String> row : rows) {
				if (row.size() != header.size()) {
					throw new IllegalArgumentException(
							"row of " + row.size() + " cells under " + header.size() + " headers");
				}
			}
			if (widths != null && widths.length != header.size()) {
				throw new IllegalArgumentException(widths.length + " widths for " + header.size() + " columns");
			}
			widths = widths == null ? null : widths.clone();
		}

		public Table(String caption, List<String> header, List<List<String>> rows, boolean[] numeric,
				boolean totalRow) {
			this(caption, header, rows, numeric, totalRow, null);
		}

		/** Each column's share of the width in percent; the last takes the rounding. */
		int[] percents() {
			int n = header.size();
			int[] w = widths == null ? java.util.stream.IntStream.generate(() -> 1).limit(n).toArray() : widths;
			int total = java.util.Arrays.stream(w).sum();
			int[] pct = new int[n];
			int used = 0;
			for (int i = 0; i < n - 1; i++) {
				pct[i] = w[i] * 100 / total;
				used += pct[i];
			}
			pct[n - 1] = 100 - used;
			return pct;
		}
	}

	/**
	 * A picture (a chart drawn on the server) as PNG, with its caption and size in
	 * points.
	 */
	public record Figure(String caption, byte[] png, int widthPoints, int heightPoints) implements Block {

		/** The picture as a data: URI, for a page that shows it inline. */
		public String dataUri() {
			return "data:image/png;base64," + java.util.Base64.getEncoder().encodeToString(png);
		}
	}

	/**
	 * A printed form's table inside the text, such as the key-task and indicator tables
	 * of a 部门整体支出绩效目标: the {@link FormGrid}'s merges, widths and repeated header rows,
	 * its footnote and signature lines, under a caption. Its title and unit line are not
	 * printed; the caption takes their place.
	 */
	public record Grid(String caption, FormGrid grid) implements Block {
	}

	/**
	 * Width between the margins of the .docx page (A4 portrait, GB/T 9704 margins), in
	 * twips.
	 */
	static final int CONTENT_TWIPS = FormGrid.A4_SHORT_TWIPS - 1587 - 1474;

	static final String BODY_FONT = "仿宋";

	static final String HEADING_FONT = "黑体";

	static final String SUBHEADING_FONT = "楷体";

	static final String TITLE_FONT = "宋体";

	/** 三号 for body and headings, as the published reports; tables in 五号. */
	static final double BODY_POINTS = 16;

	static final double TABLE_POINTS = 10.5;

	static final double TITLE_POINTS = 22;

	private final String title;

	private final String subtitle;

	private final List<Block> blocks = new ArrayList<>();

	/**
	 * @param subtitle the line under the title (e.g. the department and the date), or
	 * null
	 */
	public Manuscript(String title, String subtitle) {
		this.title = title;
		this.subtitle = subtitle;
	}

	public String title() {
		return title;
	}

	public List<Block> blocks() {
		return List.copyOf(blocks);
	}

	public Manuscript add(Block block) {
		blocks.add(block);
		return this;
	}

	public Manuscript heading(int level, String text) {
		return add(new Heading(level, text));
	}

	public Manuscript paragraph(String text) {
		return add(new Paragraph(text));
	}

	/** Every paragraph of a text, one per line; blank lines are dropped. */
	static List<String> lines(String text) {
		if (text == null) {
			return List.of();
		}
		return text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
	}

	// ---------------------------------------------------------------- .docx

	public byte[] docx() {
		try (var document = new XWPFDocument(); var out = new ByteArrayOutputStream()) {
			document.getProperties().getCoreProperties().setTitle(title);
			XWPFParagraph heading = document.createParagraph();
			heading.setAlignment(ParagraphAlignment.CENTER);
			heading.setSpacingAfter(240);
			run(heading, title, TITLE_FONT, TITLE_POINTS, true);
			if (subtitle != null && !subtitle.isBlank()) {
				XWPFParagraph sub = document.createParagraph();
				sub.setAlignment(ParagraphAlignment.CENTER);
				sub.setSpacingAfter(240);
				run(sub, subtitle, SUBHEADING_FONT, BODY_POINTS, false);
			}
			for (Block block : blocks) {
				if (block instanceof Heading h) {
					XWPFParagraph p = document.createParagraph();
					keepNext(p);
					body(p);
					p.setIndentationFirstLine(h.level() == 1 ? 0 : 640);
					run(p, h.text(), h.level() == 1 ? HEADING_FONT : SUBHEADING_FONT, BODY_POINTS, h.level() > 1);
				}
				else if (block instanceof Paragraph text) {
					for (String line : lines(text.text())) {
						XWPFParagraph p = document.createParagraph();
						body(p);
						// two characters of 三号 (16 pt = 320 twips each)
						p.setIndentationFirstLine(640);
						run(p, line, BODY_FONT, BODY_POINTS, false);
					}
				}
				else if (block instanceof Table table) {
					table(document, table);
				}
				else if (block instanceof Figure figure) {
					figure(document, figure);
				}
				else if (block instanceof Grid grid) {
					caption(document, grid.caption());
					grid.grid().appendTo(document, CONTENT_TWIPS);
				}
			}
			footer(document);
			page(document);
			document.write(out);
			return out.toByteArray();
		}
		catch (IOException | org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
			throw new UncheckedIOException(e instanceof IOException io ? io : new IOException(e));
		}
	}

	/**
	 * Keeps a heading or caption on the page of what follows it (POI's setKeepNext needs
	 * the properties first).
	 */
	private static void keepNext(XWPFParagraph p) {
		(p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr()).addNewKeepNext();
	}

	private static void body(XWPFParagraph p) {
		// fixed 28 pt lines, the usual spacing of 三号 仿宋 official documents
		p.setSpacingBetween(28 * 20, LineSpacingRule.EXACT);
		p.setSpacingAfter(0);
		p.setAlignment(ParagraphAlignment.BOTH);
	}

	private static void caption(XWPFDocument document, String text) {
		if (text != null && !text.isBlank()) {
			XWPFParagraph caption = document.createParagraph();
			caption.setAlignment(ParagraphAlignment.CENTER);
			keepNext(caption);
			caption.setSpacingBefore(120);
			run(caption, text, HEADING_FONT, TABLE_POINTS + 1.5, false);
		}
	}

	private static void table(XWPFDocument document, Table table) {
		caption(document, table.caption());
		int columns = table.header().size();
		int[] percents = table.percents();
		XWPFTable t = document.createTable(table.rows().size() + 1, columns);
		t.setTopBorder(XWPFBorderType.SINGLE, 4, 0, "000000");
		t.setBottomBorder(XWPFBorderType.SINGLE, 4, 0, "000000");
		t.setLeftBorder(XWPFBorderType.SINGLE, 4, 0, "000000");
		t.setRightBorder(XWPFBorderType.SINGLE, 4, 0, "000000");
		t.setInsideHBorder(XWPFBorderType.SINGLE, 4, 0, "000000");
		t.setInsideVBorder(XWPFBorderType.SINGLE, 4, 0, "000000");
		t.setWidthType(TableWidthType.PCT);
		t.setWidth("100%");
		t.setTableAlignment(TableRowAlign.CENTER);
		for (int r = 0; r <= table.rows().size(); r++) {
			XWPFTableRow row = t.getRow(r);
			row.setCantSplitRow(true);
			if (r == 0) {
				// Word repeats a header row at the top of every page the table runs onto
				row.setRepeatHeader(true);
			}
			boolean total = table.totalRow() && r == table.rows().size();
			for (int c = 0; c < columns; c++) {
				String text = r == 0 ? table.header().get(c) : table.rows().get(r - 1).get(c);
				XWPFTableCell cell = row.getCell(c);
				cell.setWidth(percents[c] + "%");
				cell.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
				XWPFParagraph p = cell.getParagraphs().get(0);
				p.setSpacingAfter(0);
				p.setAlignment(r == 0 ? ParagraphAlignment.CENTER
						: table.numeric()[c] ? ParagraphAlignment.RIGHT : ParagraphAlignment.LEFT);
				run(p, text == null ? "" : text, TITLE_FONT, TABLE_POINTS, r == 0 || total);
			}
		}
	}

	private static void figure(XWPFDocument document, Figure figure)
			throws IOException, org.apache.poi.openxml4j.exceptions.InvalidFormatException {
		XWPFParagraph p = document.createParagraph();
		p.setAlignment(ParagraphAlignment.CENTER);
		keepNext(p);
		try (var in = new java.io.ByteArrayInputStream(figure.png())) {
			p.createRun()
				.addPicture(in, Document.PICTURE_TYPE_PNG, figure.caption() + ".png", Units.toEMU(figure.widthPoints()),
						Units.toEMU(figure.heightPoints()));
		}
		XWPFParagraph caption = document.createParagraph();
		caption.setAlignment(ParagraphAlignment.CENTER);
		run(caption, figure.caption(), TITLE_FONT, TABLE_POINTS, false);
	}

	private static void footer(XWPFDocument document) {
		XWPFFooter footer = document.createHeaderFooterPolicy().createFooter(XWPFHeaderFooterPolicy.DEFAULT);
		XWPFParagraph p = footer.createParagraph();
		p.setAlignment(ParagraphAlignment.CENTER);
		run(p, "第 ", TITLE_FONT, TABLE_POINTS, false);
		field(p, "PAGE");
		run(p, " 页 共 ", TITLE_FONT, TABLE_POINTS, false);
		field(p, "NUMPAGES");
		run(p, " 页", TITLE_FONT, TABLE_POINTS, false);
	}

	private static void field(XWPFParagraph p, String instruction) {
		CTSimpleField field = p.getCTP().addNewFldSimple();
		field.setInstr(instruction + " \\* MERGEFORMAT");
		// the cached result shown until Word updates the field
		field.addNewR().addNewT().setStringValue("1");
	}

	private static void page(XWPFDocument document) {
		CTSectPr section = document.getDocument().getBody().isSetSectPr() ? document.getDocument().getBody().getSectPr()
				: document.getDocument().getBody().addNewSectPr();
		CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
		size.setW(BigInteger.valueOf(FormGrid.A4_SHORT_TWIPS));
		size.setH(BigInteger.valueOf(FormGrid.A4_LONG_TWIPS));
		CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
		// 3.7 cm top, 3.5 cm bottom, 2.8 / 2.6 cm sides: the margins of the official
		// document standard GB/T 9704
		margins.setTop(BigInteger.valueOf(2098));
		margins.setBottom(BigInteger.valueOf(1984));
		margins.setLeft(BigInteger.valueOf(1587));
		margins.setRight(BigInteger.valueOf(1474));
		margins.setHeader(BigInteger.valueOf(851));
		margins.setFooter(BigInteger.valueOf(992));
		margins.setGutter(BigInteger.ZERO);
	}

	private static XWPFRun run(XWPFParagraph paragraph, String text, String font, double points, boolean bold) {
		XWPFRun run = paragraph.createRun();
		run.setFontFamily(font);
		if (bold) {
			run.setBold(true);
		}
		run.setFontSize(points);
		run.setText(printable(text));
		return run;
	}

	// ---------------------------------------------------------------- PDF

	/**
	 * The manuscript's own print styles, after the shared print.css: a report reads as
	 * text, not as a form.
	 */
	static final String STYLE = """
			h1.title { font-size: 18pt; margin-bottom: 2mm; }
			p.subtitle { text-align: center; font-size: 12pt; margin-bottom: 6mm; }
			.manuscript h2 { font-size: 13pt; margin: 5mm 0 2mm 0; }
			.manuscript h3 { font-size: 12pt; margin: 3mm 0 1.5mm 2em; }
			.manuscript h4 { font-size: 11pt; margin: 2mm 0 1mm 2em; page-break-after: avoid; }
			.manuscript p { text-indent: 2em; line-height: 1.7; text-align: justify; }
			.manuscript p.caption, .manuscript p.subtitle { text-indent: 0; text-align: center; font-weight: bold; margin: 3mm 0 1.5mm 0; }
			.manuscript table.grid { margin-bottom: 3mm; }
			.manuscript .figure { text-align: center; page-break-inside: avoid; }
			""";

	/** The manuscript as an A4 portrait PDF with the embedded font and page numbers. */
	public byte[] pdf() {
		if (blocks.stream().noneMatch(Grid.class::isInstance)) {
			return Pdf.render(document(Map.of()), Pdf.Orientation.PORTRAIT);
		}
		// a form's level labels cut where a page breaks, as FormGrid#pdf does
		return Pdf.render(this::document, Pdf.Orientation.PORTRAIT, GRID_ID, FormGrid.PASSES);
	}

	/** The ids of a grid's rows start with this, its block's index and "g". */
	static final String GRID_ID = "m";

	private String document(Map<String, Integer> pages) {
		boolean grids = blocks.stream().anyMatch(Grid.class::isInstance);
		return "<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><title>" + escape(title) + "</title><style>"
				+ (grids ? FormGrid.FORM_CSS : "") + STYLE + "</style></head><body>" + xhtml(pages) + "</body></html>";
	}

	// ---------------------------------------------------------------- XHTML (for the
	// PDF)

	/**
	 * The document as well-formed XHTML for the PDF renderer: the same blocks in the same
	 * order. Figures are inlined as data URIs so the page needs no other resource.
	 */
	public String xhtml() {
		return xhtml(Map.of());
	}

	/**
	 * The XHTML with each grid's merged labels cut at the pages its rows begin on in
	 * {@code pages} (see
	 * {@link Pdf#render(java.util.function.Function, Pdf.Orientation, String, int)}).
	 */
	String xhtml(Map<String, Integer> pages) {
		var html = new StringBuilder(4096);
		html.append("<div class=\"manuscript\">\n");
		html.append("<h1 class=\"title\">").append(escape(title)).append("</h1>\n");
		if (subtitle != null && !subtitle.isBlank()) {
			html.append("<p class=\"subtitle\">").append(escape(subtitle)).append("</p>\n");
		}
		for (Block block : blocks) {
			if (block instanceof Heading h) {
				html.append("<h")
					.append(h.level() + 1)
					.append('>')
					.append(escape(h.text()))
					.append("</h")
					.append(h.level() + 1)
					.append(">\n");
			}
			else if (block instanceof Paragraph text) {
				for (String line : lines(text.text())) {
					html.append("<p>").append(escape(line)).append("</p>\n");
				}
			}
			else if (block instanceof Table table) {
				table(html, table);
			}
			else if (block instanceof Figure figure) {
				html.append("<div class=\"figure\"><img src=\"data:image/png;base64,")
					.append(java.util.Base64.getEncoder().encodeToString(figure.png()))
					.append("\" style=\"width: ")
					.append(figure.widthPoints())
					.append("pt; height: ")
					.append(figure.heightPoints())
					.append("pt\" alt=\"")
					.append(escape(figure.caption()))
					.append("\"/><p class=\"caption\">")
					.append(escape(figure.caption()))
					.append("</p></div>\n");
			}
			else if (block instanceof Grid grid) {
				if (grid.caption() != null && !grid.caption().isBlank()) {
					html.append("<p class=\"caption\">").append(escape(grid.caption())).append("</p>\n");
				}
				String prefix = GRID_ID + blocks.indexOf(block) + "g";
				grid.grid().tables(html, FormGrid.pageStarts(pages, prefix), prefix);
			}
		}
		html.append("</div>\n");
		return html.toString();
	}

	private static void table(StringBuilder html, Table table) {
		if (table.caption() != null && !table.caption().isBlank()) {
			html.append("<p class=\"caption\">").append(escape(table.caption())).append("</p>\n");
		}
		html.append("<table class=\"grid\">\n");
		for (int pct : table.percents()) {
			html.append("<col style=\"width: ").append(pct).append("%\"/>");
		}
		html.append("\n<thead><tr>");
		for (String h : table.header()) {
			html.append("<th>").append(escape(h)).append("</th>");
		}
		html.append("</tr></thead>\n<tbody>\n");
		for (int r = 0; r < table.rows().size(); r++) {
			boolean total = table.totalRow() && r == table.rows().size() - 1;
			html.append(total ? "<tr class=\"total\">" : "<tr>");
			List<String> row = table.rows().get(r);
			for (int c = 0; c < row.size(); c++) {
				html.append(table.numeric()[c] ? "<td class=\"num\">" : "<td>")
					.append(escape(row.get(c) == null ? "" : row.get(c)))
					.append("</td>");
			}
			html.append("</tr>\n");
		}
		html.append("</tbody></table>\n");
	}

	/**
	 * The text without the control characters XML 1.0 cannot carry (pasted from Word or a
	 * PDF): dropped, not passed on.
	 */
	static String printable(String text) {
		var out = new StringBuilder(text.length());
		text.codePoints().filter(c -> c >= 0x20 || c == '\t' || c == '\n' || c == '\r').forEach(out::appendCodePoint);
		return out.toString();
	}

	static String escape(String text) {
		text = printable(text);
		var out = new StringBuilder(text.length() + 16);
		for (int i = 0; i < text.length(); i++) {
			char ch = text.charAt(i);
			switch (ch) {
				case '&' -> out.append("&amp;");
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				case '"' -> out.append("&quot;");
				default -> out.append(ch);
			}
		}
		return out.toString();
	}

}
