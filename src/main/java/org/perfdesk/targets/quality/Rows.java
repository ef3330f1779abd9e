package org.perfdesk.targets.quality;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.perfdesk.indicator.IndicatorSubcategory;
import org.perfdesk.indicator.TargetValue;
import org.perfdesk.shared.Amount;
import org.perfdesk.targets.Indicator;
import org.perfdesk.targets.KeyTask;
import org.perfdesk.targets.TargetContent;
import org.perfdesk.targets.TargetKind;

/**
 * How the rules name rows and read names and values, so that every message points at a
 * row the same way and a half-filled row (null name, null value) never throws.
 */
final class Rows {

	/**
	 * Brackets with what is inside, e.g. the unit in "组织培训次数（次）"; also a bracket left
	 * open at the end.
	 */
	private static final Pattern BRACKETED = Pattern.compile("[（(【\\[][^）)】\\]]*([）)】\\]]|$)");

	private static final Pattern NOT_A_LETTER_OR_DIGIT = Pattern.compile("[^\\p{IsHan}\\p{IsAlphabetic}\\p{Nd}]");

	private Rows() {
	}

	/** "第4行指标“组织培训次数（次）”（产出指标—数量指标）": rows are counted from 1 as the filler sees them. */
	static String describe(int index, Indicator indicator) {
		String where = indicator.subcategory() == null ? ""
				: "（" + indicator.subcategory().category().label() + "—" + indicator.subcategory().label() + "）";
		return "第" + (index + 1) + "行指标“" + name(indicator) + "”" + where;
	}

	/** "第4行指标“…”（产出指标—数量指标）的指标值“≥80认可度”": how a message about a row's value begins. */
	static String describeValue(int index, Indicator indicator) {
		return describe(index, indicator) + "的指标值" + quote(typed(indicator.value()));
	}

	/**
	 * "2、5、7": row indexes as the filler counts rows, from 1, for a message about several
	 * rows.
	 */
	static String numbers(List<Integer> indexes) {
		return indexes.stream().map(i -> String.valueOf(i + 1)).collect(Collectors.joining("、"));
	}

	static String field(int index, String property) {
		return "indicators[" + index + "]." + property;
	}

	static String name(Indicator indicator) {
		return indicator.name() == null ? "" : indicator.name().strip();
	}

	/**
	 * The name as compared for duplicates and keywords: without blanks, brackets and what
	 * they hold (the unit), punctuation, and with full-width letters folded, so that
	 * "组织宣传活动次数(次）" and " 组织宣传活动次数" are one name.
	 */
	static String normalisedName(String name) {
		if (name == null) {
			return "";
		}
		String text = Normalizer.normalize(name, Normalizer.Form.NFKC);
		text = BRACKETED.matcher(text).replaceAll("");
		return NOT_A_LETTER_OR_DIGIT.matcher(text).replaceAll("").toLowerCase(Locale.ROOT);
	}

	static boolean isBlank(TargetValue value) {
		return value == null || value.isEmpty();
	}

	/** A row with a value; most rules leave a row without one alone, as S2 reports it. */
	static boolean hasValue(Indicator indicator) {
		return !isBlank(indicator.value());
	}

	static String typed(TargetValue value) {
		return value == null || value.typed() == null ? "" : value.typed();
	}

	static boolean isQuantity(TargetValue value) {
		return value != null && value.kind() == TargetValue.Kind.QUANTITY && value.number() != null;
	}

	static String unit(TargetValue value) {
		return value == null || value.unit() == null ? "" : value.unit().strip();
	}

	/**
	 * The largest number the value allows: the upper bound of a range, else the number.
	 */
	static BigDecimal highest(TargetValue value) {
		return value.upper() != null ? value.upper() : value.number();
	}

	static boolean in(Indicator indicator, IndicatorSubcategory subcategory) {
		return indicator.subcategory() == subcategory;
	}

	/**
	 * {@link TargetContent#annualFunds()} for a draft: a key task whose amounts are not
	 * filled in yet counts as zero instead of failing.
	 */
	static Amount annualFunds(TargetContent content) {
		if (content.kind() == TargetKind.DEPARTMENT) {
			return content.tasks().stream().map(Rows::total).reduce(Amount.ZERO, Amount::plus);
		}
		return content.annualFunds();
	}

	static Amount total(KeyTask task) {
		Amount fiscal = task.fiscalFunds() == null ? Amount.ZERO : task.fiscalFunds();
		return fiscal.plus(task.otherFunds() == null ? Amount.ZERO : task.otherFunds());
	}

	/** Shortens long text quoted in a message so that the message stays readable. */
	static String quote(String text) {
		String t = text == null ? "" : text.strip().replaceAll("\\s+", " ");
		return "“" + (t.length() > 30 ? t.substring(0, 30) + "…" : t) + "”";
	}

	/**
	 * A sound level-3 name for a level-2 category, for messages that ask for a better
	 * one.
	 */
	static String example(IndicatorSubcategory subcategory) {
		if (subcategory == null) {
			return "青年志愿者培训人次";
		}
		return switch (subcategory) {
			case QUANTITY -> "青年志愿者培训人次";
			case QUALITY -> "培训考核合格率";
			case TIMELINESS -> "培训完成时间";
			case OUTPUT_COST, ECONOMIC_COST -> "人均培训成本";
			case SOCIAL_COST -> "活动对周边居民出行的影响";
			case ECOLOGICAL_COST -> "活动产生的废弃物";
			case ECONOMIC -> "带动青年创业就业人数";
			case SOCIAL -> "参训青年参与志愿服务时长";
			case ECOLOGICAL -> "活动垃圾分类回收率";
			case SUSTAINABILITY -> "志愿服务队伍持续运行年限";
			case SERVICE_SATISFACTION -> "参训青年满意度";
		};
	}

}
