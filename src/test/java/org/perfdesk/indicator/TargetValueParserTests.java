package org.perfdesk.indicator;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class TargetValueParserTests {

	/** The year of the target the value belongs to, for dates typed without one. */
	private static final int YEAR = 2024;

	@ParameterizedTest(name = "{0} → {4}")
	@CsvSource(delimiter = '|', textBlock = """
			≥735人次            | AT_LEAST  | 735   | 人次      | ≥735人次
			≧100%               | AT_LEAST  | 100   | %         | ≥100%
			>=85                | AT_LEAST  | 85    | ''        | ≥85
			≤90万元             | AT_MOST   | 90    | 万元      | ≤90万元
			100%                | EQUAL     | 100   | %         | =100%
			= 100 %             | EQUAL     | 100   | %         | =100%
			不少于12种          | AT_LEAST  | 12    | 种        | ≥12种
			≥80认可度           | AT_LEAST  | 80    | 认可度    | ≥80认可度
			≥78人数             | AT_LEAST  | 78    | 人数      | ≥78人数
			>80认可度           | MORE_THAN | 80    | 认可度    | >80认可度
			25.00%              | EQUAL     | 25.00 | %         | =25%
			100.00%             | EQUAL     | 100   | %         | =100%
			≥85满意度           | AT_LEAST  | 85    | 满意度    | ≥85满意度
			≥80满意度调查       | AT_LEAST  | 80    | 满意度调查 | ≥80满意度调查
			≧１００％           | AT_LEAST  | 100   | %         | ≥100%
			＞＝８５            | AT_LEAST  | 85    | ''        | ≥85
			≥ 735 人次          | AT_LEAST  | 735   | 人次      | ≥735人次
			不少于１２种        | AT_LEAST  | 12    | 种        | ≥12种
			=> 90%              | AT_LEAST  | 90    | %         | ≥90%
			〉=95%              | AT_LEAST  | 95    | %         | ≥95%
			⩾98%                | AT_LEAST  | 98    | %         | ≥98%
			≦5%                 | AT_MOST   | 5     | %         | ≤5%
			<=3天               | AT_MOST   | 3     | 天        | ≤3天
			不多于5次           | AT_MOST   | 5     | 次        | ≤5次
			不高于10%           | AT_MOST   | 10    | %         | ≤10%
			不超过90万元        | AT_MOST   | 90    | 万元      | ≤90万元
			小于等于2小时       | AT_MOST   | 2     | 小时      | ≤2小时
			大于等于95%         | AT_LEAST  | 95    | %         | ≥95%
			不低于90%           | AT_LEAST  | 90    | %         | ≥90%
			至少3场             | AT_LEAST  | 3     | 场        | ≥3场
			达到95%             | AT_LEAST  | 95    | %         | ≥95%
			100人以上           | AT_LEAST  | 100   | 人        | ≥100人
			3场及以上           | AT_LEAST  | 3     | 场        | ≥3场
			90%（含）以上       | AT_LEAST  | 90    | %         | ≥90%
			30天以内            | AT_MOST   | 30    | 天        | ≤30天
			3个工作日内         | AT_MOST   | 3     | 个工作日  | ≤3个工作日
			5个工作日内完成     | AT_MOST   | 5     | 个工作日  | ≤5个工作日
			控制在90万元以内    | AT_MOST   | 90    | 万元      | ≤90万元
			控制在5%以下        | AT_MOST   | 5     | %         | ≤5%
			不超过3个工作日内   | AT_MOST   | 3     | 个工作日  | ≤3个工作日
			满意度≥90%          | AT_LEAST  | 90    | %         | ≥90%
			服务对象满意度不低于85% | AT_LEAST | 85  | %         | ≥85%
			群众满意度达到95%以上 | AT_LEAST | 95    | %         | ≥95%
			投诉率低于5%        | LESS_THAN | 5     | %         | <5%
			大于50人            | MORE_THAN | 50    | 人        | >50人
			超过1000人次        | MORE_THAN | 1000  | 人次      | >1000人次
			〉80                | MORE_THAN | 80    | ''        | >80
			小于1%              | LESS_THAN | 1     | %         | <1%
			<3次                | LESS_THAN | 3     | 次        | <3次
			==100%              | EQUAL     | 100   | %         | =100%
			等于100%            | EQUAL     | 100   | %         | =100%
			12                  | EQUAL     | 12    | ''        | =12
			1.5万               | EQUAL     | 1.5   | 万        | =1.5万
			12个月              | EQUAL     | 12    | 个月      | =12个月
			≥2次/年             | AT_LEAST  | 2     | 次/年     | ≥2次/年
			≥1,200人            | AT_LEAST  | 1200  | 人        | ≥1200人
			≥１，２００人       | AT_LEAST  | 1200  | 人        | ≥1200人
			95。5%              | EQUAL     | 95.5  | %         | =95.5%
			≥98%。              | AT_LEAST  | 98    | %         | ≥98%
			≥735人次；          | AT_LEAST  | 735   | 人次      | ≥735人次
			-5%                 | EQUAL     | -5    | %         | =-5%
			≥-5%                | AT_LEAST  | -5    | %         | ≥-5%
			2024.6              | EQUAL     | 2024.6 | ''       | =2024.6
			≥1.5万人次          | AT_LEAST  | 1.5   | 万人次    | ≥1.5万人次
			≤0.5‰               | AT_MOST   | 0.5   | ‰         | ≤0.5‰
			满意度：≥90%        | AT_LEAST  | 90    | %         | ≥90%
			大于或等于90%       | AT_LEAST  | 90    | %         | ≥90%
			≥95%以上            | AT_LEAST  | 95    | %         | ≥95%
			5年内               | AT_MOST   | 5     | 年        | ≤5年
			3日内办结           | AT_MOST   | 3     | 日        | ≤3日
			""")
	void readsAComparisonANumberAndAUnit(String typed, Comparison comparison, BigDecimal number, String unit,
			String normalised) {
		TargetValue value = TargetValueParser.parse(typed, YEAR);

		assertThat(value.kind()).isEqualTo(TargetValue.Kind.QUANTITY);
		assertThat(value.comparison()).isEqualTo(comparison);
		assertThat(value.number()).isEqualByComparingTo(number);
		assertThat(value.upper()).isNull();
		assertThat(value.unit()).isEqualTo(unit);
		assertThat(value.deadline()).isNull();
		assertThat(value.typed()).isEqualTo(typed.strip());
		assertThat(value.warning()).isNull();
		assertThat(TargetValueParser.format(value)).isEqualTo(normalised);
	}

	@ParameterizedTest(name = "{0} → {4}")
	@CsvSource(delimiter = '|', textBlock = """
			80%-90%             | 80 | 90 | %    | 80%–90%
			80-90%              | 80 | 90 | %    | 80%–90%
			80%～90%            | 80 | 90 | %    | 80%–90%
			80~90%              | 80 | 90 | %    | 80%–90%
			80至90%             | 80 | 90 | %    | 80%–90%
			80%—90%             | 80 | 90 | %    | 80%–90%
			80%——90%            | 80 | 90 | %    | 80%–90%
			８０％－９０％      | 80 | 90 | %    | 80%–90%
			85.0% - 92.5%       | 85 | 92.5 | %  | 85%–92.5%
			3-5次               | 3  | 5  | 次   | 3–5次
			3天到5天            | 3  | 5  | 天   | 3–5天
			介于80%到90%之间    | 80 | 90 | %    | 80%–90%
			控制在10-20万元     | 10 | 20 | 万元 | 10–20万元
			3-5个工作日         | 3  | 5  | 个工作日 | 3–5个工作日
			80%～90%之间        | 80 | 90 | %    | 80%–90%
			""")
	void readsARangeWithOneUnit(String typed, BigDecimal lower, BigDecimal upper, String unit, String normalised) {
		TargetValue value = TargetValueParser.parse(typed, YEAR);

		assertThat(value.kind()).isEqualTo(TargetValue.Kind.QUANTITY);
		assertThat(value.comparison()).isEqualTo(Comparison.RANGE);
		assertThat(value.number()).isEqualByComparingTo(lower);
		assertThat(value.upper()).isEqualByComparingTo(upper);
		assertThat(value.unit()).isEqualTo(unit);
		assertThat(TargetValueParser.format(value)).isEqualTo(normalised);
	}

	@ParameterizedTest(name = "{0} ({1}) → {4}")
	@CsvSource(delimiter = '|', textBlock = """
			2023年12月底前       |      | AT_MOST | 2023-12-31 | 2023年12月31日前
			当年12月31日前       | 2023 | AT_MOST | 2023-12-31 | 2023年12月31日前
			2024年6月30日前      |      | AT_MOST | 2024-06-30 | 2024年6月30日前
			2024-06-30前         |      | AT_MOST | 2024-06-30 | 2024年6月30日前
			2024年12月           |      | EQUAL   | 2024-12-31 | 2024年12月31日
			12月底前             | 2024 | AT_MOST | 2024-12-31 | 2024年12月31日前
			2月底前              | 2024 | AT_MOST | 2024-02-29 | 2024年2月29日前
			3月底                | 2021 | EQUAL   | 2021-03-31 | 2021年3月31日
			6月30日              | 2024 | EQUAL   | 2024-06-30 | 2024年6月30日
			6月30号之前          | 2024 | AT_MOST | 2024-06-30 | 2024年6月30日前
			2024/6/30            |      | EQUAL   | 2024-06-30 | 2024年6月30日
			2024.06.30以前       |      | AT_MOST | 2024-06-30 | 2024年6月30日前
			２０２４－０６－３０前 |    | AT_MOST | 2024-06-30 | 2024年6月30日前
			不晚于2024年9月30日  |      | AT_MOST | 2024-09-30 | 2024年9月30日前
			2024年12月31日前完成 |      | AT_MOST | 2024-12-31 | 2024年12月31日前
			2024年6月份          |      | EQUAL   | 2024-06-30 | 2024年6月30日
			2023年底前           |      | AT_MOST | 2023-12-31 | 2023年12月31日前
			2024年               |      | EQUAL   | 2024-12-31 | 2024年12月31日
			次年3月底前          | 2024 | AT_MOST | 2025-03-31 | 2025年3月31日前
			十二月底前           | 2024 | AT_MOST | 2024-12-31 | 2024年12月31日前
			年底前               | 2024 | AT_MOST | 2024-12-31 | 2024年12月31日前
			第四季度末前         | 2024 | AT_MOST | 2024-12-31 | 2024年12月31日前
			2024年第二季度末     |      | EQUAL   | 2024-06-30 | 2024年6月30日
			""")
	void readsADeadline(String typed, Integer defaultYear, Comparison comparison, LocalDate deadline,
			String normalised) {
		TargetValue value = TargetValueParser.parse(typed, defaultYear);

		assertThat(value.kind()).isEqualTo(TargetValue.Kind.DATE);
		assertThat(value.comparison()).isEqualTo(comparison);
		assertThat(value.deadline()).isEqualTo(deadline);
		assertThat(value.number()).isNull();
		assertThat(value.warning()).isNull();
		assertThat(TargetValueParser.format(value)).isEqualTo(normalised);
	}

	@ParameterizedTest
	@ValueSource(strings = { "效果明显", "显著提升", "好", "有所提高", "高于上年", " 及时 ", "组织培训班次", "第四季度前" })
	void keepsTextWithoutDigitsAsQualitative(String typed) {
		TargetValue value = TargetValueParser.parse(typed, YEAR);

		assertThat(value.kind()).isEqualTo(TargetValue.Kind.QUALITATIVE);
		assertThat(value.comparison()).isEqualTo(Comparison.QUALITATIVE);
		assertThat(value.text()).isEqualTo(typed.strip());
		assertThat(value.number()).isNull();
		assertThat(value.deadline()).isNull();
		assertThat(value.warning()).isNull();
		assertThat(TargetValueParser.format(value)).isEqualTo(typed.strip());
	}

	@Test
	void aDeadlineInWordsWithoutAYearStaysQualitative() {
		// No digit was typed, so there is nothing to warn about; without the target's
		// year it is just words.
		TargetValue value = TargetValueParser.parse("年底前", null);

		assertThat(value.kind()).isEqualTo(TargetValue.Kind.QUALITATIVE);
		assertThat(value.text()).isEqualTo("年底前");
	}

	@ParameterizedTest(name = "{0} ({1})")
	@CsvSource(delimiter = '|', nullValues = "null", textBlock = """
			约3-5次左右?         | 2024
			第12期第3批          | 2024
			完成率100%           | 2024
			100多人              | 2024
			50余场               | 2024
			近100人              | 2024
			≥90%？               | 2024
			90-80%               | 2024
			80%-90人             | 2024
			≥80%-90%             | 2024
			≤100人以上           | 2024
			=100人以上           | 2024
			12月底前             | null
			当年12月31日前       | null
			2024年2月30日        | 2024
			13月底前             | 2024
			6月前                | 2024
			第4季度前            | 2024
			2024年前             | 2024
			1,2,3                | 2024
			5G覆盖率≥90%         | 2024
			100人完成            | 2024
			≤ 1 0 0              | 2024
			3 5次                | 2024
			≥90％+               | 2024
			≥1:2                 | 2024
			控制在2024年         | 2024
			3月内                | 2024
			1以内以内            | 2024
			""")
	void keepsWhatItCannotReadAsTypedWithAWarning(String typed, Integer defaultYear) {
		TargetValue value = TargetValueParser.parse(typed, defaultYear);

		assertThat(value.kind()).isEqualTo(TargetValue.Kind.UNPARSED);
		assertThat(value.comparison()).isEqualTo(Comparison.QUALITATIVE);
		assertThat(value.number()).isNull();
		assertThat(value.deadline()).isNull();
		assertThat(value.typed()).isEqualTo(typed);
		assertThat(value.warning()).isNotNull().contains(typed).contains("无法识别");
		assertThat(TargetValueParser.format(value)).isEqualTo(typed);
	}

	@Test
	void negativeNumbersAndOddDashesDoNotThrow() {
		assertThat(TargetValueParser.parse("--5%", YEAR).kind()).isEqualTo(TargetValue.Kind.UNPARSED);
		assertThat(TargetValueParser.parse("-", YEAR).kind()).isEqualTo(TargetValue.Kind.QUALITATIVE);
		assertThat(TargetValueParser.parse("≥-", YEAR).kind()).isEqualTo(TargetValue.Kind.QUALITATIVE);
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { "   ", "\u3000", "\t\n" })
	void emptyInputIsAnEmptyQualitativeValue(String typed) {
		TargetValue value = TargetValueParser.parse(typed, YEAR);

		assertThat(value.kind()).isEqualTo(TargetValue.Kind.QUALITATIVE);
		assertThat(value.comparison()).isEqualTo(Comparison.QUALITATIVE);
		assertThat(value.typed()).isEmpty();
		assertThat(value.text()).isEmpty();
		assertThat(value.isEmpty()).isTrue();
		assertThat(value.warning()).isNull();
		assertThat(TargetValueParser.format(value)).isEmpty();
	}

	@Test
	void keepsWhatWasTypedNextToTheReading() {
		TargetValue value = TargetValue.parse("\u3000≥ 735 人次 ");

		assertThat(value.typed()).isEqualTo("≥ 735 人次");
		assertThat(value.normalised()).isEqualTo("≥735人次");
		assertThat(value.isQuantitative()).isTrue();
		assertThat(value.isPercentage()).isFalse();
		assertThat(TargetValue.parse("≧１００％").isPercentage()).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "≥735人次", "≧１００％", "≤90万元", "= 100 %", "25.00%", ">80认可度", "<5%", "≥-5%", "不少于１２种",
			"3个工作日内", "80%～90%", "3-5次", "控制在10-20万元", "2023年12月底前", "12月底前", "2024年12月", "当年12月31日前", "1.5万", "12",
			"效果明显" })
	void readsItsOwnOutputTheSameWay(String typed) {
		TargetValue first = TargetValueParser.parse(typed, YEAR);
		String formatted = TargetValueParser.format(first);
		TargetValue again = TargetValueParser.parse(formatted, YEAR);

		assertThat(again.kind()).isEqualTo(first.kind());
		assertThat(again.comparison()).isEqualTo(first.comparison());
		assertThat(again.unit()).isEqualTo(first.unit());
		assertThat(again.deadline()).isEqualTo(first.deadline());
		assertThat(again.text()).isEqualTo(first.text());
		if (first.number() == null) {
			assertThat(again.number()).isNull();
		}
		else {
			assertThat(again.number()).isEqualByComparingTo(first.number());
		}
		if (first.upper() == null) {
			assertThat(again.upper()).isNull();
		}
		else {
			assertThat(again.upper()).isEqualByComparingTo(first.upper());
		}
		assertThat(TargetValueParser.format(again)).isEqualTo(formatted);
	}

	/**
	 * Seeded so a failure can be replayed: values glued from pieces people type never
	 * throw, and whatever is read as a quantity or a date reads back the same from its
	 * normalised form.
	 */
	@Test
	void readsGluedPiecesWithoutThrowingAndRoundTrips() {
		String[] pieces = { "1", "2", "0", "12", "2024", "30", ".", "%", "％", "≥", "≤", ">", "<", "=", "-", "~", "至",
				"年", "月", "日", "底", "前", "以上", "以内", "内", "人", "次", "万元", "约", "第", "季度", "末", "不少于", "控制在", "之间", "介于",
				" ", "，", "。", "（含）", "十", "二", "当", "次年", "完成", "/", "+", "?" };
		Random random = new Random(20240630L);
		int read = 0;
		for (int i = 0; i < 20_000; i++) {
			StringBuilder typed = new StringBuilder();
			for (int j = random.nextInt(6); j >= 0; j--) {
				typed.append(pieces[random.nextInt(pieces.length)]);
			}
			Integer year = random.nextBoolean() ? YEAR : null;
			TargetValue first = TargetValueParser.parse(typed.toString(), year);
			if (first.kind() != TargetValue.Kind.QUANTITY && first.kind() != TargetValue.Kind.DATE) {
				continue;
			}
			read++;
			TargetValue again = TargetValueParser.parse(TargetValueParser.format(first), year);
			assertThat(again.kind()).as(typed.toString()).isEqualTo(first.kind());
			assertThat(again.comparison()).as(typed.toString()).isEqualTo(first.comparison());
			assertThat(again.unit()).as(typed.toString()).isEqualTo(first.unit());
			assertThat(again.deadline()).as(typed.toString()).isEqualTo(first.deadline());
			assertThat(TargetValueParser.format(again)).as(typed.toString()).isEqualTo(TargetValueParser.format(first));
		}
		// Guards against a generator that only ever produces unreadable text.
		assertThat(read).isGreaterThan(1_000);
	}

	@Test
	void formatsWhatOthersBuiltDefensively() {
		assertThat(TargetValueParser.format(null)).isEmpty();
		TargetValue noNumber = new TargetValue("≥人次", TargetValue.Kind.QUANTITY, Comparison.AT_LEAST, null, null, "人次",
				null, null);
		assertThat(TargetValueParser.format(noNumber)).isEqualTo("≥人次");
		TargetValue range = new TargetValue("", TargetValue.Kind.QUANTITY, Comparison.RANGE, new BigDecimal("80.0"),
				new BigDecimal("90"), "", null, null);
		assertThat(TargetValueParser.format(range)).isEqualTo("80–90");
	}

}
