package org.perfdesk.importing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The table import_document. */
@Repository
class ImportRepository {

	private static final String COLUMNS = "id, unit_id, uploaded_by, uploaded_at, file_name, status, kind, unit_name, "
			+ "project_name, fiscal_year, errors, warnings, finding_codes, extraction, source_text, archived_at, version";

	private final JdbcClient jdbc;

	ImportRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(long unitId, String uploadedBy, LocalDateTime at, String fileName, Kind kind, String unitName,
			String projectName, Integer year, int errors, int warnings, String codes, String extraction,
			String sourceText) {
		var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
		jdbc.sql("insert into import_document (unit_id, uploaded_by, uploaded_at, file_name, status, kind, unit_name, "
				+ "project_name, fiscal_year, errors, warnings, finding_codes, extraction, source_text) values (:unit, :by, "
				+ ":at, :file, 'PREVIEW', :kind, :unitName, :project, :year, :errors, :warnings, :codes, :extraction, :source)")
			.param("unit", unitId)
			.param("by", uploadedBy)
			.param("at", Timestamp.valueOf(at))
			.param("file", fileName)
			.param("kind", kind == null ? null : kind.name())
			.param("unitName", unitName)
			.param("project", projectName)
			.param("year", year)
			.param("errors", errors)
			.param("warnings", warnings)
			.param("codes", codes)
			.param("extraction", extraction)
			.param("source", sourceText)
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	Optional<ImportedDocument> find(long id) {
		return jdbc.sql("select " + COLUMNS + " from import_document where id = :id")
			.param("id", id)
			.query(ImportRepository::map)
			.optional();
	}

	List<ImportedDocument> ofUploader(String uploadedBy, Kind kind) {
		return jdbc
			.sql("select " + COLUMNS
					+ " from import_document where uploaded_by = :by and kind = :kind order by id desc")
			.param("by", uploadedBy)
			.param("kind", kind.name())
			.query(ImportRepository::map)
			.list();
	}

	List<ImportedDocument> previews(String uploadedBy) {
		return jdbc
			.sql("select " + COLUMNS
					+ " from import_document where uploaded_by = :by and status = 'PREVIEW' order by id desc")
			.param("by", uploadedBy)
			.query(ImportRepository::map)
			.list();
	}

	/**
	 * The archive of the given units (null: every unit), newest first, filtered by year
	 * and by a finding code when given; at most {@code limit} rows.
	 */
	List<ImportedDocument> archive(Set<Long> units, Integer year, String code, String unitName, int limit) {
		StringBuilder sql = new StringBuilder("select " + COLUMNS + " from import_document where status = 'ARCHIVED'");
		var params = new java.util.HashMap<String, Object>();
		if (units != null) {
			if (units.isEmpty()) {
				return List.of();
			}
			sql.append(" and unit_id in (:units)");
			params.put("units", units);
		}
		if (year != null) {
			sql.append(" and fiscal_year = :year");
			params.put("year", year);
		}
		if (code != null) {
			sql.append(" and (',' || finding_codes || ',') like :code");
			params.put("code", "%," + code + ",%");
		}
		if (unitName != null) {
			sql.append(" and unit_name like :unitName");
			params.put("unitName", "%" + unitName.replace("%", "").replace("_", "") + "%");
		}
		sql.append(" order by archived_at desc, id desc limit ").append(limit);
		return jdbc.sql(sql.toString()).params(params).query(ImportRepository::map).list();
	}

	/**
	 * Files a preview with the corrections; false when it changed since it was shown
	 * (stale version).
	 */
	boolean archive(long id, int version, Kind kind, String unitName, String projectName, Integer year,
			LocalDateTime at) {
		return jdbc
			.sql("update import_document set status = 'ARCHIVED', kind = :kind, unit_name = :unitName, "
					+ "project_name = :project, fiscal_year = :year, archived_at = :at, version = version + 1 "
					+ "where id = :id and version = :version and status = 'PREVIEW'")
			.param("kind", kind == null ? null : kind.name())
			.param("unitName", unitName)
			.param("project", projectName)
			.param("year", year)
			.param("at", Timestamp.valueOf(at))
			.param("id", id)
			.param("version", version)
			.update() == 1;
	}

	boolean discard(long id) {
		return jdbc.sql("delete from import_document where id = :id and status = 'PREVIEW'")
			.param("id", id)
			.update() == 1;
	}

	private static ImportedDocument map(ResultSet rs, int row) throws SQLException {
		String kind = rs.getString("kind");
		Timestamp archived = rs.getTimestamp("archived_at");
		return new ImportedDocument(rs.getLong("id"), rs.getLong("unit_id"), rs.getString("uploaded_by"),
				rs.getTimestamp("uploaded_at").toLocalDateTime(), rs.getString("file_name"),
				ImportedDocument.Status.valueOf(rs.getString("status")), kind == null ? null : Kind.valueOf(kind),
				rs.getString("unit_name"), rs.getString("project_name"), (Integer) rs.getObject("fiscal_year"),
				rs.getInt("errors"), rs.getInt("warnings"), rs.getString("finding_codes"), rs.getString("extraction"),
				rs.getString("source_text"), archived == null ? null : archived.toLocalDateTime(),
				rs.getInt("version"));
	}

}
