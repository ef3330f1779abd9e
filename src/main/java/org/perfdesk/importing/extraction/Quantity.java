package org.perfdesk.importing.extraction;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A target or an actual value read as a quantity: comparator, number and unit, whatever
 * order a table wrote them in (≥50个, 不少于50个, 50个以上, ≥ 95 %, 个 ≥ 50, 100%), or nothing
 * when the text is not one quantity (达成预期指标, 2022年12月底前, 50-60个).
 */
public record Quantity(Comparator comparator, BigDecimal value, int decimals, String unit) {

	public enum Comparator {

		AT_LEAST("≥"), AT_MOST("≤"), EQUAL("="), MORE("＞"), LESS("＜");

		private final String sign;

		Comparator(String sign) {
			this.sign = sign;
		}

		public String sign() {
			return sign;
		}

	}

	private static final int MAX_TEXT = 40;

	private static final Pattern NUMBER = Pattern.compile("(\\d{1,12}(?:\\.\\d{1,8})?)");

	private static final Pattern PREFIX = Pattern
		.compile("^(≥|≤|=|>|<|大于等于|小于等于|不低于|不少于|不小于|不超过|不高于|不多于|不大于|至少|最多|低于|少于|高于|多于|大于|小于|超过|达到|等于|控制在|为)?\\s*");

	public static Optional<Quantity> parse(String text) {
		if (text == null) {
			return Optional.empty();
		}
		String s = text.strip().replace(" ", "");
		if (s.isEmpty() || s.length() > MAX_TEXT) {
			return Optional.empty();
		}
		Matcher number = NUMBER.matcher(s);
		if (!number.find()) {
			return Optional.empty();
		}
		String before = s.substring(0, number.start());
		String after = s.substring(number.end());
		if (NUMBER.matcher(after).find()) {
			// two numbers: a range, a date, a ratio; not one quantity
			return Optional.empty();
		}
		// a unit or a comparator written before the number: 个≥50, ≥%95
		String unitBefore = "";
		Matcher prefix = PREFIX.matcher(before);
		String comparatorWord = "";
		if (prefix.find() && prefix.end() == before.length()) {
			comparatorWord = prefix.group(1) == null ? "" : prefix.group(1);
		}
		else {
			Matcher tail = Pattern.compile("(≥|≤|=|>|<|不低于|不少于|不超过|不高于|大于等于|小于等于)$").matcher(before);
			if (!tail.find()) {
				return Optional.empty();
			}
			comparatorWord = tail.group(1);
			// what stands before the comparator is a label (完成率≥95%) or, rarely, the unit
			// (个≥50)
			String label = before.substring(0, tail.start());
			if (label.length() > 15) {
				return Optional.empty();
			}
			unitBefore = label.length() <= 3 && !label.contains("率") ? label : "";
		}
		String unit = after;
		String suffixWord = "";
		for (String word : new String[] { "及以上", "及以下", "以上", "以下", "以内", "之内" }) {
			if (unit.endsWith(word)) {
				suffixWord = word;
				unit = unit.substring(0, unit.length() - word.length());
				break;
			}
		}
		if (!unit(unit)) {
			return Optional.empty();
		}
		if (unit.isEmpty()) {
			unit = unitBefore;
		}
		Comparator comparator = comparator(comparatorWord, suffixWord);
		BigDecimal value = new BigDecimal(number.group(1));
		return Optional.of(new Quantity(comparator, value, Math.max(0, value.scale()), unit));
	}

	/** A unit is short and holds no sentence: 个, %, 万元, 人次, 天, 小时, 分钟. */
	private static boolean unit(String s) {
		return s.length() <= 6 && !s.matches(".*[，,。;；:：、].*") && !s.matches(".*(完成|达到|前|后|底|月|日).*");
	}

	private static Comparator comparator(String word, String suffix) {
		switch (word) {
			case "≥", "大于等于", "不低于", "不少于", "不小于", "至少", "达到":
				return Comparator.AT_LEAST;
			case "≤", "小于等于", "不超过", "不高于", "不多于", "不大于", "最多", "控制在":
				return Comparator.AT_MOST;
			case "=", "等于", "为":
				return Comparator.EQUAL;
			case ">", "高于", "多于", "大于", "超过":
				return Comparator.MORE;
			case "<", "低于", "少于", "小于":
				return Comparator.LESS;
			default:
		}
		return switch (suffix) {
			case "以上", "及以上" -> Comparator.AT_LEAST;
			case "以下", "及以下", "以内", "之内" -> Comparator.AT_MOST;
			default -> null;
		};
	}

	/** The comparator written as a sign, or the empty string. */
	public String sign() {
		return comparator == null ? "" : comparator.sign();
	}

}
