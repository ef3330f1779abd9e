package org.perfdesk.document;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ManuscriptTests {

	private static Manuscript report() {
		List<List<String>> rows = new ArrayList<>();
		for (int i = 1; i <= 40; i++) {
			rows.add(List.of("青少年活动项目 " + i, String.format("%,.2f", 1000 + i * 12.5), "96.50%"));
		}
		rows.add(List.of("合计", "60,250.00", "96.50%"));
		return new Manuscript("2025年度部门整体支出绩效自评报告", "共青团示例市委员会").heading(1, "一、部门基本情况")
			.heading(2, "（一）部门职能")
			.paragraph("负责全市共青团工作。\n\n  指导青少年宫等阵地建设。  ")
			.add(new Manuscript.Table("项目支出情况", List.of("项目", "预算数（万元）", "执行率"), rows,
					new boolean[] { false, true, true }, true))
			.paragraph("控制字符\u0001不会进入文件 <b>也不会成为标签</b>。");
	}

	@Test
	void theWordFileHasTheTitleHeadingsIndentedParagraphsAndAPageNumberedFooter() throws Exception {
		try (var docx = new XWPFDocument(new ByteArrayInputStream(report().docx()))) {
			List<String> texts = docx.getParagraphs()
				.stream()
				.map(XWPFParagraph::getText)
				.filter(t -> !t.isBlank())
				.toList();
			assertThat(texts).startsWith("2025年度部门整体支出绩效自评报告", "共青团示例市委员会", "一、部门基本情况", "（一）部门职能", "负责全市共青团工作。",
					"指导青少年宫等阵地建设。");
			XWPFParagraph heading = docx.getParagraphs()
				.stream()
				.filter(p -> p.getText().equals("一、部门基本情况"))
				.findFirst()
				.orElseThrow();
			assertThat(heading.getRuns().get(0).getFontFamily()).isEqualTo("黑体");
			XWPFParagraph body = docx.getParagraphs()
				.stream()
				.filter(p -> p.getText().equals("负责全市共青团工作。"))
				.findFirst()
				.orElseThrow();
			assertThat(body.getIndentationFirstLine()).isEqualTo(640);
			assertThat(texts).anySatisfy(t -> assertThat(t).isEqualTo("控制字符不会进入文件 <b>也不会成为标签</b>。"));
			String footer = docx.getFooterList().get(0)._getHdrFtr().xmlText();
			assertThat(footer).contains("PAGE").contains("NUMPAGES").contains("第 ").contains(" 页 共 ");
		}
	}

	@Test
	void aLongTableRepeatsItsHeaderRowAndNeverSplitsARow() throws Exception {
		try (var docx = new XWPFDocument(new ByteArrayInputStream(report().docx()))) {
			XWPFTable table = docx.getTables().get(0);
			assertThat(table.getRows()).hasSize(42);
			assertThat(table.getRow(0).isRepeatHeader()).isTrue();
			assertThat(table.getRows()).allSatisfy(r -> assertThat(r.isCantSplitRow()).isTrue());
			assertThat(table.getRow(0).getCell(1).getText()).isEqualTo("预算数（万元）");
			assertThat(table.getRow(41).getCell(1).getText()).isEqualTo("60,250.00");
			assertThat(table.getRow(41).getCell(0).getParagraphs().get(0).getRuns().get(0).isBold()).isTrue();
		}
	}

	@Test
	void theXhtmlIsWellFormedAndCarriesTheSameBlocks() throws Exception {
		String xhtml = report().xhtml();
		var dom = DocumentBuilderFactory.newInstance()
			.newDocumentBuilder()
			.parse(new ByteArrayInputStream(xhtml.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
		assertThat(dom.getElementsByTagName("h1").item(0).getTextContent()).isEqualTo("2025年度部门整体支出绩效自评报告");
		assertThat(dom.getElementsByTagName("h2").item(0).getTextContent()).isEqualTo("一、部门基本情况");
		assertThat(dom.getElementsByTagName("thead").getLength()).isEqualTo(1);
		assertThat(dom.getElementsByTagName("tr").getLength()).isEqualTo(42);
		assertThat(xhtml).contains("&lt;b&gt;").doesNotContain("\u0001").contains("<tr class=\"total\">");
	}

	@Test
	void thePdfHasTheSameTextWithPageNumbersAndTheHeaderRowOnEveryPageOfTheTable() throws Exception {
		Manuscript m = report();
		for (int i = 0; i < 30; i++) {
			m.paragraph("第 " + (i + 1) + " 段：全年组织青少年活动，覆盖社区和学校，执行率与上年相当。");
		}
		byte[] pdf = m.pdf();
		java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "documents"));
		java.nio.file.Files.write(java.nio.file.Path.of("target", "documents", "manuscript.pdf"), pdf);
		try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
			int pages = document.getNumberOfPages();
			assertThat(pages).isGreaterThan(1);
			var stripper = new org.apache.pdfbox.text.PDFTextStripper();
			String text = stripper.getText(document);
			assertThat(text).contains("2025年度部门整体支出绩效自评报告", "一、部门基本情况", "60,250.00", "第 30 段")
				.contains("第 1 页 共 " + pages + " 页");
			stripper.setStartPage(2);
			stripper.setEndPage(2);
			String second = stripper.getText(document);
			if (second.contains("青少年活动项目")) {
				assertThat(second).contains("预算数（万元）");
			}
		}
	}

	@Test
	void aRowWithTheWrongNumberOfCellsIsRefused() {
		assertThatThrownBy(() -> new Manuscript.Table("t", List.of("a", "b"), List.of(List.of("1")),
				new boolean[] { false, true }, false))
			.isInstanceOf(IllegalArgumentException.class);
	}

}
