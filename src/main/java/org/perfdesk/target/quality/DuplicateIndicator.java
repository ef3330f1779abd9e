package org.perfdesk.target.quality;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.perfdesk.target.Indicator;
import org.perfdesk.target.TargetSubject;

/**
 * D8 指标重复: the same level-3 name twice in one target, whether in one category or across categories.
 * Names are compared without blanks, punctuation and bracketed units, so "组织宣传活动次数(次）" repeats
 * "组织宣传活动次数".
 * <p>
 * Error: a repeated row is counted twice in the weights and scored twice at self-evaluation, and the two rows
 * cannot be told apart in monitoring. Renaming or deleting one is always possible. Each repetition is reported
 * at the later row, naming the first.
 */
public final class DuplicateIndicator implements QualityRule {

	@Override
	public String code() {
		return "D8";
	}

	@Override
	public String title() {
		return "指标重复";
	}

	@Override
	public Severity severity() {
		return Severity.ERROR;
	}

	@Override
	public List<Finding> check(TargetSubject subject) {
		List<Finding> findings = new ArrayList<>();
		List<Indicator> indicators = subject.content().indicators();
		Map<String, Integer> firstRow = new HashMap<>();
		for (int i = 0; i < indicators.size(); i++) {
			Indicator indicator = indicators.get(i);
			String name = Rows.normalisedName(Rows.name(indicator));
			if (name.isEmpty()) {
				continue;
			}
			Integer first = firstRow.putIfAbsent(name, i);
			if (first != null) {
				findings.add(Finding.of(this, Rows.describe(i, indicator) + "与" + Rows.describe(first, indicators.get(first))
						+ "重复。每个指标只应出现一次：请删除其中一行，或把名称改为各自实际考核的内容。", i, Rows.field(i, "name")));
			}
		}
		return findings;
	}
}
