package org.perfdesk.review;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The reviews of one kind of record in its module's review table (ADR 0007: each module
 * keeps its own table, all of the shape id, subject key, level, decision, opinion,
 * reviewer, reviewed_at): written and read the same way everywhere. A repository makes
 * one for its table; the module's own record type is built by the {@link Row} it passes.
 */
public final class ReviewRepository {

	private static final Pattern NAME = Pattern.compile("[a-z_]{1,40}");

	/** One stored review as its module's record. */
	@FunctionalInterface
	public interface Row<T> {

		T of(long id, long subjectId, ReviewLevel level, ReviewDecision decision, String opinion, String reviewer,
				LocalDateTime reviewedAt);

	}

	private final JdbcClient jdbc;

	private final Clock clock;

	private final String table;

	private final String key;

	/**
	 * @param table the review table, e.g. {@code report_review}
	 * @param key its column naming the reviewed record, e.g. {@code report_id}
	 */
	public ReviewRepository(JdbcClient jdbc, Clock clock, String table, String key) {
		// both names go into SQL text: only plain identifiers, fixed in code
		if (!NAME.matcher(table).matches() || !NAME.matcher(key).matches()) {
			throw new IllegalArgumentException("not a table or column name: " + table + "." + key);
		}
		this.jdbc = jdbc;
		this.clock = clock;
		this.table = table;
		this.key = key;
	}

	public void insert(long subjectId, ReviewLevel level, ReviewDecision decision, String opinion, String reviewer) {
		jdbc.sql("insert into " + table + " (" + key + ", level, decision, opinion, reviewer, reviewed_at) "
				+ "values (:s, :l, :d, :o, :by, :now)")
			.param("s", subjectId)
			.param("l", level.name())
			.param("d", decision.name())
			.param("o", opinion)
			.param("by", reviewer)
			.param("now", LocalDateTime.now(clock))
			.update();
	}

	/** The record's reviews, newest first. */
	public <T> List<T> of(long subjectId, Row<T> row) {
		return jdbc
			.sql("select id, " + key + " as subject, level, decision, opinion, reviewer, reviewed_at from " + table
					+ " where " + key + " = :s order by reviewed_at desc, id desc")
			.param("s", subjectId)
			.query((rs, n) -> row.of(rs.getLong("id"), rs.getLong("subject"),
					ReviewLevel.valueOf(rs.getString("level")), ReviewDecision.valueOf(rs.getString("decision")),
					rs.getString("opinion"), rs.getString("reviewer"),
					rs.getTimestamp("reviewed_at").toLocalDateTime()))
			.list();
	}

}
