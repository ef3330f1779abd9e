package org.perfdesk.target.quality;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.perfdesk.target.Indicator;
import org.perfdesk.target.TargetSubject;

/**
 * D19 分值不合计: every weight (分值) must be a positive number, and the weights must add up to the total.
 * <p>
 * Errors: a zero or negative weight, weights that are all set but do not add up, and set weights that already
 * exceed the total — self-evaluation scores each indicator out of its weight, so such a target cannot be
 * scored. A target with some weights blank is a warning: drafts are filled row by row, and a target with no
 * weights at all (the 2015 forms have no column for them) is not flagged. The total is 100 by default; regions
 * that reserve 10 points for 预算执行率 (财预〔2020〕10号) set the indicators to 90.
 */
public final class WeightsNotAddingUp implements QualityRule {

	private final BigDecimal total;

	public WeightsNotAddingUp() {
		this(BigDecimal.valueOf(100));
	}

	public WeightsNotAddingUp(BigDecimal total) {
		this.total = total;
	}

	@Override
	public String code() {
		return "D19";
	}

	@Override
	public String title() {
		return "分值不合计";
	}

	@Override
	public Severity severity() {
		return Severity.ERROR;
	}

	@Override
	public List<Finding> check(TargetSubject subject) {
		List<Finding> findings = new ArrayList<>();
		List<Indicator> indicators = subject.content().indicators();
		List<Integer> blank = new ArrayList<>();
		BigDecimal sum = BigDecimal.ZERO;
		for (int i = 0; i < indicators.size(); i++) {
			Indicator indicator = indicators.get(i);
			BigDecimal weight = indicator.weight();
			if (weight == null) {
				blank.add(i);
				continue;
			}
			sum = sum.add(weight);
			if (weight.signum() <= 0) {
				findings.add(Finding.of(this, Rows.describe(i, indicator) + "的分值为" + weight.stripTrailingZeros().toPlainString()
						+ "。每个指标的分值都应大于0；不需要考核的指标请删除。", i, Rows.field(i, "weight")));
			}
		}
		if (blank.size() == indicators.size()) {
			return findings;
		}
		String sumText = sum.stripTrailingZeros().toPlainString();
		String totalText = total.stripTrailingZeros().toPlainString();
		if (blank.isEmpty() && sum.compareTo(total) != 0) {
			findings.add(Finding.of(this, "各指标分值合计" + sumText + "分，应为" + totalText + "分。请调整分值使合计等于" + totalText + "分。",
					null, "indicators"));
		}
		else if (!blank.isEmpty() && sum.compareTo(total) > 0) {
			findings.add(Finding.of(this, "已填写的分值合计" + sumText + "分，已超过" + totalText + "分，还有" + blank.size()
					+ "个指标未设分值。请调整分值使合计等于" + totalText + "分。", null, "indicators"));
		}
		else if (!blank.isEmpty()) {
			findings.add(Finding.of(this, Severity.WARNING, "第" + rows(blank) + "行指标未设分值（已填写的合计" + sumText + "分）。请补齐分值，合计应为"
					+ totalText + "分。", blank.get(0), Rows.field(blank.get(0), "weight")));
		}
		return findings;
	}

	private static String rows(List<Integer> rows) {
		return rows.stream().map(i -> String.valueOf(i + 1)).collect(Collectors.joining("、"));
	}
}
