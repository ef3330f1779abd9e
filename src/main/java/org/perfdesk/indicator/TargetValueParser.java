package org.perfdesk.indicator;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.perfdesk.shared.DecimalText;

/**
 * Reads 指标值 text as departments type it into the 绩效目标表: "≥735人次", "不少于１２种", "80%～90%",
 * "2023年12月底前", "效果明显", and the messy forms the published tables carry ("≥80认可度",
 * "25.00%").
 * <p>
 * The reading is deliberately conservative: text with an Arabic digit that does not fit
 * one of the shapes below is kept as typed with kind UNPARSED (and a warning), because a
 * wrong guess would silently change how the completion value is scored. Shapes
 * understood:
 * <ul>
 * <li>[subject] [sign] number [unit] [以上|以下|以内|内] — e.g. "满意度≥90%", "100人以上", "3个工作日内完成".
 * No sign means "=", but only when there is no subject: "完成率100%" is not guessed at.</li>
 * <li>[控制在|介于] number [unit] -|~|至|到 number unit [之间] — a range, e.g. "80%-90%",
 * "3至5次".</li>
 * <li>a date, month, month end or year end, with 前/之前/以前 meaning "by" (≤): "2024-06-30前",
 * "12月底前", "2023年底前", "第四季度末前". A bare month or year means its last day ("2024年12月" is
 * 2024-12-31). "6月前" and "第4季度前" are left UNPARSED: they can mean the start or the end of
 * the period ("第四季度前", with no digit, stays qualitative text).</li>
 * <li>text with no digit at all is qualitative (效果明显, 好), unless it is one of the date
 * shapes above written with Chinese numerals ("十二月底前", "年底前") and the year is known.</li>
 * </ul>
 * Approximations ("约", "左右", "100多人") and question marks are never turned into numbers.
 */
final class TargetValueParser {

	private static final String NUMBER = "-?\\d+(?:\\.\\d+)?";

	/**
	 * A unit is text without digits, signs, dashes or list punctuation ("≥90%+" and "1:2"
	 * are not units); lazy so that a suffix such as 以内 is not eaten.
	 */
	private static final String UNIT = "[^\\d≥≤<>=\\-+,;:、 ]*?";

	/**
	 * Sign symbols (after {@link #normalise}) and sign words; 以上/以内 after the number are
	 * read separately.
	 */
	private static final Map<String, Comparison> SIGNS = new LinkedHashMap<>();

	static {
		sign(Comparison.AT_LEAST, "≥", "大于或等于", "大于等于", "不少于", "不低于", "不小于", "至少", "最少", "达到");
		sign(Comparison.AT_MOST, "≤", "小于或等于", "小于等于", "不多于", "不高于", "不超过", "不大于", "至多", "最多");
		sign(Comparison.EQUAL, "=", "等于");
		sign(Comparison.MORE_THAN, ">", "大于", "高于", "超过", "多于");
		sign(Comparison.LESS_THAN, "<", "小于", "低于", "少于", "不足", "不到");
		// 控制在 is "kept within": ≤ on its own, but it also introduces ranges and 以内/以下
		// phrases.
		sign(Comparison.AT_MOST, "控制在");
		// 介于…之间 only introduces a range.
		sign(Comparison.RANGE, "介于");
	}

	/** Longer words first so that 不低于 is never read as 低于. */
	private static final String SIGN_ALTERNATIVES = String.join("|",
			SIGNS.keySet().stream().sorted((a, b) -> b.length() - a.length()).map(Pattern::quote).toList());

	private static final Pattern QUANTITY = Pattern.compile("^(?<subject>[^\\d]*?)(?<sign>" + SIGN_ALTERNATIVES + ")?"
			+ "(?<n1>" + NUMBER + ")(?:(?<u1>" + UNIT + ")(?:-|至|到)(?<n2>" + NUMBER + "))?(?<unit>" + UNIT + ")"
			+ "(?<suffix>及以上|或以上|以上|及以下|或以下|以下|以内|之内|内|之间)?(?<tail>完成|办结|完工)?$");

