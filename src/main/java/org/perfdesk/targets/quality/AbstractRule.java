package org.perfdesk.targets.quality;

import java.util.Objects;

/**
 * What every rule has besides its check: the code, title and severity it is listed under,
 * and findings stamped with them. Kept here so that a rule's class holds only what it
 * looks for and what it says.
 */
abstract class AbstractRule implements QualityRule {

	private final String code;

	private final String title;

	private final Severity severity;

	AbstractRule(String code, String title, Severity severity) {
		this.code = Objects.requireNonNull(code, "code");
		this.title = Objects.requireNonNull(title, "title");
		this.severity = Objects.requireNonNull(severity, "severity");
	}

	// code(), title() and severity() are not final: for a non-final public method of this
	// package-private class,
	// javac gives each public rule a public copy, so that reflection through the rule's
	// own class can call it

	@Override
	public String code() {
		return code;
	}

	@Override
	public String title() {
		return title;
	}

	@Override
	public Severity severity() {
		return severity;
	}

	/**
	 * A finding about the target as a whole; field is the form field to highlight, or
	 * null if none.
	 */
	final Finding targetFinding(String field, String message) {
		return new Finding(code, title, severity, message, null, field);
	}

	/**
	 * As {@link #targetFinding}, but milder than the rule's own severity (a rule that
	 * also warns).
	 */
	final Finding targetWarning(String field, String message) {
		return new Finding(code, title, Severity.WARNING, message, null, field);
	}

	/**
	 * A finding about one indicator row, highlighting its property, e.g. "value" or
	 * "name".
	 */
	final Finding rowFinding(int index, String property, String message) {
		return new Finding(code, title, severity, message, index, Rows.field(index, property));
	}

	/**
	 * As {@link #rowFinding}, but milder than the rule's own severity (a rule that also
	 * warns).
	 */
	final Finding rowWarning(int index, String property, String message) {
		return new Finding(code, title, Severity.WARNING, message, index, Rows.field(index, property));
	}

}
