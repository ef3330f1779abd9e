package org.perfdesk.indicator;

/** Reads 指标值 text. (Being written: see the parser tests.) */
final class TargetValueParser {

	private TargetValueParser() {
	}

	static TargetValue parse(String typed, Integer defaultYear) {
		String text = typed == null ? "" : typed.strip();
		boolean digits = text.chars().anyMatch(Character::isDigit);
		return new TargetValue(text, digits ? TargetValue.Kind.UNPARSED : TargetValue.Kind.QUALITATIVE,
				Comparison.QUALITATIVE, null, null, "", null, digits ? null : text);
	}

	static String format(TargetValue value) {
		return value.typed();
	}
}
