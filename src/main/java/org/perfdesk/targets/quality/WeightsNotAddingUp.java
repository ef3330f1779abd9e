package org.perfdesk.targets.quality;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.IntStream;

import org.perfdesk.targets.Indicator;
import org.perfdesk.targets.TargetSubject;

/**
 * D19 分值不合计: every weight (分值) must be a positive number, and the weights must add up to
 * the total.
 * <p>
 * Errors: a zero or negative weight, weights that are all set but do not add up, and set
 * weights that already exceed the total — self-evaluation scores each indicator out of
 * its weight, so such a target cannot be scored. A target with some weights blank is a
 * warning: drafts are filled row by row, and a target with no weights at all (the 2015
 * forms have no column for them) is not flagged. The total is 100 by default; regions
 * that reserve 10 points for 预算执行率 (财预〔2020〕10号) set the indicators to 90.
 */
public final class WeightsNotAddingUp extends RowRule {

	private final BigDecimal total;

	public WeightsNotAddingUp() {
		this(BigDecimal.valueOf(100));
	}

	public WeightsNotAddingUp(BigDecimal total) {
		super("D19", "分值不合计", Severity.ERROR);
		this.total = total;
	}

	@Override
	public List<Finding> check(TargetSubject subject) {
		List<Finding> findings = checkRows(subject);
		List<Indicator> indicators = subject.content().indicators();
		List<Integer> blank = IntStream.range(0, indicators.size())
			.filter(i -> indicators.get(i).weight() == null)
			.boxed()
			.toList();
		if (blank.size() == indicators.size()) {
			return findings;
		}
		BigDecimal sum = indicators.stream()
			.map(Indicator::weight)
			.filter(Objects::nonNull)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		String sumText = sum.stripTrailingZeros().toPlainString();
		String totalText = total.stripTrailingZeros().toPlainString();
		if (blank.isEmpty() && sum.compareTo(total) != 0) {
			findings.add(targetFinding("indicators",
					"各指标分值合计" + sumText + "分，应为" + totalText + "分。请调整分值使合计等于" + totalText + "分。"));
		}
		else if (!blank.isEmpty() && sum.compareTo(total) > 0) {
			findings.add(targetFinding("indicators", "已填写的分值合计" + sumText + "分，已超过" + totalText + "分，还有" + blank.size()
					+ "个指标未设分值。请调整分值使合计等于" + totalText + "分。"));
		}
		else if (!blank.isEmpty()) {
			findings.add(rowWarning(blank.get(0), "weight",
					"第" + Rows.numbers(blank) + "行指标未设分值（已填写的合计" + sumText + "分）。请补齐分值，合计应为" + totalText + "分。"));
		}
		return findings;
	}

	@Override
	boolean appliesTo(Indicator indicator) {
		return indicator.weight() != null; // blank weights are counted for the target as
											// a whole, in check
	}

	@Override
	Optional<Finding> checkRow(int index, Indicator indicator, TargetSubject subject) {
		BigDecimal weight = indicator.weight();
		if (weight.signum() <= 0) {
			return Optional.of(rowFinding(index, "weight", Rows.describe(index, indicator) + "的分值为"
					+ weight.stripTrailingZeros().toPlainString() + "。每个指标的分值都应大于0；不需要考核的指标请删除。"));
		}
		return Optional.empty();
	}

}
