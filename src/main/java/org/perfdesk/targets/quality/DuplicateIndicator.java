package org.perfdesk.targets.quality;

import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import org.perfdesk.targets.Indicator;
import org.perfdesk.targets.TargetSubject;

/**
 * D8 指标重复: the same level-3 name twice in one target, whether in one category or across
 * categories. Names are compared without blanks, punctuation and bracketed units, so
 * "组织宣传活动次数(次）" repeats "组织宣传活动次数".
 * <p>
 * Error: a repeated row is counted twice in the weights and scored twice at
 * self-evaluation, and the two rows cannot be told apart in monitoring. Renaming or
 * deleting one is always possible. Each repetition is reported at the later row, naming
 * the first.
 */
public final class DuplicateIndicator extends RowRule {

	public DuplicateIndicator() {
		super("D8", "指标重复", Severity.ERROR);
	}

	@Override
	boolean appliesTo(Indicator indicator) {
		return !normalisedName(indicator).isEmpty();
	}

	@Override
	Optional<Finding> checkRow(int index, Indicator indicator, TargetSubject subject) {
		List<Indicator> indicators = subject.content().indicators();
		String name = normalisedName(indicator);
		// looking back from each row is quadratic, but a table has tens of rows and the
		// rule stays one row at a time
		return IntStream.range(0, index)
			.filter(i -> normalisedName(indicators.get(i)).equals(name))
			.boxed()
			.findFirst()
			.map(first -> rowFinding(index, "name", Rows.describe(index, indicator) + "与"
					+ Rows.describe(first, indicators.get(first)) + "重复。每个指标只应出现一次：请删除其中一行，或把名称改为各自实际考核的内容。"));
	}

	private static String normalisedName(Indicator indicator) {
		return Rows.normalisedName(Rows.name(indicator));
	}

}
