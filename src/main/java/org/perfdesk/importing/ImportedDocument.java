package org.perfdesk.importing;

import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;

/**
 * An uploaded document: while a preview, what was read from it waits for the uploader to
 * check and correct it; once archived (已归档) it is on the finance bureau's spot-check list
 * with its findings.
 *
 * @param extraction what was read, as the JSON {@code bin/perfdesk extract} prints
 * @param findingCodes the distinct finding codes, for filtering the archive
 */
public record ImportedDocument(long id, long unitId, String uploadedBy, LocalDateTime uploadedAt, String fileName,
		Status status, Kind kind, String unitName, String projectName, Integer fiscalYear, int errors, int warnings,
		String findingCodes, String extraction, String sourceText, LocalDateTime archivedAt, int version) {

	public enum Status {

		PREVIEW("待确认"), ARCHIVED("已归档");

		private final String label;

		Status(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}

	}

	public List<String> codes() {
		return findingCodes.isBlank() ? List.of() : Arrays.asList(findingCodes.split(","));
	}

}
