package org.perfdesk.evaluation.scoring;

import java.time.LocalDateTime;

/**
 * The 计分设置 of a fiscal year as kept: the settings with who saved them, when, and the
 * version to send back when changing them. A year never saved carries
 * {@link ScoringSettings#defaults(int)} and version 0.
 *
 * @param settings the settings that apply to the year
 * @param saved true when the finance bureau saved them, false when they are the defaults
 * @param updatedBy the username of whoever saved last; null for the defaults
 * @param updatedAt when; null for the defaults
 * @param version the optimistic version (1 after the first save, 0 for the defaults)
 */
public record ScoringSettingsRecord(ScoringSettings settings, boolean saved, String updatedBy, LocalDateTime updatedAt,
		int version) {

	static ScoringSettingsRecord byDefault(int fiscalYear) {
		return new ScoringSettingsRecord(ScoringSettings.defaults(fiscalYear), false, null, null, 0);
	}

	public int fiscalYear() {
		return settings.fiscalYear();
	}
}
