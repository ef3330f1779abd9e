package org.perfdesk.indicator;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * 指标值 as understood from what the user typed: a comparison with a number and a measure
 * unit (≥735人次), a range (80%–90%), a deadline (2023年12月底前), or qualitative text (效果明显).
 * Text that cannot be understood is kept exactly as typed with kind {@link Kind#UNPARSED}
 * and a warning; nothing typed is ever lost.
 *
 * @param typed the text as the user typed it (stripped)
 * @param kind what the text was understood as
 * @param comparison the comparison; {@link Comparison#QUALITATIVE} for qualitative and
 * unparsed text
 * @param number the number (lower bound for a range); null unless kind is QUANTITY
 * @param upper the upper bound of a range; null otherwise
 * @param unit the measure unit (计量单位) as normalised, e.g. "%", "人次", "万元"; empty when
 * none
 * @param deadline the date for kind DATE (the last day of a month for "12月底前")
 * @param text the qualitative text for kind QUALITATIVE
 */
public record TargetValue(String typed, Kind kind, Comparison comparison, BigDecimal number, BigDecimal upper,
		String unit, LocalDate deadline, String text) {

	/** 定量, 日期, 定性, or not understood. */
	public enum Kind {

		QUANTITY("定量"), DATE("日期"), QUALITATIVE("定性"), UNPARSED("未识别");

		private final String label;

		Kind(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}

	}

	public static TargetValue parse(String typed) {
		return TargetValueParser.parse(typed, null);
	}

	/**
	 * Parses with a year for dates typed without one ("12月底前" in a 2024 target means
	 * 2024-12-31).
	 */
	public static TargetValue parse(String typed, Integer defaultYear) {
		return TargetValueParser.parse(typed, defaultYear);
	}

	public boolean isQuantitative() {
		return kind == Kind.QUANTITY;
	}

	public boolean isPercentage() {
		return kind == Kind.QUANTITY && "%".equals(unit);
	}

	public boolean isEmpty() {
		return typed == null || typed.isEmpty();
	}

	/**
	 * The value written the same way every time, e.g. "≥735人次", "≤90万元", "80%–90%",
	 * "2023年12月31日前".
	 */
	public String normalised() {
		return TargetValueParser.format(this);
	}

	/** A Chinese warning when the text was not understood, else null. */
	public String warning() {
		return kind == Kind.UNPARSED ? "指标值“" + typed + "”无法识别为“比较符+数值+单位”、日期或定性描述，已按原文保存，请核对" : null;
	}
}
