package org.perfdesk.indicator;

import java.time.LocalDateTime;

/**
 * The 指标体系 of one fiscal year as the settings page shows it.
 *
 * @param chosen true when the finance bureau chose it, false when it is
 * {@link IndicatorScheme#defaultFor}
 * @param chosenBy the username of whoever chose it; null for the default
 * @param chosenAt when it was chosen; null for the default
 */
public record SchemeChoice(int fiscalYear, IndicatorScheme scheme, boolean chosen, String chosenBy,
		LocalDateTime chosenAt) {

	static SchemeChoice byDefault(int fiscalYear) {
		return new SchemeChoice(fiscalYear, IndicatorScheme.defaultFor(fiscalYear), false, null, null);
	}
}
