package org.perfdesk.importing;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.perfdesk.consistency.Attainment;
import org.perfdesk.importing.extraction.Attainments;
import org.perfdesk.importing.extraction.PrintedNumber;
import org.perfdesk.importing.extraction.Quantity;
import org.perfdesk.importing.reading.Encodings;
import org.perfdesk.importing.reading.Normaliser;
import org.perfdesk.importing.reading.Readers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The small rules extraction stands on, one by one. */
class ReadingRulesTests {

	@ParameterizedTest
	@CsvSource(delimiter = ';',
			value = { "≥50个;AT_LEAST;50;个", "不少于50个;AT_LEAST;50;个", "50个以上;AT_LEAST;50;个", "≤ 10 天;AT_MOST;10;天",
					"不超过1.8万元;AT_MOST;1.8;万元", "控制在5%以内;AT_MOST;5;%", "=100%;EQUAL;100;%", "100%;;100;%",
					"完成率≥95%;AT_LEAST;95;%", "大于等于90%;AT_LEAST;90;%", "低于3次;LESS;3;次" })
	void quantitiesWhateverOrderTheyAreWrittenIn(String text, String comparator, String value, String unit) {
		Quantity q = Quantity.parse(text).orElseThrow();
		assertThat(q.comparator() == null ? "" : q.comparator().name()).isEqualTo(comparator == null ? "" : comparator);
		assertThat(q.value()).isEqualByComparingTo(value);
		assertThat(q.unit()).isEqualTo(unit);
	}

	@ParameterizedTest
	@CsvSource(delimiter = ';', value = { "达成预期指标", "2022年12月底前", "50-60个", "1:3", "按时完成率100%以上并全部验收合格且资料齐全完整" })
	void whatIsNotOneQuantityIsNone(String text) {
		assertThat(Quantity.parse(text)).isEmpty();
	}

	@ParameterizedTest
	@CsvSource(delimiter = ';',
			value = { "数量指标;≥50个;52个;MET", "数量指标;≥50个;48;MISSED", "成本指标;1.8万元;1.9万元;CEILING_EXCEEDED",
					"成本指标;≤1.8万元;1.73万元;MET", "质量指标;≥95%;96%;MET", "质量指标;≥95%;96个;UNKNOWN", "时效指标;按期完成;已完成;MET",
					"时效指标;按期完成;未完成;MISSED", "社会效益指标;明显提升;基本完成;UNKNOWN", "社会效益指标;明显提升;有所提升;UNKNOWN",
					"满意度指标;≥90%;;UNKNOWN", "质量指标;合理;合理;MET", "质量指标;=100%;98%;MISSED" })
	void attainmentIsReadFromTheDocumentsOwnWordsAndNumbers(String level2, String target, String actual,
			Attainment expected) {
		assertThat(Attainments.of(level2, target, actual)).isEqualTo(expected);
	}

	@Test
	void printedNumbersKeepTheirPrecisionAndAreBounded() {
		PrintedNumber n = PrintedNumber.parse("1,103.350").orElseThrow();
		assertThat(n.value()).isEqualByComparingTo("1103.35");
		assertThat(n.decimals()).isEqualTo(3);
		assertThat(PrintedNumber.parse("96.36%").orElseThrow().percent()).isTrue();
		assertThat(PrintedNumber.parse("-83.61").orElseThrow().value()).isEqualByComparingTo("-83.61");
		assertThat(PrintedNumber.parse("1".repeat(16))).as("more digits than any amount").isEmpty();
		assertThat(PrintedNumber.parse("9".repeat(41))).isEmpty();
		assertThat(PrintedNumber.parse("约50")).isEmpty();
		assertThat(PrintedNumber.parse("IO")).as("OCR only where a number must stand").isEmpty();
		assertThat(PrintedNumber.parseLenient("IO").orElseThrow().value()).isEqualByComparingTo(BigDecimal.TEN);
		assertThat(PrintedNumber.parseLenient("l00").orElseThrow().value()).isEqualByComparingTo("100");
		assertThat(PrintedNumber.parseLenient("优")).isEmpty();
	}

	@Test
	void cellsAreNormalised() {
		assertThat(Normaliser.normalise("項目支出績效自評表")).isEqualTo("项目支出绩效自评表");
		assertThat(Normaliser.normalise("９３．００％")).isEqualTo("93.00%");
		assertThat(Normaliser.normalise("≧12場")).isEqualTo("≥12场");
		assertThat(Normaliser.normalise("﹦100%")).isEqualTo("=100%");
		assertThat(Normaliser.normalise(">=95%")).isEqualTo("≥95%");
		assertThat(Normaliser.normalise("<p>第一段</p><br/>第二段&nbsp;")).isEqualTo("第一段 第二段");
		assertThat(Normaliser.normalise("其中：财政拨款\u3000 ")).isEqualTo("其中:财政拨款");
	}