	/**
	 * Words that make a number an estimate; guessing a target from them would misstate
	 * it.
	 */
	private static final Pattern APPROXIMATE = Pattern.compile("大约|大概|约(?=-?\\d)|近(?=\\d)|左右|上下|\\?");

	/**
	 * Not a unit: a count modifier or a Chinese numeral in front (100多人, 50余场, 1十月), a
	 * month in front (12月: a date shape that did not read), a deadline, period-end or
	 * limit word at the end (2024年前, 1季度底, 月内), or any sign, limit, estimate or verb word
	 * inside ("1以内以内", "2控制在"): two readings typed into one value.
	 */
	private static final Pattern NOT_A_UNIT = Pattern.compile("^[多余来几月〇零一二三四五六七八九十].*|.*[前内底末]$|.*(?:"
			+ String.join("|", SIGNS.keySet().stream().filter(w -> w.length() > 1).map(Pattern::quote).toList())
			+ "|以上|以下|之间|完成|办结|完工|约|[.。]).*");

	private static final int LONGEST_UNIT = 10;

	/** Longer than any quantity anyone types ("满意度不低于95%（以问卷调查为准）" is 20). */
	private static final int LONGEST_QUANTITY = 200;

	private static final String SMALL = "[0-9〇零一二两三四五六七八九十]{1,3}";

	/** ≤ / 不晚于 before a date mean "by"; 于 / 在 add nothing. */
	private static final String DATE_PREFIX = "(?<prefix>≤|不晚于|不迟于|于|在)?";

	private static final String YEAR = "(?:(?:(?<y>\\d{4})|(?<rel>当|本|今|次|明))年度?)?";

	private static final String BEFORE = "(?<before>前|之前|以前)?(?:完成|办结|完工)?$";

	private static final Pattern MONTH_DAY = Pattern.compile(
			"^" + DATE_PREFIX + YEAR + "(?<m>" + SMALL + ")月" + "(?:(?<d>" + SMALL + ")[日号]|(?<end>底|末|份))?" + BEFORE);

	/**
	 * 2024-06-30, 2024/6/30, 2024.06.30, 2024-06; a dotted year-month would be the
	 * decimal 2024.6.
	 */
	private static final Pattern NUMERIC_DATE = Pattern.compile("^" + DATE_PREFIX
			+ "(?<y>\\d{4})(?:(?<sep>[-/])(?<m>\\d{1,2})(?:\\k<sep>(?<d>\\d{1,2}))?|\\.(?<dm>\\d{1,2})\\.(?<dd>\\d{1,2}))"
			+ BEFORE);

	private static final Pattern YEAR_END = Pattern
		.compile("^" + DATE_PREFIX + "(?:(?<y>\\d{4})|(?<rel>当|本|今|次|明))?年度?年?(?:底|末)" + BEFORE);

	private static final Pattern QUARTER_END = Pattern
		.compile("^" + DATE_PREFIX + YEAR + "第?(?<q>[1-4一二三四])季度?(?:底|末)" + BEFORE);

	private static final Pattern YEAR_ONLY = Pattern.compile("^" + DATE_PREFIX + "(?<y>\\d{4})年度?$");

	private TargetValueParser() {
	}

	private static void sign(Comparison comparison, String... words) {
		for (String word : words) {
			SIGNS.put(word, comparison);
		}
	}

	static TargetValue parse(String typed, Integer defaultYear) {
		String original = typed == null ? "" : typed.strip();
		if (original.isEmpty()) {
			return qualitative("");
		}
		String text = normalise(original);
		boolean digits = text.chars().anyMatch(Character::isDigit);
		DateReading date = readDate(text, defaultYear);
		if (date != null) {
			if (date.deadline() != null) {
				return new TargetValue(original, TargetValue.Kind.DATE, date.comparison(), null, null, "",
						date.deadline(), null);
			}
			// A date shape with no usable year, or no such day: warn when digits were
			// typed, else it is just words.
			return digits ? unparsed(original) : qualitative(original);
		}
		if (!digits) {
			return qualitative(original);
		}
		if (text.length() > LONGEST_QUANTITY) {
			// no value shape is this long; the quantity pattern's cost grows with the
			// square of the length
			return unparsed(original);
		}
		if (APPROXIMATE.matcher(text).find()) {
			return unparsed(original);
		}
		TargetValue quantity = readQuantity(original, text);
		return quantity != null ? quantity : unparsed(original);
	}

