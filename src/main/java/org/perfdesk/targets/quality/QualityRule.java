package org.perfdesk.targets.quality;

import java.util.List;

import org.perfdesk.targets.TargetSubject;

/**
 * One 目标审核规则: a named, separately testable check of a target (domain.md §4). Rules are
 * pure functions of the target and never throw for incomplete drafts: a half-filled
 * target must still get its list of findings.
 */
public interface QualityRule {

	/**
	 * "D1" … "D19" after the checklist in domain.md §4; "S…" for checks of this product
	 * not in that list.
	 */
	String code();

	/** Short Chinese title for the rule list and for grouping findings. */
	String title();

	/**
	 * The most serious level this rule reports. Most rules report only this level; a rule
	 * that also reports something milder says so in its Javadoc.
	 */
	Severity severity();

	/** The findings, rows in table order; empty when the target passes. */
	List<Finding> check(TargetSubject subject);

}
