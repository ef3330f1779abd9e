package org.perfdesk.report;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.perfdesk.review.ReviewDecision;
import org.perfdesk.review.ReviewLevel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Reports, their versions of narratives, their reviews, the regional outlines and the
 * year's outline choices.
 */
@Repository
class ReportRepository {

	private static final String REPORT = "select r.id, r.kind, r.subject_id, r.unit_id, r.fiscal_year, r.outline_code, "
			+ "r.status, r.updated_by, r.updated_at, r.version, "
			+ "(select max(v.number) from report_version v where v.report_id = r.id) as latest from report r";

	private final JdbcClient jdbc;

	private final org.perfdesk.review.ReviewRepository reviews;

	private final Clock clock;

	ReportRepository(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.reviews = new org.perfdesk.review.ReviewRepository(jdbc, clock, "report_review", "report_id");
		this.clock = clock;
	}

	Optional<Report> find(long id) {
		return jdbc.sql(REPORT + " where r.id = :id").param("id", id).query(this::head).optional().map(this::complete);
	}

	Optional<Report> find(ReportKind kind, long subjectId, long unitId, int fiscalYear) {
		return jdbc.sql(REPORT + " where r.kind = :k and r.subject_id = :s and r.unit_id = :u and r.fiscal_year = :y")
			.param("k", kind.name())
			.param("s", subjectId)
			.param("u", unitId)
			.param("y", fiscalYear)
			.query(this::head)
			.optional()
			.map(this::complete);
	}

	/** The reports of a year, without their narratives (for lists and counts). */
	List<Report> ofYear(int fiscalYear) {
		return jdbc.sql(REPORT + " where r.fiscal_year = :y order by r.kind, r.id")
			.param("y", fiscalYear)
			.query(this::head)
			.list();
	}

