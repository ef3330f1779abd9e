package org.perfdesk.publication;

import java.time.LocalDateTime;

/**
 * One requested .zip: whose, which department ({@code null}: every department the
 * requester reads), year, pack and formats, and how far it is.
 *
 * @param total the number of files once planned, {@code null} before
 * @param skipped the documents a disclosure pack left out because they are not approved
 */
public record Publication(long id, Long departmentId, int fiscalYear, Pack pack, String formats, String label,
		PublicationStatus status, Integer total, int done, int skipped, String requestedBy, LocalDateTime requestedAt,
		LocalDateTime finishedAt, String error) {

	/** Whole percent done, 0 before planning, 100 when there was nothing to render. */
	public int percent() {
		if (total == null) {
			return 0;
		}
		return total == 0 ? 100 : Math.min(100, done * 100 / total);
	}

	/** The .zip's file name, e.g. {@code 2025年度决算公开包-共青团示例市委员会.zip}. */
	public String zipName() {
		return label + ".zip";
	}

}