	static String format(TargetValue value) {
		if (value == null) {
			return "";
		}
		String typed = value.typed() == null ? "" : value.typed();
		if (value.kind() == null) {
			return typed;
		}
		return switch (value.kind()) {
			case QUANTITY -> value.number() == null || value.comparison() == null ? typed : formatQuantity(value);
			case DATE -> value.deadline() == null ? typed : formatDate(value);
			case QUALITATIVE -> value.text() == null ? typed : value.text();
			case UNPARSED -> typed;
		};
	}

	private static String formatQuantity(TargetValue value) {
		String unit = value.unit() == null ? "" : value.unit();
		if (value.comparison() == Comparison.RANGE && value.upper() != null) {
			// "80%–90%" reads as two percentages; "80–90人" as one count, as the published
			// forms print them.
			String lowerUnit = "%".equals(unit) ? unit : "";
			return plain(value.number()) + lowerUnit + "–" + plain(value.upper()) + unit;
		}
		return value.comparison().sign() + plain(value.number()) + unit;
	}

	private static String formatDate(TargetValue value) {
		LocalDate d = value.deadline();
		String day = d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
		return value.comparison() == Comparison.AT_MOST ? day + "前" : day;
	}

	/**
	 * "25.00" → "25", "100" → "100" (not "1E+2"): the typed precision says nothing about
	 * the target.
	 */
	private static String plain(BigDecimal number) {
		return number.stripTrailingZeros().toPlainString();
	}

	/**
	 * Half-width forms, no blanks, one spelling per sign and dash, no thousands
	 * separators and no trailing punctuation, so that the patterns above see one shape
	 * per meaning.
	 */
	private static String normalise(String typed) {
		String s = DecimalText.toHalfWidth(typed);
		// A blank between two digits is kept as one space, which no pattern accepts: "1
		// 200" or "3 5次" would
		// otherwise silently become 1200 or 35. Every other blank goes ("≥ 735 人次").
		s = s.replaceAll("(?<=\\d)[\\s\\p{Zs}\\u200B\\uFEFF]+(?=\\d)", "\u0000");
		s = s.replaceAll("[\\s\\p{Zs}\\u200B\\uFEFF]+", "").replace('\u0000', ' ');
		s = s.replaceAll("(?<=\\d)。(?=\\d)", ".");
		s = s.replaceAll("(?<=\\d),(?=\\d{3}(?!\\d))", "");
		s = s.replace("〉=", "≥")
			.replace(">=", "≥")
			.replace("=>", "≥")
			.replace("〈=", "≤")
			.replace("<=", "≤")
			.replace("=<", "≤")
			.replace("==", "=");
		s = s.replaceAll("[≧⩾≮]", "≥").replaceAll("[≦⩽≯]", "≤").replace('〉', '>').replace('〈', '<');
		s = s.replace("——", "-").replaceAll("[—–―〜~−]", "-");
		// "90%(含)以上": 以上 already includes the number in Chinese usage.
		s = s.replaceAll("\\(含[^)]*\\)", "");
		s = s.replaceAll("[。.,;、!]+$", "");
		return s;
	}

