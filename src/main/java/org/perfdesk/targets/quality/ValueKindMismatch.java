package org.perfdesk.targets.quality;

import java.util.Optional;

import org.perfdesk.indicator.IndicatorSubcategory;
import org.perfdesk.indicator.TargetValue;
import org.perfdesk.targets.Indicator;
import org.perfdesk.targets.TargetSubject;

/**
 * D4 指标值类型与指标不符: a value that could not be understood at all (kind UNPARSED, e.g.
 * "按月安排2次左右"), or a kind that does not fit the level-2 category: a date outside 时效指标.
 * <p>
 * Warnings only. Unparsed text is kept as typed and may be perfectly clear to a reviewer;
 * the parser's own warning is passed on so that the filler sees the same words
 * everywhere. A 数量指标 in words is D1's error, a 时效指标 that is not a time is D9's, so they
 * are not repeated here.
 */
public final class ValueKindMismatch extends RowRule {

	public ValueKindMismatch() {
		super("D4", "指标值类型与指标不符", Severity.WARNING);
	}

	@Override
	boolean appliesTo(Indicator indicator) {
		return Rows.hasValue(indicator);
	}

	@Override
	Optional<Finding> checkRow(int index, Indicator indicator, TargetSubject subject) {
		return Optional.ofNullable(problem(indicator, indicator.value()))
			.map(problem -> rowFinding(index, "value", Rows.describe(index, indicator) + "：" + problem));
	}

	private static String problem(Indicator indicator, TargetValue value) {
		if (value.kind() == TargetValue.Kind.UNPARSED) {
			String warning = value.warning();
			return (warning != null ? warning : "指标值" + Rows.quote(value.typed()) + "无法识别，请核对")
					+ "。请按“比较符+数值+单位”（如“≥80%”）、日期（如“2024年12月底前”）或定性描述填写。";
		}
		if (value.kind() == TargetValue.Kind.DATE && !Rows.in(indicator, IndicatorSubcategory.TIMELINESS)) {
			return "指标值" + Rows.quote(value.typed()) + "是日期，日期只适用于时效指标。请改填数量、比率或金额，或把该指标移到时效指标。";
		}
		return null;
	}

}
