package org.perfdesk.target.quality;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.perfdesk.indicator.Comparison;
import org.perfdesk.indicator.TargetValue;

/**
 * 指标值 for tests, built with the record constructor as the parser's contract describes them ("≥735人次" →
 * QUANTITY ≥ 735 人次, "≥80认可度" → unit 认可度, "2023年12月底前" → DATE, no digits → QUALITATIVE, "80%-90%" →
 * RANGE, anything else with digits → UNPARSED). It stands in for {@code TargetValue.parse} so that the rules are
 * tested against the values they will get, not against the placeholder parser; it understands only the forms
 * the tests type.
 */
final class Values {

	private static final Pattern DATE = Pattern.compile("^(\\d{4})年(\\d{1,2})月(底)?前?$");

	private static final Pattern RANGE = Pattern
			.compile("^(\\d+(?:\\.\\d+)?)(%?)\\s*[-–~至]\\s*(\\d+(?:\\.\\d+)?)(\\D*)$");

	private static final Pattern QUANTITY = Pattern.compile("^(≥|≤|=|>|<)?\\s*(\\d+(?:\\.\\d+)?)\\s*(\\D*)$");

	private Values() {
	}

	static TargetValue of(String typed) {
		String text = typed == null ? "" : typed.strip();
		if (text.chars().noneMatch(Character::isDigit)) {
			return new TargetValue(text, TargetValue.Kind.QUALITATIVE, Comparison.QUALITATIVE, null, null, "", null, text);
		}
		Matcher date = DATE.matcher(text);
		if (date.matches()) {
			LocalDate deadline = YearMonth.of(Integer.parseInt(date.group(1)), Integer.parseInt(date.group(2)))
					.atEndOfMonth();
			return new TargetValue(text, TargetValue.Kind.DATE, Comparison.AT_MOST, null, null, "", deadline, null);
		}
		Matcher range = RANGE.matcher(text);
		if (range.matches()) {
			String unit = range.group(4).isEmpty() ? range.group(2) : range.group(4).strip();
			return new TargetValue(text, TargetValue.Kind.QUANTITY, Comparison.RANGE, new BigDecimal(range.group(1)),
					new BigDecimal(range.group(3)), unit, null, null);
		}
		Matcher quantity = QUANTITY.matcher(text);
		if (quantity.matches()) {
			return new TargetValue(text, TargetValue.Kind.QUANTITY, comparison(quantity.group(1)),
					new BigDecimal(quantity.group(2)), null, quantity.group(3).strip(), null, null);
		}
		return unparsed(text);
	}

	static TargetValue unparsed(String typed) {
		return new TargetValue(typed, TargetValue.Kind.UNPARSED, Comparison.QUALITATIVE, null, null, "", null, null);
	}

	private static Comparison comparison(String sign) {
		if (sign == null) {
			return Comparison.EQUAL;
		}
		return switch (sign) {
			case "≥" -> Comparison.AT_LEAST;
			case "≤" -> Comparison.AT_MOST;
			case ">" -> Comparison.MORE_THAN;
			case "<" -> Comparison.LESS_THAN;
			default -> Comparison.EQUAL;
		};
	}
}
