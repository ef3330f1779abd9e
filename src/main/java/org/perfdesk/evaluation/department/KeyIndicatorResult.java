package org.perfdesk.evaluation.department;

import java.math.BigDecimal;

import org.perfdesk.indicator.IndicatorSubcategory;
import org.perfdesk.indicator.TargetValue;

/**
 * 年度关键指标 of a department self-evaluation: copied from the department target (name, 预期实现值,
 * 分值) with what the department writes, the 年度完成值 and the 具体完成情况.
 *
 * @param weight the indicator's 分值 in the target; null when it has none
 */
public record KeyIndicatorResult(int position, IndicatorSubcategory subcategory, String name, String expected,
		BigDecimal weight, String actualValue, String completion) {

	public KeyIndicatorResult {
		actualValue = actualValue == null ? "" : actualValue;
		completion = completion == null ? "" : completion;
	}

	public TargetValue target() {
		return TargetValue.parse(expected);
	}

	KeyIndicatorResult with(String actual, String text) {
		return new KeyIndicatorResult(position, subcategory, name, expected, weight, actual, text);
	}
}
