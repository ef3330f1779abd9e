package org.perfdesk.importing;

import java.math.BigDecimal;

/**
 * An indicator row of an imported document as a new target takes it: its levels, name,
 * target value as printed and weight.
 */
public record ImportedIndicator(String level1, String level2, String name, String target, BigDecimal weight) {
}
