package org.perfdesk.evaluation;

import org.springframework.stereotype.Service;

/**
 * The scoring settings (计分设置) of each fiscal year. Until a year's settings are stored, the defaults of
 * {@link ScoringSettings#defaults(int)} apply.
 */
@Service
public class ScoringSettingsManagement {

	/** The settings a year's self-evaluations are scored with. */
	public ScoringSettings forYear(int fiscalYear) {
		return ScoringSettings.defaults(fiscalYear);
	}
}
