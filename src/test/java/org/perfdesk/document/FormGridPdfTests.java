package org.perfdesk.document;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.perfdesk.document.FormGrid.Style;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A {@link FormGrid} as XHTML and PDF: a monitoring-like form of 14 columns, five of them
 * narrow tick columns, with an upper part, a two-row column header and 60 indicator rows
 * merged by level, long enough for several landscape pages. The PDF and a PNG of its
 * first two pages are left in target/documents/ for a person to look at.
 */
class FormGridPdfTests {

	static final Path DOCUMENTS = Path.of("target", "documents");

	static final String TITLE = "2026年度项目支出绩效目标执行监控表（1–7月）";

	static final int[] WIDTHS = { 8, 10, 18, 12, 16, 16, 6, 6, 6, 6, 6, 16, 10, 18 };

	static final String[] CAUSES = { "经费保障", "制度保障", "人员保障", "硬件条件保障", "其他" };

	static final int INDICATORS = 60;

	/** A reason as units write it: one long Chinese sentence with figures, no spaces. */
	static final String LONG_REASON = "受疫情防控要求影响，原定于二季度集中开展的线下培训活动延期至三季度举办，" + "截至7月底已完成计划场次的45%，资金支付相应滞后约120.5万元";

	static byte[] pdf;

	static FormGrid grid;

	@BeforeAll
	static void render() throws IOException {
		Files.createDirectories(DOCUMENTS);
		grid = monitoringLike(INDICATORS);
		pdf = grid.pdf();
		Files.write(DOCUMENTS.resolve("form-grid-multipage.pdf"), pdf);
		try (PDDocument document = Loader.loadPDF(pdf)) {
			PDFRenderer renderer = new PDFRenderer(document);
			for (int page = 0; page < Math.min(2, document.getNumberOfPages()); page++) {
				BufferedImage image = renderer.renderImageWithDPI(page, 80, ImageType.RGB);
				ImageIO.write(image, "png", DOCUMENTS.resolve("form-grid-multipage-" + (page + 1) + ".png").toFile());
			}
		}
	}

	/**
	 * The upper part, "绩效指标" and the two rows of column headings (the header, rows 4 to
	 * 6), the indicator rows.
	 */
	static FormGrid monitoringLike(int indicators) {
		var grid = new FormGrid("绩效运行监控表", TITLE, "201 共青团示例市委员会本级", WIDTHS, true);
		int r = grid.row();
		grid.text(r, 0, 2, Style.LABEL, "项目名称");
		grid.text(r, 2, 12, Style.TEXT, "青年志愿服务专项经费 & <示例>");
		r = grid.rows(3);
		grid.put(r, 0, 3, 2, Style.LABEL, "项目资金（万元）", null);
		grid.text(r, 2, 2, Style.HEADER, "");
		grid.text(r, 4, 1, Style.HEADER, "全年预算数");
		grid.text(r, 5, 1, Style.HEADER, "1–7月执行数");
		grid.text(r, 6, 8, Style.HEADER, "1–7月执行率");
		grid.text(r + 1, 2, 2, Style.LABEL, "年度资金总额");
		grid.number(r + 1, 4, 1, Style.MONEY_TOTAL, new BigDecimal("1234567.5"));
		grid.number(r + 1, 5, 1, Style.MONEY_TOTAL, new BigDecimal("617283.75"));
		grid.number(r + 1, 6, 8, Style.PERCENT, new BigDecimal("50"));
		grid.text(r + 2, 2, 2, Style.LABEL, "其他资金");
		grid.number(r + 2, 4, 1, Style.MONEY, BigDecimal.ZERO);
		grid.number(r + 2, 5, 1, Style.MONEY, BigDecimal.ZERO);
		grid.text(r + 2, 6, 8, Style.CENTER, "—");
		int heading = grid.row();
		grid.text(heading, 0, 14, Style.HEADER, "绩效指标");
		int head = grid.rows(2);
		String[] spanned = { "一级指标", "二级指标", "三级指标", "年度指标值", "1–7月执行情况", "全年预计完成情况" };
		for (int c = 0; c < spanned.length; c++) {
			grid.put(head, c, 2, 1, Style.HEADER, spanned[c], null);
		}
		grid.text(head, 6, 6, Style.HEADER, "偏差原因分析");
		for (int i = 0; i < CAUSES.length; i++) {
			grid.text(head + 1, 6 + i, 1, Style.HEADER, CAUSES[i]);
		}
		grid.text(head + 1, 11, 1, Style.HEADER, "原因说明");
		grid.put(head, 12, 2, 1, Style.HEADER, "完成目标可能性", null);
		grid.put(head, 13, 2, 1, Style.HEADER, "改进措施", null);
		grid.headerRows(heading, 3);
		int first = grid.rows(indicators);
		for (int i = 0; i < indicators; i++) {
			int row = first + i;
			if (i % 10 == 0) {
				grid.put(row, 0, 10, 1, Style.CENTER, i < 30 ? "产出指标" : "效益指标", null);
			}
			if (i % 5 == 0) {
				grid.put(row, 1, 5, 1, Style.CENTER, i % 10 == 0 ? "数量指标" : "质量指标", null);
			}
			grid.text(row, 2, 1, Style.TEXT, indicatorName(i));
			grid.text(row, 3, 1, Style.CENTER, "≥" + (100 + i) + "人次");
			grid.text(row, 4, 1, Style.TEXT, "截至7月底完成" + (50 + i) + "人次");
			grid.text(row, 5, 1, Style.TEXT, "预计全年完成");
			for (int k = 0; k < CAUSES.length; k++) {
				grid.text(row, 6 + k, 1, Style.CENTER, (i + k) % 3 == 0 ? "√" : "");
			}
			grid.text(row, 11, 1, Style.TEXT, i % 9 == 0 ? LONG_REASON : "按计划推进");
			grid.text(row, 12, 1, Style.CENTER, "确定能");
			grid.text(row, 13, 1, Style.TEXT, i % 9 == 0 ? "调整活动安排，三季度加密场次，确保全年目标完成" : "");
		}
		int total = grid.row();
		grid.text(total, 0, 4, Style.LABEL, "合计");
		grid.number(total, 4, 1, Style.SCORE_TOTAL, new BigDecimal("96.5"));
		grid.number(total, 5, 9, Style.WEIGHT_TOTAL, new BigDecimal("100"));
		grid.footnote("状态：已提交　执行数截至 7 月底；财政拨款含上年结转。");
		return grid;
	}

