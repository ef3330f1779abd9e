package org.perfdesk.importing.extraction;

import java.util.Optional;
import java.util.regex.Pattern;

import org.perfdesk.consistency.Attainment;
import org.perfdesk.importing.extraction.Quantity.Comparator;

/**
 * Whether an actual value reached its target, decided from the document's own words and
 * numbers and from nothing else: two quantities in the same unit are compared with the
 * target's comparator (a 成本 target without one is a ceiling, any other a floor); an
 * actual written in words says it (已完成, 达到预期 / 未完成, 未达到). Anything else is
 * {@link Attainment#UNKNOWN}, because a wrong "missed" would be a false alarm.
 */
public final class Attainments {

	private static final Pattern MISSED = Pattern.compile("(未完成|未达到|未达成|没有完成|未能完成|未实现|未达标|未按期|滞后|不达标)");

	private static final Pattern PARTLY = Pattern.compile("(部分|基本|大部分|接近|大致|略低|偏低)");

	private static final Pattern MET = Pattern.compile(
			"^(已?完成|已?达成|已?达到|已?实现|达标|全部完成|按时完成|按期完成|如期完成|完成目标|达到预期|达成预期|达到目标|达成目标|达成年度指标|达成预期指标|达到预期目标|符合要求|符合标准|合格|是|好|优|满意|较好|良好|有效|显著|明显)");

	private Attainments() {
	}

	public static Attainment of(String level2, String target, String actual) {
		if (actual == null || actual.isBlank()) {
			return Attainment.UNKNOWN;
		}
		Optional<Quantity> a = Quantity.parse(actual);
		Optional<Quantity> t = Quantity.parse(target);
		if (a.isPresent() && t.isPresent()) {
			return compare(level2, t.get(), a.get());
		}
		String words = actual.strip();
		if (target != null && a.isEmpty() && words.equals(target.strip())) {
			// 合理 for 合理, 明确 for 明确: the actual says the target in its own words
			return Attainment.MET;
		}
		if (MISSED.matcher(words).find()) {
			return Attainment.MISSED;
		}
		if (PARTLY.matcher(words).find()) {
			return Attainment.UNKNOWN;
		}
		if (a.isEmpty() && MET.matcher(words).find()) {
			return Attainment.MET;
		}
		return Attainment.UNKNOWN;
	}

	static Attainment compare(String level2, Quantity target, Quantity actual) {
		if (!sameUnit(target.unit(), actual.unit())) {
			return Attainment.UNKNOWN;
		}
		Comparator comparator = target.comparator();
		if (comparator == null) {
			comparator = level2 != null && level2.contains("成本") ? Comparator.AT_MOST : Comparator.AT_LEAST;
		}
		int c = actual.value().compareTo(target.value());
		return switch (comparator) {
			case AT_LEAST -> c >= 0 ? Attainment.MET : Attainment.MISSED;
			case MORE -> c > 0 ? Attainment.MET : Attainment.MISSED;
			case AT_MOST -> c <= 0 ? Attainment.MET : Attainment.CEILING_EXCEEDED;
			case LESS -> c < 0 ? Attainment.MET : Attainment.CEILING_EXCEEDED;
			case EQUAL -> c == 0 ? Attainment.MET : c < 0 ? Attainment.MISSED : Attainment.UNKNOWN;
		};
	}

	/**
	 * The actual may leave the unit out (50 for ≥50个); else the units must be the same.
	 */
	static boolean sameUnit(String target, String actual) {
		return actual.isEmpty() || target.isEmpty() && !actual.equals("%") || target.equals(actual);
	}

}