	private static TargetValue readQuantity(String original, String text) {
		Matcher m = QUANTITY.matcher(text);
		if (!m.matches()) {
			return null;
		}
		String subject = m.group("subject");
		String sign = m.group("sign");
		String suffix = m.group("suffix");
		String unit = m.group("unit");
		// A subject is only read past when a sign ends it ("满意度≥90%"); "完成率100%" or
		// "第12期" are not guessed.
		if (!subject.isEmpty() && (sign == null || subject.matches(".*[≥≤<>=].*"))) {
			return null;
		}
		if (m.group("tail") != null && suffix == null) {
			return null;
		}
		Comparison signed = sign == null ? null : SIGNS.get(sign);
		if (m.group("n2") != null) {
			String lowerUnit = m.group("u1");
			if (!lowerUnit.isEmpty() && !unit.isEmpty() && !lowerUnit.equals(unit)) {
				return null;
			}
			if (unit.isEmpty()) {
				unit = lowerUnit;
			}
			boolean rangeSign = sign == null || "控制在".equals(sign) || "介于".equals(sign);
			if (!rangeSign || !(suffix == null || "之间".equals(suffix)) || !plausibleUnit(unit)) {
				return null;
			}
			BigDecimal lower = new BigDecimal(m.group("n1"));
			BigDecimal upper = new BigDecimal(m.group("n2"));
			if (lower.compareTo(upper) > 0) {
				return null;
			}
			return new TargetValue(original, TargetValue.Kind.QUANTITY, Comparison.RANGE, lower, upper, unit, null,
					null);
		}
		if (signed == Comparison.RANGE || "之间".equals(suffix) || !plausibleUnit(unit)) {
			return null;
		}
		Comparison comparison = combine(sign, signed, suffixComparison(suffix));
		BigDecimal number = new BigDecimal(m.group("n1"));
		if (comparison == null || unit.startsWith("年") && isCalendarYear(number)) {
			// "控制在2024年" names a year in a shape not read as a date; "≤2024年" would read
			// back as one.
			return null;
		}
		return new TargetValue(original, TargetValue.Kind.QUANTITY, comparison, number, null, unit, null, null);
	}

	/**
	 * The sign and a 以上/以内 suffix must agree; "≤100人以上" is a typing slip we cannot
	 * resolve.
	 */
	private static Comparison combine(String sign, Comparison signed, Comparison suffixed) {
		if (signed == null) {
			return suffixed == null ? Comparison.EQUAL : suffixed;
		}
		if (suffixed == null) {
			return signed;
		}
		if ("控制在".equals(sign)) {
			return suffixed;
		}
		if (suffixed == Comparison.AT_LEAST && (signed == Comparison.AT_LEAST || signed == Comparison.MORE_THAN)) {
			return signed;
		}
		if (suffixed == Comparison.AT_MOST && (signed == Comparison.AT_MOST || signed == Comparison.LESS_THAN)) {
			return signed;
		}
		return null;
	}

	private static Comparison suffixComparison(String suffix) {
		if (suffix == null) {
			return null;
		}
		return suffix.endsWith("以上") ? Comparison.AT_LEAST : Comparison.AT_MOST;
	}

	private static boolean plausibleUnit(String unit) {
		return unit.codePointCount(0, unit.length()) <= LONGEST_UNIT && !NOT_A_UNIT.matcher(unit).matches();
	}

	private static boolean isCalendarYear(BigDecimal number) {
		return number.stripTrailingZeros().scale() <= 0 && number.compareTo(BigDecimal.valueOf(1900)) >= 0
				&& number.compareTo(BigDecimal.valueOf(2100)) <= 0;
	}

	/**
	 * A deadline, a date shape that lacks a year or a real date (deadline null), or null
	 * when not a date.
	 */
	private record DateReading(Comparison comparison, LocalDate deadline) {
	}

