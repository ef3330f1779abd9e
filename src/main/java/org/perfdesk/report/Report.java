package org.perfdesk.report;

import java.time.LocalDateTime;
import java.util.Map;

import org.perfdesk.review.ReviewDecision;
import org.perfdesk.review.ReviewLevel;

/**
 * 自评报告: one report of a kind on a subject (for {@link ReportKind#DEPARTMENT} the
 * department's unit id) and year, written to an outline fixed when it was opened. The
 * narratives are those of the latest saved version.
 *
 * @param unitId the unit whose 填报人 writes it (the data scope is checked on it)
 * @param versionNumber the latest saved version of the narratives, 0 before the first
 * save
 * @param narratives narrative name → text of that version
 * @param version 版本号 of the record, for optimistic locking
 */
public record Report(long id, ReportKind kind, long subjectId, long unitId, int fiscalYear, String outlineCode,
		ReportStatus status, int versionNumber, Map<String, String> narratives, String updatedBy,
		LocalDateTime updatedAt, int version) {

	public Report {
		narratives = Map.copyOf(narratives);
	}

	public String narrative(String name) {
		return narratives.getOrDefault(name, "");
	}

	/** A saved version of the narratives: who saved it and when. */
	public record Version(int number, String savedBy, LocalDateTime savedAt) {
	}

	public record Review(long id, ReviewLevel level, ReviewDecision decision, String opinion, String reviewer,
			LocalDateTime reviewedAt) {
	}
}
