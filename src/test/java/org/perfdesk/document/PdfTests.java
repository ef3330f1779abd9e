package org.perfdesk.document;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.perfdesk.document.Pdf.Orientation;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templateresolver.StringTemplateResolver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * PDFs rendered by {@link Pdf} and read back with PDFBox: a 120-row execution list (long
 * enough for several pages, some rows tall enough to tempt a split), in portrait and
 * landscape. The files and a PNG of the first pages are left in target/documents/ for a
 * person to look at; the first and warm render times are printed.
 */
class PdfTests {

	static final Path DOCUMENTS = Path.of("target", "documents");

	static final String HEADING = "示例市2026年度项目支出预算执行明细表";

	static final int ROWS = 120;

	static byte[] portrait;

	static byte[] landscape;

	@BeforeAll
	static void render() throws IOException {
		Files.createDirectories(DOCUMENTS);
		String xhtml = executionList(ROWS);
		// The first render in this JVM reads the fonts and loads openhtmltopdf's and
		// PDFBox's classes.
		long start = System.nanoTime();
		portrait = Pdf.render(xhtml, Orientation.PORTRAIT);
		long first = System.nanoTime() - start;
		long[] warm = new long[5];
		for (int i = 0; i < warm.length; i++) {
			start = System.nanoTime();
			Pdf.render(xhtml, Orientation.PORTRAIT);
			warm[i] = System.nanoTime() - start;
		}
		Arrays.sort(warm);
		landscape = Pdf.render(xhtml, Orientation.LANDSCAPE);
		try (PDDocument document = Loader.loadPDF(portrait)) {
			System.out.printf(
					"Pdf.render, %d rows (%,d characters of XHTML): %d pages, %,d bytes; first render %d ms,"
							+ " warm median %d ms (min %d, max %d, %d renders)%n",
					ROWS, xhtml.length(), document.getNumberOfPages(), portrait.length, millis(first),
					millis(warm[warm.length / 2]), millis(warm[0]), millis(warm[warm.length - 1]), warm.length);
		}
		Files.write(DOCUMENTS.resolve("execution-list-portrait.pdf"), portrait);
		Files.write(DOCUMENTS.resolve("execution-list-landscape.pdf"), landscape);
	}

	// ---------------------------------------------------------------- pages, text, fonts

	@Test
	void aLongTableRunsOverSeveralNumberedPages() throws IOException {
		try (PDDocument document = Loader.loadPDF(portrait)) {
			int pages = document.getNumberOfPages();
			assertThat(pages).isGreaterThan(1);
			String all = text(document, 1, pages);
			// the real ideographs: PDFBox 3.0.7 wrote 示 as the radical ⽰ (U+2F70) and 页
			// as ⻚ (PDFBOX-6210)
			assertThat(all).contains(HEADING, "1,234.56", money(budget(ROWS)), "合计 " + money(totalBudget()));
			for (int page = 1; page <= pages; page++) {
				assertThat(normalized(text(document, page, page))).as("footer of page %d", page)
					.contains("第 " + page + " 页 共 " + pages + " 页");
			}
		}
	}

	@Test
	void theHeaderRowIsRepeatedOnEveryPage() throws IOException {
		try (PDDocument document = Loader.loadPDF(portrait)) {
			for (int page = 1; page <= document.getNumberOfPages(); page++) {
				assertThat(text(document, page, page)).as("page %d", page).contains("序号 项目名称 预算单位 年初预算 执行数 执行率 备注");
			}
			// the title is not repeated: only the table's header is
			assertThat(text(document, 2, 2)).doesNotContain(HEADING);
		}
	}

	@Test
	void aRowIsNeverSplitAcrossPages() throws IOException {
		try (PDDocument document = Loader.loadPDF(portrait)) {
			List<String> pages = new ArrayList<>();
			for (int page = 1; page <= document.getNumberOfPages(); page++) {
				pages.add(text(document, page, page));
			}
			// the rows with a remark over several lines are those a page break could cut
			for (int row = 7; row <= ROWS; row += 7) {
				int start = pageOf(pages, projectName(row));
				assertThat(start).as("%s is printed", projectName(row)).isPositive();
				assertThat(pageOf(pages, mark(row))).as("the end of row %d is on the page of its start", row)
					.isEqualTo(start);
			}
		}
	}

