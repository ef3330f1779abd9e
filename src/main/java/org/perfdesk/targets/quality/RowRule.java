package org.perfdesk.targets.quality;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.perfdesk.targets.Indicator;
import org.perfdesk.targets.TargetSubject;

/**
 * A rule that judges the indicator rows one at a time. The walk over the table is here,
 * so that a rule says only which rows it reads ({@link #appliesTo}) and what is wrong
 * with one ({@link #checkRow}). A rule that also judges the target as a whole overrides
 * {@link #check} and calls {@link #checkRows} where its row findings belong.
 */
abstract class RowRule extends AbstractRule {

	RowRule(String code, String title, Severity severity) {
		super(code, title, severity);
	}

	@Override
	public List<Finding> check(TargetSubject subject) {
		return checkRows(subject);
	}

	/**
	 * The rows' findings in table order, as the page lists them, in a list the caller may
	 * add to.
	 */
	final List<Finding> checkRows(TargetSubject subject) {
		List<Finding> findings = new ArrayList<>();
		List<Indicator> indicators = subject.content().indicators();
		for (int i = 0; i < indicators.size(); i++) {
			Indicator indicator = indicators.get(i);
			if (appliesTo(indicator)) {
				checkRow(i, indicator, subject).ifPresent(findings::add);
			}
		}
		return findings;
	}

	/**
	 * Whether the rule reads this row at all; every row unless the rule says otherwise.
	 * Rules leave out what another rule reports, e.g. a row without a value
	 * ({@link Rows#hasValue}), so that each problem is reported once.
	 */
	boolean appliesTo(Indicator indicator) {
		return true;
	}

	/**
	 * What is wrong with one row it applies to. At most one finding, the first problem
	 * that applies: a bad row is listed once per rule, and fixing that problem shows the
	 * next.
	 */
	abstract Optional<Finding> checkRow(int index, Indicator indicator, TargetSubject subject);

}
