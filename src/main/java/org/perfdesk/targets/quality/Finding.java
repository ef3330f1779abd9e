package org.perfdesk.targets.quality;

import java.util.Objects;

/**
 * One problem a {@link QualityRule} found in a target.
 *
 * @param ruleCode the rule's code, e.g. "D3" (domain.md §4) or "S1"
 * @param ruleTitle the rule's title, for grouping on the page
 * @param severity whether it blocks submission
 * @param message what is wrong and how to fix it, in Chinese, naming the row or field
 * @param indicatorIndex index into {@code content.indicators()}, or null when the finding
 * is about the target as a whole
 * @param field the form field to highlight, e.g. "indicators[3].value" or
 * "annualObjective"; null if none
 */
public record Finding(String ruleCode, String ruleTitle, Severity severity, String message, Integer indicatorIndex,
		String field) {

	public Finding {
		Objects.requireNonNull(ruleCode, "ruleCode");
		Objects.requireNonNull(severity, "severity");
		Objects.requireNonNull(message, "message");
	}

	public boolean blocksSubmission() {
		return severity.blocksSubmission();
	}
}
