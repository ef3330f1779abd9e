package org.perfdesk.targets.quality;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import org.perfdesk.indicator.Comparison;
import org.perfdesk.indicator.TargetValue;
import org.perfdesk.targets.Indicator;
import org.perfdesk.targets.TargetSubject;

/**
 * D11 目标值过低或无法衡量进步: "≥0" (met by doing nothing), or a target where more than half of the
 * quantitative rows are "=100%"/"≥100%" — 88号 适当性 asks whether the target fits the money,
 * and a table of 100% says the values were not worked out.
 * <p>
 * Warning: 100% is right for some rows (资金拨付到位率), and only the pattern across the table
 * is suspicious.
 */
public final class TrivialOrImpossibleTarget extends RowRule {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	public TrivialOrImpossibleTarget() {
		super("D11", "目标值过低或全部100%", Severity.WARNING);
	}

	@Override
	public List<Finding> check(TargetSubject subject) {
		List<Finding> findings = checkRows(subject);
		List<Indicator> indicators = subject.content().indicators();
		long quantitative = indicators.stream().filter(this::appliesTo).count();
		List<Integer> fullRows = IntStream.range(0, indicators.size())
			.filter(i -> isFull(indicators.get(i).value()))
			.boxed()
			.toList();
		if (fullRows.size() >= 2 && fullRows.size() * 2 > quantitative) {
			findings.add(targetFinding("indicators", "第" + Rows.numbers(fullRows) + "行共" + fullRows.size()
					+ "个指标都设为100%，超过定量指标（" + quantitative + "个）的一半。请依据计划标准、行业标准或历史数据逐项测算目标值，避免一律填100%。"));
		}
		return findings;
	}

	@Override
	boolean appliesTo(Indicator indicator) {
		return Rows.isQuantity(indicator.value());
	}

	@Override
	Optional<Finding> checkRow(int index, Indicator indicator, TargetSubject subject) {
		TargetValue value = indicator.value();
		if (value.number().signum() == 0 && value.comparison() == Comparison.AT_LEAST) {
			return Optional.of(rowFinding(index, "value",
					Rows.describeValue(index, indicator) + "不做任何事也能达到。请按计划和往年完成情况设定实际要达到的数值。"));
		}
		return Optional.empty();
	}

	/**
	 * "=100%", "≥100%" or more: fair for one row, suspicious when most rows are set so.
	 */
	private static boolean isFull(TargetValue value) {
		if (!Rows.isQuantity(value)) {
			return false;
		}
		Comparison comparison = value.comparison();
		return value.isPercentage() && value.number().compareTo(HUNDRED) >= 0 && (comparison == Comparison.EQUAL
				|| comparison == Comparison.AT_LEAST || comparison == Comparison.MORE_THAN);
	}

}