	private static DateReading readDate(String text, Integer defaultYear) {
		Matcher m = YEAR_ONLY.matcher(text);
		if (m.matches()) {
			int year = Integer.parseInt(m.group("y"));
			// "5年" or "3000年" is a duration; only a calendar year is read as that year's
			// last day.
			if (year < 1900 || year > 2100) {
				return null;
			}
			return reading(m, LocalDate.of(year, 12, 31), false);
		}
		m = NUMERIC_DATE.matcher(text);
		if (m.matches()) {
			// "1000-12" is a (reversed) range, not a date; only a calendar year makes it
			// one.
			if (year(m.group("y"), null, null) == null) {
				return null;
			}
			boolean dotted = m.group("dm") != null;
			Integer month = Integer.valueOf(dotted ? m.group("dm") : m.group("m"));
			String day = dotted ? m.group("dd") : m.group("d");
			int year = Integer.parseInt(m.group("y"));
			return reading(m, dayOrMonthEnd(year, month, day == null ? null : Integer.valueOf(day)));
		}
		m = MONTH_DAY.matcher(text);
		if (m.matches()) {
			Integer month = small(m.group("m"));
			Integer day = m.group("d") == null ? null : small(m.group("d"));
			if (month == null || (m.group("d") != null && day == null)) {
				return new DateReading(null, null);
			}
			// "6月前" is before June starts to some and by its end to others: leave it to
			// the user.
			if (day == null && m.group("end") == null && m.group("before") != null) {
				return new DateReading(null, null);
			}
			Integer year = year(m.group("y"), m.group("rel"), defaultYear);
			return reading(m, year == null ? null : dayOrMonthEnd(year, month, day));
		}
		m = YEAR_END.matcher(text);
		if (m.matches()) {
			Integer year = year(m.group("y"), m.group("rel"), defaultYear);
			return reading(m, year == null ? null : LocalDate.of(year, 12, 31));
		}
		m = QUARTER_END.matcher(text);
		if (m.matches()) {
			Integer year = year(m.group("y"), m.group("rel"), defaultYear);
			Integer quarter = small(m.group("q"));
			return reading(m, year == null ? null : YearMonth.of(year, quarter * 3).atEndOfMonth());
		}
		return null;
	}

	private static DateReading reading(Matcher m, LocalDate deadline) {
		return reading(m, deadline, m.group("before") != null);
	}

	/**
	 * "前" after the date, or ≤ / 不晚于 before it, make it a deadline; otherwise it is the
	 * day itself.
	 */
	private static DateReading reading(Matcher m, LocalDate deadline, boolean before) {
		if (deadline == null) {
			return new DateReading(null, null);
		}
		String prefix = m.group("prefix");
		boolean by = before || "≤".equals(prefix) || "不晚于".equals(prefix) || "不迟于".equals(prefix);
		return new DateReading(by ? Comparison.AT_MOST : Comparison.EQUAL, deadline);
	}

	/** The day, or the month's last day when no day was typed; null for 2月30日 or 13月. */
	private static LocalDate dayOrMonthEnd(int year, int month, Integer day) {
		try {
			YearMonth yearMonth = YearMonth.of(year, month);
			return day == null ? yearMonth.atEndOfMonth() : yearMonth.atDay(day);
		}
		catch (DateTimeException e) {
			return null;
		}
	}

	private static Integer year(String digits, String relative, Integer defaultYear) {
		if (digits != null) {
			int year = Integer.parseInt(digits);
			return year < 1900 || year > 2100 ? null : year;
		}
		if (defaultYear == null) {
			return null;
		}
		return "次".equals(relative) || "明".equals(relative) ? defaultYear + 1 : defaultYear;
	}

	/** 1–99 in Arabic or Chinese numerals (十二, 三十一, 两); null for anything else. */
	private static Integer small(String text) {
		if (text.chars().allMatch(c -> c >= '0' && c <= '9')) {
			return Integer.valueOf(text);
		}
		int ten = text.indexOf('十');
		if (ten < 0) {
			return text.length() == 1 ? chineseDigit(text.charAt(0)) : null;
		}
		if (ten > 1 || text.indexOf('十', ten + 1) >= 0 || text.length() - ten > 2) {
			return null;
		}
		Integer tens = ten == 0 ? Integer.valueOf(1) : chineseDigit(text.charAt(0));
		Integer ones = ten == text.length() - 1 ? Integer.valueOf(0) : chineseDigit(text.charAt(ten + 1));
		return tens == null || ones == null ? null : tens * 10 + ones;
	}

	private static Integer chineseDigit(char c) {
		int i = "〇一二三四五六七八九".indexOf(c);
		if (i >= 0) {
			return i;
		}
		return switch (c) {
			case '零' -> 0;
			case '两' -> 2;
			default -> null;
		};
	}

	private static TargetValue qualitative(String text) {
		return new TargetValue(text, TargetValue.Kind.QUALITATIVE, Comparison.QUALITATIVE, null, null, "", null, text);
	}

	private static TargetValue unparsed(String typed) {
		return new TargetValue(typed, TargetValue.Kind.UNPARSED, Comparison.QUALITATIVE, null, null, "", null, null);
	}

}
