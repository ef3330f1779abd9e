package org.perfdesk.indicator;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * 指标库条目: one ready-written level-3 indicator that a unit copies into a target instead of
 * writing it from scratch. It belongs to the finance bureau's common library (财政通用指标库,
 * {@code ownerUnitId} null) or to one department's library (部门指标库). Its level-2 category
 * is the one its keeper chose; each fiscal year's {@link IndicatorScheme} places it
 * ({@link IndicatorScheme#place}) when a target takes it. Entries are never deleted, only
 * deactivated, so that a target that copied one keeps a readable origin.
 *
 * @param ownerUnitId the department whose library holds the entry, or null for the common
 * library
 * @param topic 主题, the line of work the entry serves (one of {@link #TOPICS} or the
 * keeper's own word)
 * @param explanation 指标解释: what is counted and how
 * @param comparison 指标性质: how the actual value is compared with the target value
 * @param unit 计量单位, empty for qualitative entries
 * @param suggestedValue 建议指标值 as it would be typed into a target, e.g. "≥95%"
 * @param scoringRule 评(扣)分标准
 * @param dataSource 数据来源
 */
public record CatalogueEntry(long id, Long ownerUnitId, IndicatorSubcategory subcategory, String topic, String name,
		String explanation, Comparison comparison, String unit, String suggestedValue, String scoringRule,
		String dataSource, boolean active, int version) {

	/**
	 * The topics of youth-league work the standard catalogue is written for, and 通用 for
	 * any project.
	 */
	public static final List<String> TOPICS = List.of("思想引领", "志愿服务", "青少年权益", "就业创业", "基层团建", "少先队", "宣传", "培训", "通用");

	/** The topic given to an entry whose keeper left it blank. */
	public static final String GENERAL_TOPIC = "通用";

	public boolean inCommonLibrary() {
		return ownerUnitId == null;
	}

	public IndicatorCategory category() {
		return subcategory.category();
	}

	/** Field label → displayed value, for the 操作日志. */
	Map<String, String> auditFields() {
		var fields = new LinkedHashMap<String, String>();
		fields.put("二级指标", subcategory.category().label() + " / " + subcategory.label());
		fields.put("主题", topic);
		fields.put("三级指标名称", name);
		fields.put("指标解释", explanation);
		fields.put("指标性质", comparison.sign());
		fields.put("计量单位", unit);
		fields.put("建议指标值", suggestedValue);
		fields.put("评(扣)分标准", scoringRule);
		fields.put("数据来源", dataSource);
		fields.put("状态", active ? "启用" : "停用");
		return fields;
	}
}