	/**
	 * A level label merged over rows that a page break cuts prints again at the top of
	 * the next page: on every page after the first, the first indicator row is named by
	 * its 一级 and 二级 labels.
	 */
	@Test
	void theLevelLabelsPrintAgainOnEveryPage() throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(document.getNumberOfPages()).isGreaterThan(2);
			for (int page = 2; page <= document.getNumberOfPages(); page++) {
				String text = flat(text(document, page, page));
				int header = text.indexOf("改进措施");
				int row = text.indexOf("志愿服务活动参与人次", header);
				if (row < 0) {
					continue;
				}
				String before = text.substring(header, row);
				assertThat(before).as("page %d", page).containsAnyOf("产出指标", "效益指标");
				assertThat(before).as("page %d", page).containsAnyOf("数量指标", "质量指标");
			}
		}
	}

	/** The label cut at a page break is a second cell with the same text in the XHTML. */
	@Test
	void aMergedLabelIsCutWherePagesBreak() {
		var starts = new java.util.TreeSet<Integer>(java.util.List.of(9));
		String cut = grid.xhtml(starts);
		// row 9 of the grid is indicator 2, inside the first runs of 10 and of 5 rows
		assertThat(cut).contains("<tr id=\"g9\"><td rowspan=\"8\" class=\"center\">产出指标</td>"
				+ "<td rowspan=\"3\" class=\"center\">数量指标</td>");
		assertThat(cut).contains("<td rowspan=\"2\" class=\"center\">产出指标</td>");
	}

	static String indicatorName(int i) {
		return String.format("志愿服务活动参与人次%02d", i);
	}

	static String text(PDDocument document, int firstPage, int lastPage) throws IOException {
		PDFTextStripper stripper = new PDFTextStripper();
		stripper.setStartPage(firstPage);
		stripper.setEndPage(lastPage);
		return stripper.getText(document);
	}

	/**
	 * The text without any white space: a cell's text wraps inside its column, and PDFBox
	 * reads the lines of a row one after another, so "三级指标" in a narrow column may come
	 * out as "三级指\n标".
	 */
	static String flat(String text) {
		return text.replaceAll("\\s+", "");
	}

	static String[] flat(String... texts) {
		String[] flat = new String[texts.length];
		for (int i = 0; i < texts.length; i++) {
			flat[i] = flat(texts[i]);
		}
		return flat;
	}

	@Test
	void theGridPrintsOnSeveralLandscapePagesWithTheTitleUnitLineFiguresAndFootnote() throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			int pages = document.getNumberOfPages();
			assertThat(pages).isGreaterThan(1);
			assertThat(document.getPage(0).getMediaBox().getWidth())
				.isGreaterThan(document.getPage(0).getMediaBox().getHeight());
			String first = flat(text(document, 1, 1));
			assertThat(first).contains(flat(TITLE, "201 共青团示例市委员会本级", "单位：万元", "青年志愿服务专项经费 & <示例>", "1,234,567.50",
					"617,283.75", "50.00%", "第 1 页 共 " + pages + " 页"));
			String last = flat(text(document, pages, pages));
			assertThat(last).contains(flat("96.50", "状态：已提交", "第 " + pages + " 页 共 " + pages + " 页"));
			assertThat(document.getDocumentInformation().getTitle()).isEqualTo(TITLE);
		}
	}

	@Test
	void theHeaderRowsRepeatOnEveryLaterPageAndTheUpperPartDoesNot() throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			for (int page = 2; page <= document.getNumberOfPages(); page++) {
				String text = flat(text(document, page, page));
				assertThat(text).as("page %d", page).contains("绩效指标", "一级指标", "三级指标", "偏差原因分析", "原因说明", "改进措施");
				assertThat(text).as("page %d", page).doesNotContain(TITLE, "项目资金（万元）");
			}
		}
	}

	@Test
	void everyIndicatorRowIsPrintedOnceAndWhole() throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			List<String> pages = new ArrayList<>();
			for (int page = 1; page <= document.getNumberOfPages(); page++) {
				pages.add(flat(text(document, page, page)));
			}
			for (int i = 0; i < INDICATORS; i++) {
				String name = indicatorName(i);
				int page = pageOf(pages, name);
				assertThat(page).as("%s is printed", name).isPositive();
				// the value in the row's fifth column is on the page of its name: the row
				// was not cut
				assertThat(pageOf(pages, "截至7月底完成" + (50 + i) + "人次")).as("row %d", i).isEqualTo(page);
			}
		}
	}

	@Test
	void theXhtmlHasTheMergesTheWidthsAndTheHeaderInItsOwnTable() {
		String xhtml = grid.xhtml();
		assertThat(xhtml).contains("<h1>" + TITLE + "</h1>", "青年志愿服务专项经费 &amp; &lt;示例&gt;",
				"<th rowspan=\"3\" colspan=\"2\" class=\"label\">项目资金（万元）</th>",
				"<td rowspan=\"10\" class=\"center\">产出指标</td>", "<td class=\"money total\">1,234,567.50</td>",
				"<td colspan=\"8\" class=\"center percent\">50.00%</td>", "<col style=\"width: 5%\" />",
				"<tr class=\"footnote\"><td colspan=\"14\">状态：已提交");
		// the upper part in one table, the indicators in a second one whose thead holds
		// "绩效指标" and the two header
		// rows, as a table of their own in one cell: openhtmltopdf drops the borders of a
		// cell spanning rows of a
		// repeated thead
		assertThat(xhtml.split("<table ", -1)).hasSize(4);
		String thead = xhtml.substring(xhtml.indexOf("<thead>"), xhtml.indexOf("</thead>"));
		assertThat(thead)
			.startsWith("<thead>\n<tr><th colspan=\"14\" class=\"header-grid\"><table class=\"header-grid\">")
			.contains("绩效指标", "<th rowspan=\"2\" class=\"header last\">一级指标</th>",
					"<th class=\"header last\">经费保障</th>", "<th colspan=\"6\" class=\"header\">偏差原因分析</th>")
			.doesNotContain("项目资金", "志愿服务活动参与人次");
		// the widths add up to the whole table, in each of the three
		BigDecimal sum = BigDecimal.ZERO;
		for (String part : xhtml.split("<col style=\"width: ")) {
			if (part.contains("%\" />")) {
				sum = sum.add(new BigDecimal(part.substring(0, part.indexOf('%'))));
			}
		}
		assertThat(sum).isEqualByComparingTo("300");
	}

	@Test
	void leadingHeaderRowsMakeOneTable() throws IOException {
		var list = new FormGrid("清单", "示例清单", "示例单位", new int[] { 10, 30, 12 }, false);
		int head = list.row();
		list.text(head, 0, 1, Style.HEADER, "序号");
		list.text(head, 1, 1, Style.HEADER, "项目");
		list.text(head, 2, 1, Style.HEADER, "金额");
		list.headerRows(1);
		int first = list.rows(80);
		for (int i = 0; i < 80; i++) {
			list.number(first + i, 0, 1, Style.WEIGHT, BigDecimal.valueOf(i + 1));
			list.text(first + i, 1, 1, Style.TEXT, "项目" + (i + 1));
			list.number(first + i, 2, 1, Style.MONEY, BigDecimal.valueOf(i));
		}
		String xhtml = list.xhtml();
		// without a cell spanning rows the header is the thead's own row
		assertThat(xhtml.split("<table ", -1)).hasSize(2);
		assertThat(xhtml).contains("<thead>\n<tr><th class=\"header\">序号</th>").doesNotContain("class=\"header-grid\"");
		try (PDDocument document = Loader.loadPDF(list.pdf())) {
			assertThat(document.getNumberOfPages()).isGreaterThan(1);
			assertThat(document.getPage(0).getMediaBox().getHeight())
				.isGreaterThan(document.getPage(0).getMediaBox().getWidth());
			assertThat(text(document, 2, 2)).contains("序号 项目 金额").doesNotContain("示例清单");
			assertThat(flat(text(document, 1, document.getNumberOfPages()))).contains("项目80");
		}
	}

	@Test
	void theFootnoteIsNeverAloneOnItsPage() throws IOException {
		// as many rows as put the end of the table at every height near the foot of the
		// first page
		List<Integer> pageCounts = new ArrayList<>();
		for (int count = 30; count <= 42; count++) {
			var list = new FormGrid("清单", "示例清单", "示例单位", new int[] { 10, 30, 12 }, false);
			int first = list.rows(count);
			for (int i = 0; i < count; i++) {
				list.text(first + i, 0, 1, Style.CENTER, "第" + (i + 1) + "行");
				list.text(first + i, 1, 1, Style.TEXT, "项目");
				list.number(first + i, 2, 1, Style.MONEY, BigDecimal.valueOf(i));
			}
			list.footnote("注：示例脚注。");
			try (PDDocument document = Loader.loadPDF(list.pdf())) {
				int pages = document.getNumberOfPages();
				pageCounts.add(pages);
				assertThat(text(document, pages, pages)).as("last page of %d rows", count)
					.contains("注：示例脚注。", "第" + count + "行");
			}
		}
		// the range runs over the foot of the first page
		assertThat(pageCounts).contains(1, 2);
	}

	@Test
	void aRepeatedHeaderWithMergedCellsLogsNothing() {
		// openhtmltopdf warns for every later page that a table inside the thead has no
		// content limit; Pdf drops that
		var records = new java.util.concurrent.CopyOnWriteArrayList<String>();
		var handler = new java.util.logging.Handler() {
			@Override
			public void publish(java.util.logging.LogRecord record) {
				records.add(record.getMessage());
			}

			@Override
			public void flush() {
			}

			@Override
			public void close() {
			}
		};
		var layout = java.util.logging.Logger.getLogger("com.openhtmltopdf.layout");
		layout.addHandler(handler);
		try {
			assertThat(grid.pdf()).isNotEmpty();
		}
		finally {
			layout.removeHandler(handler);
		}
		assertThat(records).doesNotContain(Pdf.NO_CONTENT_LIMIT);
	}

	@Test
	void aHeaderThatAMergedCellReachesIntoIsRefused() {
		var broken = new FormGrid("表", "表", "单位", new int[] { 10, 10 }, false);
		int r = broken.rows(3);
		broken.put(r, 0, 2, 1, Style.LABEL, "跨两行", null);
		broken.headerRows(1, 1);
		assertThatThrownBy(broken::xhtml).isInstanceOf(IllegalStateException.class).hasMessageContaining("header");
		assertThatThrownBy(() -> broken.headerRows(2, 2)).isInstanceOf(IllegalArgumentException.class);
	}

	static int pageOf(List<String> pages, String text) {
		for (int i = 0; i < pages.size(); i++) {
			if (pages.get(i).contains(text)) {
				return i + 1;
			}
		}
		return -1;
	}

}
