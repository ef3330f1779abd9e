package org.perfdesk.shared;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Business rules refused the input. Each message is Chinese and says what to fix, keyed
 * by the form or JSON field it concerns ({@code null} key when it concerns the whole
 * record). Thrown before anything is written, or inside the transaction so that nothing
 * is half-saved.
 */
public class RuleViolation extends RuntimeException {

	private final Map<String, String> errors;

	public RuleViolation(String field, String message) {
		this(singleton(field, message));
	}

	public RuleViolation(Map<String, String> errors) {
		super(String.join("；", errors.values()));
		if (errors.isEmpty()) {
			throw new IllegalArgumentException("a rule violation needs at least one message");
		}
		this.errors = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(errors));
	}

	/** The first field concerned, or {@code null}. */
	public String field() {
		return errors.keySet().iterator().next();
	}

	/** Field → message, in the order the fields were checked. */
	public Map<String, String> errors() {
		return errors;
	}

	private static Map<String, String> singleton(String field, String message) {
		var map = new LinkedHashMap<String, String>();
		map.put(field, message);
		return map;
	}

}
