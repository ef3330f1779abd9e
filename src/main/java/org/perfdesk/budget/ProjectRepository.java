package org.perfdesk.budget;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.perfdesk.org.DataScope;
import org.perfdesk.shared.Amount;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class ProjectRepository {

	private static final String COLUMNS = "id, unit_id, fiscal_year, code, name, type, start_year, end_year, manager, "
			+ "fiscal_appropriation, carry_over, other_funds, purpose, version";

	private final JdbcClient jdbc;

	private final Clock clock;

	ProjectRepository(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	Optional<Project> findById(long id) {
		return jdbc.sql("select " + COLUMNS + " from budget_project where id = :id")
			.param("id", id)
			.query(this::map)
			.optional();
	}

	/**
	 * The project with its row locked (row-level {@code for update}, on H2 as on
	 * PostgreSQL) until the current transaction ends; a second locker waits for the first
	 * to commit and then reads what it committed.
	 */
	Optional<Project> findByIdForUpdate(long id) {
		return jdbc.sql("select " + COLUMNS + " from budget_project where id = :id for update")
			.param("id", id)
			.query(this::map)
			.optional();
	}

	boolean codeTaken(int fiscalYear, String code, Long exceptId) {
		return jdbc.sql("select count(*) from budget_project where fiscal_year = :y and code = :c and id <> :id")
			.param("y", fiscalYear)
			.param("c", code)
			.param("id", exceptId == null ? -1L : exceptId)
			.query(Long.class)
			.single() > 0;
	}

	/**
	 * Projects of a year within the scope, optionally of one unit and matching a keyword
	 * in code or name, ordered by unit and code.
	 */
	List<Project> findByYear(DataScope scope, int fiscalYear, Long unitId, String keyword) {
		if (!scope.everything() && scope.readableUnitIds().isEmpty()) {
			return List.of();
		}
		StringBuilder sql = new StringBuilder("select " + COLUMNS + " from budget_project where fiscal_year = :y");
		var spec = new java.util.HashMap<String, Object>();
		spec.put("y", fiscalYear);
		if (!scope.everything()) {
			sql.append(" and unit_id in (:units)");
			spec.put("units", scope.readableUnitIds());
		}
		if (unitId != null) {
			sql.append(" and unit_id = :unit");
			spec.put("unit", unitId);
		}
		if (keyword != null && !keyword.isBlank()) {
			sql.append(" and (lower(name) like :kw escape '\\' or lower(code) like :kw escape '\\')");
			spec.put("kw",
					"%" + keyword.strip()
						.toLowerCase(java.util.Locale.ROOT)
						.replace("\\", "\\\\")
						.replace("%", "\\%")
						.replace("_", "\\_") + "%");
		}
		sql.append(" order by unit_id, code");
		return jdbc.sql(sql.toString()).params(spec).query(this::map).list();
	}

	long insert(long unitId, ProjectDraft d) {
		var keys = new GeneratedKeyHolder();
		LocalDateTime now = LocalDateTime.now(clock);
		jdbc.sql("insert into budget_project (unit_id, fiscal_year, code, name, type, start_year, end_year, manager, "
				+ "fiscal_appropriation, carry_over, other_funds, purpose, created_at, updated_at) values (:unit, :y, "
				+ ":code, :name, :type, :start, :end, :manager, :fa, :co, :of, :purpose, :now, :now)")
			.param("unit", unitId)
			.params(values(d))
			.param("now", now)
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	/**
	 * Optimistic update; false when the version no longer matches. The unit and year
	 * never change.
	 */
	boolean update(long id, int version, ProjectDraft d) {
		return jdbc.sql("update budget_project set code = :code, name = :name, type = :type, start_year = :start, "
				+ "end_year = :end, manager = :manager, fiscal_appropriation = :fa, carry_over = :co, other_funds = :of, "
				+ "purpose = :purpose, updated_at = :now, version = version + 1 where id = :id and version = :version")
			.params(values(d))
			.param("now", LocalDateTime.now(clock))
			.param("id", id)
			.param("version", version)
			.update() == 1;
	}

	private static java.util.Map<String, Object> values(ProjectDraft d) {
		var v = new java.util.HashMap<String, Object>();
		v.put("y", d.fiscalYear());
		v.put("code", d.code().strip());
		v.put("name", d.name().strip());
		v.put("type", d.type().name());
		v.put("start", d.startYear());
		v.put("end", d.endYear());
		v.put("manager", d.manager().strip());
		v.put("fa", Amount.ofYuan(d.fiscalAppropriation()).yuan());
		v.put("co", Amount.ofYuan(d.carryOver()).yuan());
		v.put("of", Amount.ofYuan(d.otherFunds()).yuan());
		v.put("purpose", d.purpose().strip());
		return v;
	}

	private Project map(ResultSet rs, int row) throws SQLException {
		return new Project(rs.getLong("id"), rs.getLong("unit_id"), rs.getInt("fiscal_year"), rs.getString("code"),
				rs.getString("name"), ProjectType.valueOf(rs.getString("type")), rs.getInt("start_year"),
				rs.getInt("end_year"), rs.getString("manager"), amount(rs, "fiscal_appropriation"),
				amount(rs, "carry_over"), amount(rs, "other_funds"), rs.getString("purpose"), rs.getInt("version"));
	}

	private static Amount amount(ResultSet rs, String column) throws SQLException {
		BigDecimal value = rs.getBigDecimal(column);
		return Amount.ofYuan(value);
	}

}
