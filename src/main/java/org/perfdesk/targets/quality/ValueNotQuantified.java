package org.perfdesk.targets.quality;

import java.util.List;
import java.util.Optional;

import org.perfdesk.indicator.IndicatorSubcategory;
import org.perfdesk.indicator.TargetValue;
import org.perfdesk.targets.Indicator;
import org.perfdesk.targets.TargetSubject;

/**
 * D1 指标未量化: words where a number is expected ("组织培训班次", "效果明显").
 * <p>
 * Error: a 数量指标 without a number. It cannot be evaluated at the end of the year (the
 * score of a 数量指标 is actual ÷ target), so the target is not reviewable. Warnings: a 质量指标
 * in words, and a target where more than half of the values are words — 101号 asks for
 * 量化易评 but allows graded qualitative wording for effects that resist numbers, so that is
 * the reviewer's judgement. A row with no value at all is S2's error, 时效指标 are left to D9
 * and 成本指标 to D14, which say more precisely what those rows need.
 */
public final class ValueNotQuantified extends RowRule {

	private final double qualitativeShareLimit;

	public ValueNotQuantified() {
		this(0.5);
	}

	/**
	 * @param qualitativeShareLimit the share of qualitative values above which the target
	 * gets a warning
	 */
	public ValueNotQuantified(double qualitativeShareLimit) {
		super("D1", "指标未量化", Severity.ERROR);
		this.qualitativeShareLimit = qualitativeShareLimit;
	}

	@Override
	public List<Finding> check(TargetSubject subject) {
		List<Finding> findings = checkRows(subject);
		List<TargetValue> filled = subject.content()
			.indicators()
			.stream()
			.filter(Rows::hasValue)
			.map(Indicator::value)
			.toList();
		long qualitative = filled.stream().filter(value -> value.kind() == TargetValue.Kind.QUALITATIVE).count();
		if (!filled.isEmpty() && qualitative > filled.size() * qualitativeShareLimit) {
			findings.add(targetWarning("indicators", "全部" + filled.size() + "个指标中有" + qualitative
					+ "个为定性描述，比例过高。请尽量改为可衡量的数值（数量、比率、金额、日期），定性指标应分档描述（如“好、较好、一般”）。"));
		}
		return findings;
	}

	@Override
	boolean appliesTo(Indicator indicator) {
		return Rows.hasValue(indicator); // S2 reports a row without a value
	}

	@Override
	Optional<Finding> checkRow(int index, Indicator indicator, TargetSubject subject) {
		TargetValue value = indicator.value();
		if (value.kind() != TargetValue.Kind.QUALITATIVE) {
			return Optional.empty();
		}
		if (Rows.in(indicator, IndicatorSubcategory.QUANTITY)) {
			return Optional.of(rowFinding(index, "value",
					Rows.describeValue(index, indicator) + "没有数值。数量指标须写明数量，如“≥12次”“=300人次”。"));
		}
		if (Rows.in(indicator, IndicatorSubcategory.QUALITY)) {
			return Optional.of(rowWarning(index, "value",
					Rows.describeValue(index, indicator) + "是定性描述。质量指标宜量化为合格率、达标率等，如“≥95%”。"));
		}
		return Optional.empty();
	}

}
