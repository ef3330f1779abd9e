package org.perfdesk.target.quality;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.perfdesk.indicator.IndicatorSubcategory;
import org.perfdesk.indicator.TargetValue;
import org.perfdesk.target.Indicator;
import org.perfdesk.target.TargetSubject;

/**
 * D9 时效指标不是时间: a 时效指标 must be a deadline ("2024年6月底前"), a duration ("≤3个工作日") or a timeliness
 * rate ("≥95%"). "按时完成", "在项目计划完成时间内完成" or a count ("志愿者派遣数量") cannot be checked against a
 * date at the end of the year.
 * <p>
 * Warning: the row is still reviewable, and the fix usually needs the project schedule, which the reviewer may
 * know better. Unparsed values are left to D4.
 */
public final class TimelinessNotATime implements QualityRule {

	private static final Set<String> TIME_UNITS = Set.of("天", "日", "个工作日", "工作日", "周", "个月", "月", "小时", "分钟", "年",
			"%");

	@Override
	public String code() {
		return "D9";
	}

	@Override
	public String title() {
		return "时效指标不是时间";
	}

	@Override
	public Severity severity() {
		return Severity.WARNING;
	}

	@Override
	public List<Finding> check(TargetSubject subject) {
		List<Finding> findings = new ArrayList<>();
		List<Indicator> indicators = subject.content().indicators();
		for (int i = 0; i < indicators.size(); i++) {
			Indicator indicator = indicators.get(i);
			TargetValue value = indicator.value();
			if (!Rows.in(indicator, IndicatorSubcategory.TIMELINESS) || Rows.isBlank(value)) {
				continue;
			}
			boolean fits = switch (value.kind()) {
				case DATE, UNPARSED -> true;
				case QUANTITY -> TIME_UNITS.contains(Rows.unit(value));
				case QUALITATIVE -> false;
			};
			if (!fits) {
				findings.add(Finding.of(this, Rows.describe(i, indicator) + "的指标值" + Rows.quote(value.typed())
						+ "不是时间。时效指标应填完成时限（如“2024年6月底前”）、时长（如“≤3个工作日”）或及时率（如“≥95%”）。", i,
						Rows.field(i, "value")));
			}
		}
		return findings;
	}
}