	@Test
	void theFontsAreEmbeddedAndNoOtherFontIsUsed() throws IOException {
		try (PDDocument document = Loader.loadPDF(portrait)) {
			List<String> names = new ArrayList<>();
			for (PDPage page : document.getPages()) {
				PDResources resources = page.getResources();
				for (COSName name : resources.getFontNames()) {
					PDFont font = resources.getFont(name);
					assertThat(font.isEmbedded()).as("%s is embedded", font.getName()).isTrue();
					names.add(font.getName());
				}
			}
			// subsets are named "ABCDEF+NotoSansSC-Regular"; the bold header and title
			// use the 700 face
			assertThat(names).isNotEmpty().allMatch(name -> name.contains("NotoSansSC"));
			assertThat(names).anyMatch(name -> name.endsWith("NotoSansSC-Regular"))
				.anyMatch(name -> name.endsWith("NotoSansSC-Bold"));
		}
	}

	@Test
	void chineseInItalicsStillPrintsInTheEmbeddedFont() throws IOException {
		try (PDDocument document = Loader.loadPDF(portrait)) {
			// a missing glyph would print as openhtmltopdf's replacement "#"
			assertThat(text(document, 1, 1)).contains("单位：万元", "数据截至2026年9月30日").doesNotContain("#");
		}
	}

	@Test
	void pagesAreA4InTheOrientationTheCallerChose() throws IOException {
		try (PDDocument tall = Loader.loadPDF(portrait); PDDocument wide = Loader.loadPDF(landscape)) {
			for (PDPage page : tall.getPages()) {
				assertThat(page.getMediaBox().getWidth()).isCloseTo(595.3f, within(1f));
				assertThat(page.getMediaBox().getHeight()).isCloseTo(841.9f, within(1f));
			}
			for (PDPage page : wide.getPages()) {
				assertThat(page.getMediaBox().getWidth()).isGreaterThan(page.getMediaBox().getHeight());
				assertThat(page.getMediaBox().getWidth()).isCloseTo(841.9f, within(1f));
			}
			// wider pages, fewer of them; the footer counts them all the same
			int pages = wide.getNumberOfPages();
			assertThat(pages).isGreaterThan(1).isNotEqualTo(tall.getNumberOfPages());
			assertThat(normalized(text(wide, pages, pages))).contains("第 " + pages + " 页 共 " + pages + " 页");
			assertThat(text(wide, 2, 2)).contains("项目名称");
		}
	}

	@Test
	void theDocumentTitleBecomesThePdfTitle() throws IOException {
		try (PDDocument document = Loader.loadPDF(portrait)) {
			assertThat(document.getDocumentInformation().getTitle()).isEqualTo(HEADING);
			assertThat(document.getDocumentInformation().getProducer()).isEqualTo("PerfDesk");
		}
	}

	// ---------------------------------------------------------------- looking at it

	@Test
	void thePagesRenderToImagesThatAreNotBlank() throws IOException {
		try (PDDocument document = Loader.loadPDF(portrait)) {
			PDFRenderer renderer = new PDFRenderer(document);
			for (int page = 0; page < 2; page++) {
				BufferedImage image = renderer.renderImageWithDPI(page, 110, ImageType.RGB);
				ImageIO.write(image, "png", DOCUMENTS.resolve("execution-list-page-" + (page + 1) + ".png").toFile());
				// text and the grid of borders cover several percent of an A4 page, a
				// blank page none; missing
				// glyphs would still be ink, which is why the text and font tests above
				// check what was drawn
				assertThat(inkShare(image)).as("share of non-white pixels on page %d", page + 1).isGreaterThan(0.03);
			}
		}
		try (PDDocument document = Loader.loadPDF(landscape)) {
			BufferedImage image = new PDFRenderer(document).renderImageWithDPI(0, 110, ImageType.RGB);
			ImageIO.write(image, "png", DOCUMENTS.resolve("execution-list-landscape-page-1.png").toFile());
			assertThat(image.getWidth()).isGreaterThan(image.getHeight());
		}
	}

