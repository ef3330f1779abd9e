package org.perfdesk.importing.extraction;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The figures a narrative report states in its sentences: 年初预算数为 90 万元, 全年预算数 89.974 万元,
 * 实际支出 89.974 万元, 预算执行率为 100%, 自评得分 96 分. Only a figure written right after its label
 * (with at most a few joining words) is taken; a sentence that names two budgets takes
 * the first.
 */
public final class Narrative {

	private static final String JOIN = "\\s*(?:数|资金|总额|金额|收入|支出|经费)?\\s*(?:为|是|达|达到|共计|合计|总计|计|:|：)?\\s*(?:人民币)?\\s*";

	private static final String AMOUNT = "(\\d{1,3}(?:,\\d{3})+(?:\\.\\d{1,6})?|\\d{1,12}(?:\\.\\d{1,6})?)\\s*(万元|元)";

	private static final Pattern INITIAL = Pattern.compile("年初(?:预算|批复|安排)" + JOIN + AMOUNT);

	private static final Pattern FULL_YEAR = Pattern
		.compile("(?:全年预算|调整后预算|全年可用|全年调整预算|年度预算|预算调整为|全年资金)" + JOIN + AMOUNT);

	private static final Pattern SPENT = Pattern
		.compile("(?:全年执行|实际支出|全年支出|实际执行|预算执行|累计支出|已支出|实际使用|支出)" + JOIN + AMOUNT);

	private static final Pattern RATE = Pattern
		.compile("(?:预算执行率|资金执行率|执行率|预算完成率)\\s*(?:为|是|达|达到|:|：)?\\s*(\\d{1,3}(?:\\.\\d{1,4})?)\\s*%");

	private static final Pattern SCORE = Pattern.compile(
			"(?:自评(?:总)?得分|评价(?:总)?得分|综合(?:评价)?得分|总得分|自评分|评分结果|自评结果)\\s*(?:为|是|:|：)?\\s*(\\d{1,3}(?:\\.\\d{1,2})?)\\s*分");

	/** An amount with the unit it was written in. */
	public record Amount(PrintedNumber number, String unit) {
	}

	public record Result(Amount initial, Amount fullYear, Amount spent, PrintedNumber rate, PrintedNumber score) {
	}

	private Narrative() {
	}

	public static Result read(String text) {
		// a report is long but bounded by the reader's limits; the patterns are linear
		return new Result(amount(INITIAL, text).orElse(null), amount(FULL_YEAR, text).orElse(null),
				amount(SPENT, text).orElse(null), number(RATE, text, true).orElse(null),
				number(SCORE, text, false).orElse(null));
	}

	private static Optional<Amount> amount(Pattern pattern, String text) {
		Matcher m = pattern.matcher(text);
		if (!m.find()) {
			return Optional.empty();
		}
		return PrintedNumber.parse(m.group(1)).map(n -> new Amount(n, m.group(2)));
	}

	private static Optional<PrintedNumber> number(Pattern pattern, String text, boolean percent) {
		Matcher m = pattern.matcher(text);
		if (!m.find()) {
			return Optional.empty();
		}
		return PrintedNumber.parse(m.group(1) + (percent ? "%" : ""));
	}

}
