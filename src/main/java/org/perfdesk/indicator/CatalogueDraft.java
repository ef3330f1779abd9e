package org.perfdesk.indicator;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.perfdesk.shared.PlainText;

/**
 * What a keeper of a library submits to add or revise a catalogue entry, from the page
 * form or the API. The level-2 category and the comparison arrive as text (the enum name,
 * or the label a user reads, such as "数量指标" or "≥"), so that a wrong value is reported
 * beside its field together with every other problem instead of failing the whole
 * request.
 */
public record CatalogueDraft(String subcategory, String topic, String name, String explanation, String comparison,
		String unit, String suggestedValue, String scoringRule, String dataSource) {

	static final int MAX_NAME = 100;

	static final int MAX_TOPIC = 20;

	static final int MAX_UNIT = 20;

	static final int MAX_VALUE = 100;

	static final int MAX_TEXT = 2000;

	/**
	 * Field → Chinese message for everything wrong with the draft itself; empty when it
	 * is fine.
	 */
	public Map<String, String> problems() {
		var errors = new LinkedHashMap<String, String>();
		if (isBlank(subcategory)) {
			errors.put("subcategory", "请选择二级指标");
		}
		else if (subcategoryValue() == null) {
			errors.put("subcategory",
					"二级指标“" + subcategory.strip() + "”无效，可选："
							+ Arrays.stream(IndicatorSubcategory.values())
								.map(s -> s.name() + " " + s.label())
								.collect(Collectors.joining("、")));
		}
		max(errors, "topic", topic, "主题", MAX_TOPIC);
		if (isBlank(name)) {
			errors.put("name", "三级指标名称不能为空");
		}
		else if (name.strip().length() > MAX_NAME) {
			errors.put("name", "三级指标名称不能超过 " + MAX_NAME + " 个字（现有 " + name.strip().length() + " 个字）");
		}
		else if (isLevelLabel(name.strip())) {
			// a level-1 or level-2 label as a level-3 name says nothing about what is
			// measured (domain.md D5)
			errors.put("name", "三级指标名称不能直接使用一级或二级指标的名称“" + name.strip() + "”，请写明具体考核的内容");
		}
		if (isBlank(explanation)) {
			errors.put("explanation", "指标解释不能为空：请说明统计什么、如何计算");
		}
		else {
			max(errors, "explanation", explanation, "指标解释", MAX_TEXT);
		}
		if (isBlank(comparison)) {
			errors.put("comparison", "请选择指标性质（≥、≤、=、>、<、区间或定性）");
		}
		else if (comparisonValue() == null) {
			errors.put("comparison", "指标性质“" + comparison.strip() + "”无效，可选："
					+ Arrays.stream(Comparison.values()).map(Comparison::sign).collect(Collectors.joining("、")));
		}
		max(errors, "unit", unit, "计量单位", MAX_UNIT);
		max(errors, "suggestedValue", suggestedValue, "建议指标值", MAX_VALUE);
		max(errors, "scoringRule", scoringRule, "评(扣)分标准", MAX_TEXT);
		max(errors, "dataSource", dataSource, "数据来源", MAX_TEXT);
		Comparison c = comparisonValue();
		if (c == Comparison.QUALITATIVE && !isBlank(unit) && !errors.containsKey("unit")) {
			errors.put("unit", "定性指标不填写计量单位");
		}
		Comparison typed = leadingSign(suggestedValue);
		if (c != null && typed != null && typed != c && !errors.containsKey("suggestedValue")) {
			errors.put("suggestedValue", "建议指标值“" + suggestedValue.strip() + "”的比较符与指标性质“" + c.sign() + "”不一致");
		}
		plain(errors, "topic", "主题", topic, PlainText.SINGLE_LINE);
		plain(errors, "name", "三级指标名称", name, PlainText.SINGLE_LINE);
		plain(errors, "explanation", "指标解释", explanation, PlainText.MULTI_LINE);
		plain(errors, "unit", "计量单位", unit, PlainText.SINGLE_LINE);
		plain(errors, "suggestedValue", "建议指标值", suggestedValue, PlainText.SINGLE_LINE);
		plain(errors, "scoringRule", "评(扣)分标准", scoringRule, PlainText.MULTI_LINE);
		plain(errors, "dataSource", "数据来源", dataSource, PlainText.SINGLE_LINE);
		return errors;
	}

	/** Invisible control characters, unless the field already has a problem to show. */
	private static void plain(Map<String, String> errors, String field, String label, String value, PlainText kind) {
		if (value != null && !kind.accepts(value.strip())) {
			errors.putIfAbsent(field, PlainText.message(label));
		}
	}

	/**
	 * The level-2 category, from its enum name or its label ("数量指标"); null when it is
	 * neither.
	 */
	public IndicatorSubcategory subcategoryValue() {
		return parseSubcategory(subcategory);
	}

	/**
	 * The comparison, from its enum name, its sign (≥, 区间, 定性) or its words (不低于); null
	 * when none of these.
	 */
	public Comparison comparisonValue() {
		if (isBlank(comparison)) {
			return null;
		}
		String text = comparison.strip();
		String ascii = text.replace(">=", "≥").replace("<=", "≤");
		for (Comparison c : Comparison.values()) {
			if (c.name().equalsIgnoreCase(text) || c.sign().equals(ascii) || c.words().equals(text)) {
				return c;
			}
		}
		return null;
	}

	/**
	 * Reads a level-2 category from its enum name (any case) or its Chinese label; null
	 * otherwise.
	 */
	public static IndicatorSubcategory parseSubcategory(String text) {
		if (isBlank(text)) {
			return null;
		}
		String s = text.strip();
		for (IndicatorSubcategory sub : IndicatorSubcategory.values()) {
			if (sub.name().equalsIgnoreCase(s) || sub.label().equals(s)) {
				return sub;
			}
		}
		return null;
	}

	/**
	 * Reads a level-1 category from its enum name (any case) or its Chinese label; null
	 * otherwise.
	 */
	public static IndicatorCategory parseCategory(String text) {
		if (isBlank(text)) {
			return null;
		}
		String s = text.strip();
		for (IndicatorCategory category : IndicatorCategory.values()) {
			if (category.name().equalsIgnoreCase(s) || category.label().equals(s)) {
				return category;
			}
		}
		return null;
	}

	String topicOrGeneral() {
		return isBlank(topic) ? CatalogueEntry.GENERAL_TOPIC : topic.strip();
	}

	static String stripped(String s) {
		return s == null ? "" : s.strip();
	}

	/**
	 * The comparison a value typed with a leading sign states ("≥95%" → AT_LEAST); null
	 * without one.
	 */
	private static Comparison leadingSign(String value) {
		if (isBlank(value)) {
			return null;
		}
		String v = value.strip();
		if (v.startsWith(">=") || v.startsWith("≥")) {
			return Comparison.AT_LEAST;
		}
		if (v.startsWith("<=") || v.startsWith("≤")) {
			return Comparison.AT_MOST;
		}
		return switch (v.charAt(0)) {
			case '=' -> Comparison.EQUAL;
			case '>' -> Comparison.MORE_THAN;
			case '<' -> Comparison.LESS_THAN;
			default -> null;
		};
	}

	private static boolean isLevelLabel(String name) {
		return Arrays.stream(IndicatorCategory.values()).anyMatch(c -> c.label().equals(name))
				|| Arrays.stream(IndicatorSubcategory.values()).anyMatch(s -> s.label().equals(name));
	}

	private static void max(Map<String, String> errors, String field, String value, String label, int max) {
		if (value != null && value.strip().length() > max) {
			errors.put(field, label + "不能超过 " + max + " 个字（现有 " + value.strip().length() + " 个字）");
		}
	}

	private static boolean isBlank(String s) {
		return s == null || s.isBlank();
	}
}
