package org.perfdesk.publication;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.perfdesk.report.DocumentBundle.Format;
import org.perfdesk.report.DocumentBundle.Item;
import org.perfdesk.report.DocumentBundle.Part;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The tables publication and publication_file. */
@Repository
class PublicationRepository {

	/** A planned file: where it goes in the .zip and what to render. */
	record Planned(int seq, String folder, Item item) {
	}

	/** A rendered file as it goes into the .zip. */
	record Stored(int seq, String folder, String fileName, boolean approved) {
	}

	private static final String COLUMNS = "id, department_id, fiscal_year, pack, formats, label, status, total, done, skipped, "
			+ "requested_by, requested_at, finished_at, error";

	private final JdbcClient jdbc;

	private final Clock clock;

	PublicationRepository(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	long insert(Long departmentId, int year, Pack pack, String formats, String label, String by) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("insert into publication (department_id, fiscal_year, pack, formats, label, status, requested_by, "
				+ "requested_at) values (:d, :y, :p, :f, :l, 'QUEUED', :by, :now)")
			.param("d", departmentId)
			.param("y", year)
			.param("p", pack.name())
			.param("f", formats)
			.param("l", label)
			.param("by", by)
			.param("now", LocalDateTime.now(clock))
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	Optional<Publication> find(long id) {
		return jdbc.sql("select " + COLUMNS + " from publication where id = :id")
			.param("id", id)
			.query(PublicationRepository::publication)
			.optional();
	}

	/** The requester's exports, newest first. */
	List<Publication> listBy(String username, int limit) {
		return jdbc.sql("select " + COLUMNS + " from publication where requested_by = :by order by id desc limit :n")
			.param("by", username)
			.param("n", limit)
			.query(PublicationRepository::publication)
			.list();
	}

	List<Long> unfinished() {
		return jdbc.sql("select id from publication where status in ('QUEUED', 'RUNNING') order by id")
			.query(Long.class)
			.list();
	}

	void running(long id) {
		jdbc.sql("update publication set status = 'RUNNING' where id = :id and status = 'QUEUED'")
			.param("id", id)
			.update();
	}

	/** Stores the plan; the caller's transaction holds it together with the total. */
	void plan(long id, List<Planned> files, int skipped) {
		for (Planned p : files) {
			jdbc.sql("insert into publication_file (publication_id, seq, folder, part, record_id, table_name, format, "
					+ "approved) values (:id, :seq, :folder, :part, :record, :table, :format, :approved)")
				.param("id", id)
				.param("seq", p.seq())
				.param("folder", p.folder())
				.param("part", p.item().part().name())
				.param("record", p.item().recordId())
				.param("table", p.item().table())
				.param("format", p.item().format().name())
				.param("approved", p.item().approved())
				.update();
		}
		jdbc.sql("update publication set total = :t, skipped = :s where id = :id")
			.param("t", files.size())
			.param("s", skipped)
			.param("id", id)
			.update();
	}

	Optional<Planned> nextToRender(long id) {
		return jdbc
			.sql("select seq, folder, part, record_id, table_name, format, approved from publication_file "
					+ "where publication_id = :id and file_name is null order by seq limit 1")
			.param("id", id)
			.query((rs, n) -> new Planned(rs.getInt("seq"), rs.getString("folder"),
					new Item(Part.valueOf(rs.getString("part")), rs.getLong("record_id"), rs.getString("table_name"),
							Format.valueOf(rs.getString("format")), rs.getBoolean("approved"))))
			.optional();
	}

	/** One rendered file and the progress count; the caller's transaction holds both. */
	void store(long id, int seq, String fileName, byte[] bytes) {
		int stored = jdbc
			.sql("update publication_file set file_name = :name, content = :bytes "
					+ "where publication_id = :id and seq = :seq and file_name is null")
			.param("name", fileName)
			.param("bytes", bytes)
			.param("id", id)
			.param("seq", seq)
			.update();
		if (stored == 1) {
			jdbc.sql("update publication set done = done + 1 where id = :id").param("id", id).update();
		}
	}

	void finish(long id, PublicationStatus status, String error) {
		jdbc.sql("update publication set status = :s, error = :e, finished_at = :now where id = :id")
			.param("s", status.name())
			.param("e", error == null ? null : error.length() > 500 ? error.substring(0, 500) : error)
			.param("now", LocalDateTime.now(clock))
			.param("id", id)
			.update();
	}

	List<Stored> stored(long id) {
		return jdbc
			.sql("select seq, folder, file_name, approved from publication_file where publication_id = :id "
					+ "and file_name is not null order by seq")
			.param("id", id)
			.query((rs, n) -> new Stored(rs.getInt("seq"), rs.getString("folder"), rs.getString("file_name"),
					rs.getBoolean("approved")))
			.list();
	}

	/** One file's bytes, read alone so that a large .zip never sits in memory whole. */
	byte[] content(long id, int seq) {
		return jdbc.sql("select content from publication_file where publication_id = :id and seq = :seq")
			.param("id", id)
			.param("seq", seq)
			.query((rs, n) -> rs.getBytes(1))
			.single();
	}

	private static Publication publication(ResultSet rs, int n) throws SQLException {
		var finished = rs.getTimestamp("finished_at");
		return new Publication(rs.getLong("id"), rs.getObject("department_id", Long.class), rs.getInt("fiscal_year"),
				Pack.valueOf(rs.getString("pack")), rs.getString("formats"), rs.getString("label"),
				PublicationStatus.valueOf(rs.getString("status")), rs.getObject("total", Integer.class),
				rs.getInt("done"), rs.getInt("skipped"), rs.getString("requested_by"),
				rs.getTimestamp("requested_at").toLocalDateTime(), finished == null ? null : finished.toLocalDateTime(),
				rs.getString("error"));
	}

}