	@Test
	void popplerRendersTheFirstPageToo() throws Exception {
		assumeTrue(onPath("pdftoppm"),
				"pdftoppm (Debian package poppler-utils) is not on PATH: the check with a second PDF reader is skipped;"
						+ " apt-get install poppler-utils to run it");
		Path pdf = DOCUMENTS.resolve("execution-list-portrait.pdf").toAbsolutePath();
		Path prefix = DOCUMENTS.resolve("execution-list-poppler-page-1").toAbsolutePath();
		Process process = new ProcessBuilder("pdftoppm", "-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile",
				pdf.toString(), prefix.toString())
			.redirectErrorStream(true)
			.start();
		String output = new String(process.getInputStream().readAllBytes());
		assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
		assertThat(process.exitValue()).as("pdftoppm: %s", output).isZero();
		Path png = Path.of(prefix + ".png");
		assertThat(png).exists().isNotEmptyFile();
		assertThat(inkShare(ImageIO.read(png.toFile()))).isGreaterThan(0.03);
	}

	// ---------------------------------------------------------------- the route from a
	// template

	@Test
	void thymeleafOutputOfAWellFormedTemplateRenders() throws IOException {
		var resolver = new StringTemplateResolver();
		// the engine the application's templates run on (SpEL), not plain Thymeleaf's
		// OGNL one
		var engine = new SpringTemplateEngine();
		engine.setTemplateResolver(resolver);
		var context = new Context();
		context.setVariable("title", "绩效目标申报汇总");
		context.setVariable("rows",
				List.of(Map.of("name", "培训&宣传 <一期>", "amount", "1,234.56"), Map.of("name", "志愿服务", "amount", "98.00")));
		String xhtml = engine.process("""
				<!DOCTYPE html>
				<html xmlns="http://www.w3.org/1999/xhtml" xmlns:th="http://www.thymeleaf.org">
				<head><title th:text="${title}">标题</title></head>
				<body>
				<h1 th:text="${title}">标题</h1>
				<table>
				<thead><tr><th>项目</th><th>金额（万元）</th></tr></thead>
				<tbody><tr th:each="row : ${rows}"><td th:text="${row.name}">项目</td>
				<td class="money" th:text="${row.amount}">0.00</td></tr></tbody>
				</table>
				</body>
				</html>
				""", context);
		byte[] pdf = Pdf.render(xhtml, Orientation.PORTRAIT);
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(document.getNumberOfPages()).isEqualTo(1);
			assertThat(text(document, 1, 1)).contains("绩效目标申报汇总", "培训&宣传 <一期>", "1,234.56", "第 1 页 共 1 页");
		}
	}

	// ---------------------------------------------------------------- several at once

	@Test
	void rendersConcurrentlyWithTheSameResult() throws Exception {
		String xhtml = executionList(30);
		String expected;
		try (PDDocument document = Loader.loadPDF(Pdf.render(xhtml, Orientation.LANDSCAPE))) {
			expected = text(document, 1, document.getNumberOfPages());
		}
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			List<Future<byte[]>> results = new ArrayList<>();
			for (int i = 0; i < 8; i++) {
				results.add(pool.submit(() -> Pdf.render(xhtml, Orientation.LANDSCAPE)));
			}
			for (Future<byte[]> result : results) {
				try (PDDocument document = Loader.loadPDF(result.get(120, TimeUnit.SECONDS))) {
					assertThat(text(document, 1, document.getNumberOfPages())).isEqualTo(expected);
				}
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

	// ---------------------------------------------------------------- what it refuses

	@Test
	void refusesWhatIsNotWellFormedXhtml() {
		assertThatThrownBy(() -> Pdf.render("<html><body><p>未闭合的段落</body></html>", Orientation.PORTRAIT))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("well-formed");
		assertThatThrownBy(() -> Pdf.render(" ", Orientation.PORTRAIT)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void refusesADocumentOverTheLimit() {
		String body = "<p>" + "字".repeat(Pdf.MAX_LENGTH) + "</p>";
		assertThatThrownBy(() -> Pdf.render(page("过长", body), Orientation.PORTRAIT))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("longer than " + Pdf.MAX_LENGTH);
	}

	@Test
	void loadsDataImagesButNoFiles() throws IOException {
		BufferedImage seal = new BufferedImage(20, 20, BufferedImage.TYPE_INT_RGB);
		var png = new ByteArrayOutputStream();
		ImageIO.write(seal, "png", png);
		Path file = Files.createTempFile("seal", ".png");
		try {
			Files.write(file, png.toByteArray());
			String data = "data:image/png;base64," + Base64.getEncoder().encodeToString(png.toByteArray());
			assertThat(images(Pdf.render(page("图片", "<p><img src=\"" + data + "\" /></p>"), Orientation.PORTRAIT)))
				.isEqualTo(1);
			assertThat(
					images(Pdf.render(page("图片", "<p><img src=\"" + file.toUri() + "\" /></p>"), Orientation.PORTRAIT)))
				.isZero();
		}
		finally {
			Files.delete(file);
		}
	}

	@Test
	void escapesTheFiveReservedCharactersAndDropsWhatXmlCannotCarry() throws IOException {
		assertThat(Pdf.escape("<培训&宣传> \"一期\" '二期' 1,234.56"))
			.isEqualTo("&lt;培训&amp;宣传&gt; &quot;一期&quot; &#39;二期&#39; 1,234.56");
		assertThat(Pdf.escape(null)).isEmpty();
		// a vertical tab and a form feed, as text pasted from Word brings them
		String pasted = "第一段\u000b第二段\f\t完\n";
		assertThat(Pdf.escape(pasted)).isEqualTo("第一段第二段\t完\n");
		try (PDDocument document = Loader
			.loadPDF(Pdf.render(page("粘贴", "<p>" + Pdf.escape(pasted) + "</p>"), Orientation.PORTRAIT))) {
			assertThat(text(document, 1, 1)).contains("第一段第二段");
		}
	}

	// ---------------------------------------------------------------- the document

	/**
	 * A list as the budget module would print it: title, unit line, a table with a
	 * header, money in 万元 and a sum row; every seventh row has a remark long enough to
	 * wrap over several lines, ending in its row's mark.
	 */
	static String executionList(int rows) {
		StringBuilder body = new StringBuilder();
		body.append("<h1>").append(HEADING).append("</h1>\n");
		body.append("<div class=\"unit-line\"><span class=\"measure\">单位：万元</span>")
			.append(Pdf.escape("编制单位：示例市财政局 & 各预算单位"))
			.append("</div>\n");
		body.append("<p><em>数据截至2026年9月30日</em>，执行率为执行数占年初预算的比例。</p>\n");
		// widths as a form would fix them, so that no figure wraps on A4 portrait; 备注
		// takes the rest
		body.append("<table>\n<thead><tr><th style=\"width: 7%\">序号</th><th style=\"width: 19%\">项目名称</th>")
			.append("<th style=\"width: 16%\">预算单位</th><th style=\"width: 15%\">年初预算</th>")
			.append("<th style=\"width: 15%\">执行数</th><th style=\"width: 11%\">执行率</th>")
			.append("<th>备注</th></tr></thead>\n<tbody>\n");
		BigDecimal total = BigDecimal.ZERO;
		BigDecimal executed = BigDecimal.ZERO;
		for (int row = 1; row <= rows; row++) {
			total = total.add(budget(row));
			executed = executed.add(executed(row));
			body.append("<tr><td class=\"center\">")
				.append(row)
				.append("</td><td>")
				.append(projectName(row))
				.append("</td><td>")
				.append(row % 3 == 0 ? "示例市教育局" : row % 3 == 1 ? "团示例市委" : "示例市民政局")
				.append("</td><td class=\"money\">")
				.append(money(budget(row)))
				.append("</td><td class=\"money\">")
				.append(money(executed(row)))
				.append("</td><td class=\"center\">75.00%</td><td>");
			if (row % 7 == 0) {
				body.append("资金已按进度拨付至各实施单位，其中政府采购部分因供应商资格复核延后约两周，")
					.append("预计第四季度完成全部支付（")
					.append(mark(row))
					.append("）");
			}
			body.append("</td></tr>\n");
		}
		body.append("<tr class=\"total\"><td colspan=\"3\" class=\"center\">合计</td><td class=\"money\">")
			.append(money(total))
			.append("</td><td class=\"money\">")
			.append(money(executed))
			.append("</td><td class=\"center\">75.00%</td><td></td></tr>\n</tbody>\n</table>\n");
		body.append("<p class=\"footnote\">注：金额单位为万元，保留两位小数。</p>\n");
		return page(HEADING, body.toString());
	}

	static String page(String title, String body) {
		return "<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"zh-CN\">\n<head><meta charset=\"UTF-8\" />"
				+ "<title>" + Pdf.escape(title) + "</title></head>\n<body>\n" + body + "</body>\n</html>\n";
	}

	static String projectName(int row) {
		return String.format("示例项目%03d", row);
	}

	/** Ends a long remark: ASCII, so that the line breaker keeps it whole. */
	static String mark(int row) {
		return String.format("R%03d", row);
	}

	/** 1,234.56 for the first row, 10.01 more for each next one. */
	static BigDecimal budget(int row) {
		return new BigDecimal("1234.56").add(new BigDecimal("10.01").multiply(BigDecimal.valueOf(row - 1)));
	}

	static BigDecimal executed(int row) {
		return budget(row).multiply(new BigDecimal("0.75"));
	}

	static BigDecimal totalBudget() {
		BigDecimal total = BigDecimal.ZERO;
		for (int row = 1; row <= ROWS; row++) {
			total = total.add(budget(row));
		}
		return total;
	}

	static String money(BigDecimal amount) {
		return String.format("%,.2f", amount);
	}

	// ---------------------------------------------------------------- reading it back

	static String text(PDDocument document, int firstPage, int lastPage) throws IOException {
		PDFTextStripper stripper = new PDFTextStripper();
		stripper.setStartPage(firstPage);
		stripper.setEndPage(lastPage);
		return stripper.getText(document);
	}

	/** PDFBox may put a run of spaces where the footer has one. */
	static String normalized(String text) {
		return text.replaceAll("[ \\u00a0]+", " ");
	}

	static int pageOf(List<String> pages, String text) {
		for (int i = 0; i < pages.size(); i++) {
			if (pages.get(i).contains(text)) {
				return i + 1;
			}
		}
		return -1;
	}

	static int images(byte[] pdf) throws IOException {
		int images = 0;
		try (PDDocument document = Loader.loadPDF(pdf)) {
			for (PDPage page : document.getPages()) {
				for (COSName name : page.getResources().getXObjectNames()) {
					if (page.getResources().isImageXObject(name)) {
						images++;
					}
				}
			}
		}
		return images;
	}

	static double inkShare(BufferedImage image) {
		long ink = 0;
		for (int y = 0; y < image.getHeight(); y++) {
			for (int x = 0; x < image.getWidth(); x++) {
				int rgb = image.getRGB(x, y);
				int darkest = Math.min((rgb >> 16) & 0xff, Math.min((rgb >> 8) & 0xff, rgb & 0xff));
				if (darkest < 200) {
					ink++;
				}
			}
		}
		return (double) ink / ((long) image.getWidth() * image.getHeight());
	}

	static boolean onPath(String command) {
		String path = System.getenv("PATH");
		return path != null && Arrays.stream(path.split(java.io.File.pathSeparator))
			.anyMatch(dir -> Files.isExecutable(Path.of(dir, command)));
	}

	static long millis(long nanos) {
		return TimeUnit.NANOSECONDS.toMillis(nanos);
	}

}