	@Test
	void textIsDecodedAsUtf8OrGb18030() {
		String text = "项目支出绩效自评表 年初预算数 全年预算数 全年执行数 执行率 得分";
		assertThat(Encodings.decode(text.getBytes(StandardCharsets.UTF_8))).isEqualTo(text);
		assertThat(Encodings.decode(text.getBytes(Charset.forName("GB18030")))).isEqualTo(text);
		assertThat(Encodings.decode(text.getBytes(Charset.forName("GBK")))).isEqualTo(text);
		byte[] bom = ("\ufeff" + text).getBytes(StandardCharsets.UTF_8);
		assertThat(Encodings.decode(bom)).isEqualTo(text);
	}

	@Test
	void aFileThatCannotBeReadSaysWhyInChinese() {
		assertThatThrownBy(() -> Readers.read("a.txt", new byte[0])).hasMessage("文件是空的");
		assertThatThrownBy(() -> Readers.read("a.docx", new byte[] { 'P', 'K', 3, 4, 0, 0 }))
			.hasMessageContaining("无法读取");
		assertThatThrownBy(() -> Readers.read("a.pdf", "%PDF-1.4 nothing".getBytes(StandardCharsets.US_ASCII)))
			.hasMessageContaining("无法读取");
		assertThatThrownBy(() -> Readers.read("a.doc",
				new byte[] { (byte) 0xd0, (byte) 0xcf, 0x11, (byte) 0xe0, 0, 0, 0, 0, 0, 0 }))
			.hasMessageContaining(".docx");
		assertThatThrownBy(() -> Readers.read("big.txt", new byte[(int) Readers.MAX_BYTES + 1]))
			.hasMessageContaining("20 MB");
	}

	@Test
	void spansCannotMakeAPagesGridLarge() throws Exception {
		String cell = "<td rowspan=\"50\" colspan=\"50\">x</td>";
		String html = "<html><body><table><tr>" + cell.repeat(20_000) + "</tr>" + "<tr><td>a</td></tr>".repeat(100)
				+ "</table></body></html>";
		long started = System.nanoTime();
		var source = Readers.read("page.html", html.getBytes(StandardCharsets.UTF_8));
		assertThat(source.lines()).allSatisfy(l -> assertThat(l.cells().size()).isLessThanOrEqualTo(60));
		assertThat(java.time.Duration.ofNanos(System.nanoTime() - started))
			.isLessThan(java.time.Duration.ofSeconds(20));
	}

	@Test
	void controlCharactersAndImplausibleYearsAreDropped() {
		assertThat(Normaliser.normalise("共青团\u0000某市\u202e委员会")).isEqualTo("共青团某市委员会");
		Extraction e = new DocumentExtractor().extract("report.txt",
				"青年之家项目绩效自评报告\n本中心成立于1985年，长期服务青年。\n".getBytes(StandardCharsets.UTF_8));
		assertThat(e.kind()).isEqualTo(Kind.PROJECT_REPORT);
		assertThat(e.year()).as("1985 is when the centre was founded, not a budget year").isNull();
	}

	@Test
	void aTargetTableWithAWeightTotalHasNoTotalScore() {
		String table = """
				项目支出绩效目标表
				| 一级指标 | 二级指标 | 三级指标 | 指标值 | 分值 |
				| 产出指标 | 数量指标 | 培训人数 | ≥300人 | 50 |
				| 效益指标 | 社会效益指标 | 就业率提升 | ≥5% | 40 |
				| 合计 | | | | 100 |
				""";
		Extraction e = new DocumentExtractor().extract("target.md", table.getBytes(StandardCharsets.UTF_8));
		assertThat(e.totalScoreReported()).isNull();
		assertThat(e.findings()).extracting(Extraction.Finding::code).containsExactly("WEIGHT_TOTAL_MISMATCH");
	}

	@Test
	void aZipBombIsRefused() throws Exception {
		// a .docx whose document.xml inflates a thousandfold: POI's guard stops it
		var bytes = new java.io.ByteArrayOutputStream();
		try (var zip = new java.util.zip.ZipOutputStream(bytes)) {
			zip.putNextEntry(new java.util.zip.ZipEntry("[Content_Types].xml"));
			zip.write(
					("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
							+ "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>")
						.getBytes(StandardCharsets.UTF_8));
			zip.putNextEntry(new java.util.zip.ZipEntry("word/document.xml"));
			byte[] spaces = new byte[1024 * 1024];
			java.util.Arrays.fill(spaces, (byte) ' ');
			for (int i = 0; i < 20; i++) {
				zip.write(spaces);
			}
		}
		assertThatThrownBy(() -> Readers.read("bomb.docx", bytes.toByteArray())).isInstanceOf(Readers.Unreadable.class)
			.rootCause()
			.hasMessageContaining("Zip bomb");
	}

}
