package org.perfdesk.targets;

import java.math.BigDecimal;

import org.perfdesk.indicator.IndicatorSubcategory;
import org.perfdesk.indicator.TargetValue;

/**
 * 三级指标 of a target: one row of the indicator table, under a level-2 category.
 *
 * @param subcategory the level-2 category (which fixes level 1)
 * @param name 三级指标名称
 * @param explanation 指标解释 / 绩效指标描述
 * @param value 指标值 as typed and understood
 * @param basis 指标值确定依据; may be null while drafting
 * @param weight 分值; null while not set
 * @param scoringRule 评(扣)分标准
 * @param core 核心指标
 * @param dataSource 数据来源
 * @param catalogueEntryId the catalogue entry this row was taken from, if any (for the
 * usage count)
 */
public record Indicator(IndicatorSubcategory subcategory, String name, String explanation, TargetValue value,
		ValueBasis basis, BigDecimal weight, String scoringRule, boolean core, String dataSource,
		Long catalogueEntryId) {
}
