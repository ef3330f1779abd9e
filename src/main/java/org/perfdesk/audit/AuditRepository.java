package org.perfdesk.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.perfdesk.org.DataScope;
import org.perfdesk.shared.RecordChanged;
import org.perfdesk.shared.RecordChanged.Action;
import org.perfdesk.shared.RecordChanged.FieldChange;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Inserts and reads entries. There is deliberately no update or delete here. */
@Repository
class AuditRepository {

	private static final int MAX_VALUE_LENGTH = 4000;

	private final JdbcClient jdbc;

	AuditRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(RecordChanged change, String username, LocalDateTime at) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("insert into audit_entry (occurred_at, username, action, record_type, record_id, label, unit_id, "
				+ "fiscal_year) values (:at, :u, :a, :t, :rid, :label, :unit, :y)")
			.param("at", at)
			.param("u", username)
			.param("a", change.action().name())
			.param("t", change.recordType())
			.param("rid", change.recordId())
			.param("label", clip(change.label(), 200))
			.param("unit", change.unitId())
			.param("y", change.fiscalYear())
			.update(keys, "id");
		long id = keys.getKey().longValue();
		int position = 0;
		for (FieldChange c : change.changes()) {
			jdbc.sql("insert into audit_field_change (entry_id, position, field, old_value, new_value) "
					+ "values (:id, :p, :f, :o, :n)")
				.param("id", id)
				.param("p", position++)
				.param("f", clip(c.field(), 100))
				.param("o", clip(c.oldValue(), MAX_VALUE_LENGTH))
				.param("n", clip(c.newValue(), MAX_VALUE_LENGTH))
				.update();
		}
	}

	/**
	 * Newest first, at most {@code limit} entries, within the reader's scope and, if
	 * given, of those record types only.
	 */
	List<AuditEntry> find(DataScope scope, boolean everything, AuditFilter filter, java.util.Set<String> recordTypes,
			int limit) {
		return find(scope, everything, filter, recordTypes, limit, 0);
	}

	/** The same, skipping the {@code offset} newest entries (one page of the log). */
	List<AuditEntry> find(DataScope scope, boolean everything, AuditFilter filter, java.util.Set<String> recordTypes,
			int limit, int offset) {
		var sql = new StringBuilder("select id, occurred_at, username, action, record_type, record_id, label, unit_id, "
				+ "fiscal_year from audit_entry where 1 = 1");
		Map<String, Object> params = new HashMap<>();
		if (!everything) {
			if (scope.readableUnitIds().isEmpty()) {
				return List.of();
			}
			sql.append(" and unit_id in (:units)");
			params.put("units", scope.readableUnitIds());
		}
		if (recordTypes != null) {
			sql.append(" and record_type in (:types)");
			params.put("types", recordTypes);
		}
		if (filter.username() != null && !filter.username().isBlank()) {
			sql.append(" and username = :u");
			params.put("u", filter.username().strip());
		}
		if (filter.recordType() != null && !filter.recordType().isBlank()) {
			sql.append(" and record_type = :t");
			params.put("t", filter.recordType());
		}
		if (filter.recordId() != null) {
			sql.append(" and record_id = :rid");
			params.put("rid", filter.recordId());
		}
		if (filter.action() != null) {
			sql.append(" and action = :a");
			params.put("a", filter.action().name());
		}
		if (filter.from() != null) {
			sql.append(" and occurred_at >= :from");
			params.put("from", filter.from().atStartOfDay());
		}
		if (filter.to() != null) {
			sql.append(" and occurred_at < :to");
			params.put("to", filter.to().plusDays(1).atStartOfDay());
		}
		sql.append(" order by occurred_at desc, id desc limit ")
			.append(limit)
			.append(" offset ")
			.append(Math.max(0, offset));
		List<AuditEntry> entries = jdbc.sql(sql.toString()).params(params).query(this::map).list();
		return withChanges(entries);
	}

	private List<AuditEntry> withChanges(List<AuditEntry> entries) {
		if (entries.isEmpty()) {
			return entries;
		}
		Map<Long, List<FieldChange>> changes = new LinkedHashMap<>();
		entries.forEach(e -> changes.put(e.id(), new ArrayList<>()));
		jdbc.sql("select entry_id, field, old_value, new_value from audit_field_change where entry_id in (:ids) "
				+ "order by entry_id, position")
			.param("ids", changes.keySet())
			.query((rs, n) -> {
				changes.get(rs.getLong("entry_id"))
					.add(new FieldChange(rs.getString("field"), rs.getString("old_value"), rs.getString("new_value")));
				return null;
			})
			.list();
		return entries.stream()
			.map(e -> new AuditEntry(e.id(), e.occurredAt(), e.username(), e.action(), e.recordType(), e.recordId(),
					e.label(), e.unitId(), e.fiscalYear(), List.copyOf(changes.get(e.id()))))
			.toList();
	}

	private AuditEntry map(ResultSet rs, int row) throws SQLException {
		long unit = rs.getLong("unit_id");
		Long unitId = rs.wasNull() ? null : unit;
		int year = rs.getInt("fiscal_year");
		Integer fiscalYear = rs.wasNull() ? null : year;
		return new AuditEntry(rs.getLong("id"), rs.getTimestamp("occurred_at").toLocalDateTime(),
				rs.getString("username"), Action.valueOf(rs.getString("action")), rs.getString("record_type"),
				rs.getLong("record_id"), rs.getString("label"), unitId, fiscalYear, List.of());
	}

	private static String clip(String s, int max) {
		return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
	}

}
