package org.perfdesk.importing;

import java.math.BigDecimal;

/**
 * An indicator row of an imported document as a target or a self-evaluation takes it: its
 * levels, name, target value and actual value as printed, and weight.
 */
public record ImportedIndicator(String level1, String level2, String name, String target, String actual,
		BigDecimal weight) {
}
