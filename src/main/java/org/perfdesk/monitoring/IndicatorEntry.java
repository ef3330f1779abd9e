package org.perfdesk.monitoring;

import java.util.Set;

/** What the unit types for one indicator row, in the order of the target's indicators. */
public record IndicatorEntry(String valueToDate, String projected, Likelihood likelihood, Set<DeviationCause> causes,
		String causeNote, String measures) {
}