	long insert(ReportKind kind, long subjectId, long unitId, int fiscalYear, String outlineCode, String by) {
		var keys = new GeneratedKeyHolder();
		LocalDateTime now = LocalDateTime.now(clock);
		jdbc.sql("insert into report (kind, subject_id, unit_id, fiscal_year, outline_code, status, created_by, "
				+ "created_at, updated_by, updated_at) values (:k, :s, :u, :y, :o, :st, :by, :now, :by, :now)")
			.param("k", kind.name())
			.param("s", subjectId)
			.param("u", unitId)
			.param("y", fiscalYear)
			.param("o", outlineCode)
			.param("st", ReportStatus.DRAFT.name())
			.param("by", by)
			.param("now", now)
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	/**
	 * Saves the narratives as the next version if the record's version is still the one
	 * read; false when someone else saved in between (nothing is written then).
	 */
	boolean saveVersion(long id, int version, Map<String, String> narratives, String by) {
		LocalDateTime now = LocalDateTime.now(clock);
		int n = jdbc
			.sql("update report set updated_by = :by, updated_at = :now, version = version + 1 "
					+ "where id = :id and version = :v")
			.param("by", by)
			.param("now", now)
			.param("id", id)
			.param("v", version)
			.update();
		if (n == 0) {
			return false;
		}
		int number = jdbc.sql("select coalesce(max(number), 0) + 1 from report_version where report_id = :id")
			.param("id", id)
			.query(Integer.class)
			.single();
		var keys = new GeneratedKeyHolder();
		jdbc.sql("insert into report_version (report_id, number, saved_by, saved_at) values (:r, :n, :by, :now)")
			.param("r", id)
			.param("n", number)
			.param("by", by)
			.param("now", now)
			.update(keys, "id");
		long versionId = keys.getKey().longValue();
		for (var e : narratives.entrySet()) {
			jdbc.sql("insert into report_narrative (version_id, name, body) values (:v, :n, :b)")
				.param("v", versionId)
				.param("n", e.getKey())
				.param("b", e.getValue())
				.update();
		}
		return true;
	}

	boolean updateStatus(long id, int version, ReportStatus status, String by) {
		return jdbc
			.sql("update report set status = :s, updated_by = :by, updated_at = :now, version = version + 1 "
					+ "where id = :id and version = :v")
			.param("s", status.name())
			.param("by", by)
			.param("now", LocalDateTime.now(clock))
			.param("id", id)
			.param("v", version)
			.update() == 1;
	}

	/** Newest first. */
	List<Report.Version> versions(long id) {
		return jdbc
			.sql("select number, saved_by, saved_at from report_version where report_id = :r order by number desc")
			.param("r", id)
			.query((rs, n) -> new Report.Version(rs.getInt("number"), rs.getString("saved_by"),
					rs.getTimestamp("saved_at").toLocalDateTime()))
			.list();
	}

	/** The narratives of one saved version, or empty when the version does not exist. */
	Optional<Map<String, String>> narratives(long id, int number) {
		Optional<Long> versionId = jdbc.sql("select id from report_version where report_id = :r and number = :n")
			.param("r", id)
			.param("n", number)
			.query(Long.class)
			.optional();
		return versionId.map(this::narrativesOf);
	}

	private Map<String, String> narrativesOf(long versionId) {
		Map<String, String> texts = new LinkedHashMap<>();
		jdbc.sql("select name, body from report_narrative where version_id = :v order by name")
			.param("v", versionId)
			.query((ResultSet rs) -> {
				texts.put(rs.getString("name"), rs.getString("body"));
			});
		return texts;
	}

	void insertReview(long reportId, ReviewLevel level, ReviewDecision decision, String opinion, String reviewer) {
		reviews.insert(reportId, level, decision, opinion, reviewer);
	}

	List<Report.Review> reviews(long reportId) {
		return reviews.of(reportId, (id, subject, level, decision, opinion, reviewer, at) -> new Report.Review(id,
				level, decision, opinion, reviewer, at));
	}

	// ---------------------------------------------------------------- outlines

	record StoredOutline(String code, ReportKind kind, String name, String body, int version) {
	}

	List<StoredOutline> outlines() {
		return jdbc.sql("select code, kind, name, body, version from report_outline order by kind, code")
			.query((rs, n) -> new StoredOutline(rs.getString("code"), ReportKind.valueOf(rs.getString("kind")),
					rs.getString("name"), rs.getString("body"), rs.getInt("version")))
			.list();
	}

	/** Inserts or replaces a regional outline; false when the version read is stale. */
	boolean saveOutline(String code, ReportKind kind, String name, String body, Integer version, String by) {
		LocalDateTime now = LocalDateTime.now(clock);
		if (version == null) {
			return jdbc
				.sql("insert into report_outline (code, kind, name, body, updated_by, updated_at) "
						+ "values (:c, :k, :n, :b, :by, :now)")
				.param("c", code)
				.param("k", kind.name())
				.param("n", name)
				.param("b", body)
				.param("by", by)
				.param("now", now)
				.update() == 1;
		}
		return jdbc
			.sql("update report_outline set name = :n, body = :b, updated_by = :by, updated_at = :now, "
					+ "version = version + 1 where code = :c and version = :v")
			.param("n", name)
			.param("b", body)
			.param("by", by)
			.param("now", now)
			.param("c", code)
			.param("v", version)
			.update() == 1;
	}

	Optional<String> choice(int fiscalYear, ReportKind kind) {
		return jdbc.sql("select outline_code from report_outline_choice where fiscal_year = :y and kind = :k")
			.param("y", fiscalYear)
			.param("k", kind.name())
			.query(String.class)
			.optional();
	}

	void choose(int fiscalYear, ReportKind kind, String code, String by) {
		LocalDateTime now = LocalDateTime.now(clock);
		int n = jdbc
			.sql("update report_outline_choice set outline_code = :c, updated_by = :by, updated_at = :now "
					+ "where fiscal_year = :y and kind = :k")
			.param("c", code)
			.param("by", by)
			.param("now", now)
			.param("y", fiscalYear)
			.param("k", kind.name())
			.update();
		if (n == 0) {
			jdbc.sql("insert into report_outline_choice (fiscal_year, kind, outline_code, updated_by, updated_at) "
					+ "values (:y, :k, :c, :by, :now)")
				.param("y", fiscalYear)
				.param("k", kind.name())
				.param("c", code)
				.param("by", by)
				.param("now", now)
				.update();
		}
	}

	private Report head(ResultSet rs, int n) throws SQLException {
		return new Report(rs.getLong("id"), ReportKind.valueOf(rs.getString("kind")), rs.getLong("subject_id"),
				rs.getLong("unit_id"), rs.getInt("fiscal_year"), rs.getString("outline_code"),
				ReportStatus.valueOf(rs.getString("status")), rs.getInt("latest"), Map.of(), rs.getString("updated_by"),
				rs.getTimestamp("updated_at").toLocalDateTime(), rs.getInt("version"));
	}

	private Report complete(Report r) {
		Map<String, String> texts = r.versionNumber() == 0 ? Map.of()
				: narratives(r.id(), r.versionNumber()).orElse(Map.of());
		return new Report(r.id(), r.kind(), r.subjectId(), r.unitId(), r.fiscalYear(), r.outlineCode(), r.status(),
				r.versionNumber(), texts, r.updatedBy(), r.updatedAt(), r.version());
	}

}
