package org.perfdesk.targets.quality;

import org.perfdesk.indicator.Comparison;
import org.perfdesk.indicator.TargetValue;

/** 指标值 the parser would not produce on purpose, built with the record constructor. */
final class Values {

	private Values() {
	}

	/**
	 * Text the parser could not read, whatever text it is: the rule under test must not
	 * depend on the parser's limits.
	 */
	static TargetValue unparsed(String typed) {
		return new TargetValue(typed, TargetValue.Kind.UNPARSED, Comparison.QUALITATIVE, null, null, "", null, null);
	}

}
