package org.perfdesk.targets.quality;

import java.util.Optional;
import java.util.Set;

import org.perfdesk.indicator.IndicatorSubcategory;
import org.perfdesk.indicator.TargetValue;
import org.perfdesk.targets.Indicator;
import org.perfdesk.targets.TargetSubject;

/**
 * D9 时效指标不是时间: a 时效指标 must be a deadline ("2024年6月底前"), a duration ("≤3个工作日") or a
 * timeliness rate ("≥95%"). "按时完成", "在项目计划完成时间内完成" or a count ("志愿者派遣数量") cannot be
 * checked against a date at the end of the year.
 * <p>
 * Warning: the row is still reviewable, and the fix usually needs the project schedule,
 * which the reviewer may know better. Unparsed values are left to D4.
 */
public final class TimelinessNotATime extends RowRule {

	private static final Set<String> TIME_UNITS = Set.of("天", "日", "个工作日", "工作日", "周", "个月", "月", "小时", "分钟", "年", "%");

	public TimelinessNotATime() {
		super("D9", "时效指标不是时间", Severity.WARNING);
	}

	@Override
	boolean appliesTo(Indicator indicator) {
		return Rows.in(indicator, IndicatorSubcategory.TIMELINESS) && Rows.hasValue(indicator);
	}

	@Override
	Optional<Finding> checkRow(int index, Indicator indicator, TargetSubject subject) {
		TargetValue value = indicator.value();
		boolean fits = switch (value.kind()) {
			case DATE, UNPARSED -> true;
			case QUANTITY -> TIME_UNITS.contains(Rows.unit(value));
			case QUALITATIVE -> false;
		};
		if (fits) {
			return Optional.empty();
		}
		return Optional.of(rowFinding(index, "value",
				Rows.describeValue(index, indicator) + "不是时间。时效指标应填完成时限（如“2024年6月底前”）、时长（如“≤3个工作日”）或及时率（如“≥95%”）。"));
	}

}
