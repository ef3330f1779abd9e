package org.perfdesk.target.quality;

import java.util.ArrayList;
import java.util.List;

import org.perfdesk.indicator.IndicatorSubcategory;
import org.perfdesk.indicator.TargetValue;
import org.perfdesk.target.Indicator;
import org.perfdesk.target.TargetSubject;

/**
 * D1 指标未量化: words where a number is expected ("组织培训班次", "效果明显").
 * <p>
 * Error: a 数量指标 without a number. It cannot be evaluated at the end of the year (the score of a 数量指标 is
 * actual ÷ target), so the target is not reviewable. Warnings: a 质量指标 in words, and a target where more than
 * half of the values are words — 101号 asks for 量化易评 but allows graded qualitative wording for effects that
 * resist numbers, so that is the reviewer's judgement. A row with no value at all is S2's error, 时效指标 are left
 * to D9 and 成本指标 to D14, which say more precisely what those rows need.
 */
public final class ValueNotQuantified implements QualityRule {

	private final double qualitativeShareLimit;

	public ValueNotQuantified() {
		this(0.5);
	}

	/** @param qualitativeShareLimit the share of qualitative values above which the target gets a warning */
	public ValueNotQuantified(double qualitativeShareLimit) {
		this.qualitativeShareLimit = qualitativeShareLimit;
	}

	@Override
	public String code() {
		return "D1";
	}

	@Override
	public String title() {
		return "指标未量化";
	}

	@Override
	public Severity severity() {
		return Severity.ERROR;
	}

	@Override
	public List<Finding> check(TargetSubject subject) {
		List<Finding> findings = new ArrayList<>();
		List<Indicator> indicators = subject.content().indicators();
		int filled = 0;
		int qualitative = 0;
		for (int i = 0; i < indicators.size(); i++) {
			Indicator indicator = indicators.get(i);
			TargetValue value = indicator.value();
			if (Rows.isBlank(value)) {
				continue; // S2 reports a row without a value
			}
			filled++;
			if (value.kind() != TargetValue.Kind.QUALITATIVE) {
				continue;
			}
			qualitative++;
			if (Rows.in(indicator, IndicatorSubcategory.QUANTITY)) {
				findings.add(Finding.of(this, Rows.describe(i, indicator) + "的指标值" + Rows.quote(value.typed())
						+ "没有数值。数量指标须写明数量，如“≥12次”“=300人次”。", i, Rows.field(i, "value")));
			}
			else if (Rows.in(indicator, IndicatorSubcategory.QUALITY)) {
				findings.add(Finding.of(this, Severity.WARNING, Rows.describe(i, indicator) + "的指标值"
						+ Rows.quote(value.typed()) + "是定性描述。质量指标宜量化为合格率、达标率等，如“≥95%”。", i,
						Rows.field(i, "value")));
			}
		}
		if (filled > 0 && qualitative > filled * qualitativeShareLimit) {
			findings.add(Finding.of(this, Severity.WARNING, "全部" + filled + "个指标中有" + qualitative
					+ "个为定性描述，比例过高。请尽量改为可衡量的数值（数量、比率、金额、日期），定性指标应分档描述（如“好、较好、一般”）。",
					null, "indicators"));
		}
		return findings;
	}
}
