package org.perfdesk.org;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class UnitRepository {

	private static final String COLUMNS = "id, parent_id, path, kind, code, name, active, version";

	private final JdbcClient jdbc;

	private final Clock clock;

	UnitRepository(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	Optional<Unit> findById(long id) {
		return jdbc.sql("select " + COLUMNS + " from org_unit where id = :id")
			.param("id", id)
			.query(this::map)
			.optional();
	}

	Optional<Unit> findByCode(String code) {
		return jdbc.sql("select " + COLUMNS + " from org_unit where code = :code")
			.param("code", code)
			.query(this::map)
			.optional();
	}

	List<Unit> findAll() {
		return jdbc.sql("select " + COLUMNS + " from org_unit order by path").query(this::map).list();
	}

	List<Unit> findSubtree(String pathPrefix) {
		return jdbc.sql("select " + COLUMNS + " from org_unit where path like :prefix order by path")
			.param("prefix", pathPrefix + "%")
			.query(this::map)
			.list();
	}

	long count() {
		return jdbc.sql("select count(*) from org_unit").query(Long.class).single();
	}

	/** Inserts the unit and then sets its path, which needs the generated id. */
	long insert(Long parentId, String parentPath, UnitKind kind, String code, String name) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("insert into org_unit (parent_id, path, kind, code, name, active, created_at) "
				+ "values (:parent, '/', :kind, :code, :name, true, :now)")
			.param("parent", parentId)
			.param("kind", kind.name())
			.param("code", code)
			.param("name", name)
			.param("now", LocalDateTime.now(clock))
			.update(keys, "id");
		long id = keys.getKey().longValue();
		jdbc.sql("update org_unit set path = :path where id = :id")
			.param("path", (parentPath == null ? "/" : parentPath) + id + "/")
			.param("id", id)
			.update();
		return id;
	}

	/**
	 * Optimistic update of name and active flag; false when someone else changed the unit
	 * first.
	 */
	boolean update(long id, int version, String name, boolean active) {
		return jdbc
			.sql("update org_unit set name = :name, active = :active, version = version + 1 "
					+ "where id = :id and version = :version")
			.param("name", name)
			.param("active", active)
			.param("id", id)
			.param("version", version)
			.update() == 1;
	}

	/** Moves a unit and rewrites the paths of its whole subtree in one statement. */
	void move(Unit unit, Unit newParent) {
		String oldPath = unit.path();
		String newPath = newParent.path() + unit.id() + "/";
		jdbc.sql("update org_unit set parent_id = :parent, version = version + 1 where id = :id")
			.param("parent", newParent.id())
			.param("id", unit.id())
			.update();
		jdbc.sql("update org_unit set path = concat(:newPath, substring(path, :from)) where path like :prefix")
			.param("newPath", newPath)
			.param("from", oldPath.length() + 1)
			.param("prefix", oldPath + "%")
			.update();
	}

	private Unit map(ResultSet rs, int row) throws SQLException {
		long parent = rs.getLong("parent_id");
		// read wasNull() right away: it answers for the last column read
		Long parentId = rs.wasNull() ? null : parent;
		return new Unit(rs.getLong("id"), parentId, rs.getString("path"), UnitKind.valueOf(rs.getString("kind")),
				rs.getString("code"), rs.getString("name"), rs.getBoolean("active"), rs.getInt("version"));
	}

}
