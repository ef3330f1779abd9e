package org.perfdesk.target.quality;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.perfdesk.indicator.Comparison;
import org.perfdesk.indicator.TargetValue;
import org.perfdesk.target.Indicator;
import org.perfdesk.target.TargetSubject;

/**
 * D11 目标值过低或无法衡量进步: "≥0" (met by doing nothing), or a target where more than half of the quantitative
 * rows are "=100%"/"≥100%" — 88号 适当性 asks whether the target fits the money, and a table of 100% says the
 * values were not worked out.
 * <p>
 * Warning: 100% is right for some rows (资金拨付到位率), and only the pattern across the table is suspicious.
 */
public final class TrivialOrImpossibleTarget implements QualityRule {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	@Override
	public String code() {
		return "D11";
	}

	@Override
	public String title() {
		return "目标值过低或全部100%";
	}

	@Override
	public Severity severity() {
		return Severity.WARNING;
	}

	@Override
	public List<Finding> check(TargetSubject subject) {
		List<Finding> findings = new ArrayList<>();
		List<Indicator> indicators = subject.content().indicators();
		List<Integer> fullRows = new ArrayList<>();
		int quantitative = 0;
		for (int i = 0; i < indicators.size(); i++) {
			Indicator indicator = indicators.get(i);
			TargetValue value = indicator.value();
			if (!Rows.isQuantity(value)) {
				continue;
			}
			quantitative++;
			Comparison comparison = value.comparison();
			if (value.number().signum() == 0 && comparison == Comparison.AT_LEAST) {
				findings.add(Finding.of(this, Rows.describe(i, indicator) + "的指标值" + Rows.quote(value.typed())
						+ "不做任何事也能达到。请按计划和往年完成情况设定实际要达到的数值。", i, Rows.field(i, "value")));
			}
			if (value.isPercentage() && value.number().compareTo(HUNDRED) >= 0 && (comparison == Comparison.EQUAL
					|| comparison == Comparison.AT_LEAST || comparison == Comparison.MORE_THAN)) {
				fullRows.add(i);
			}
		}
		if (fullRows.size() >= 2 && fullRows.size() * 2 > quantitative) {
			String rows = fullRows.stream().map(i -> String.valueOf(i + 1)).collect(Collectors.joining("、"));
			findings.add(Finding.of(this, "第" + rows + "行共" + fullRows.size() + "个指标都设为100%，超过定量指标（" + quantitative
					+ "个）的一半。请依据计划标准、行业标准或历史数据逐项测算目标值，避免一律填100%。", null, "indicators"));
		}
		return findings;
	}
}
