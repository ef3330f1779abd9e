package org.perfdesk.org;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class AccountRepository {

	private static final String COLUMNS = "id, username, display_name, password_hash, role, unit_id, enabled, "
			+ "failed_logins, locked_until, fiscal_year, version";

	private final JdbcClient jdbc;

	private final Clock clock;

	AccountRepository(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	Optional<Account> findByUsername(String username) {
		return jdbc.sql("select " + COLUMNS + " from org_account where username = :u")
			.param("u", username)
			.query(this::map)
			.optional();
	}

	Optional<Account> findById(long id) {
		return jdbc.sql("select " + COLUMNS + " from org_account where id = :id")
			.param("id", id)
			.query(this::map)
			.optional();
	}

	List<Account> findAll() {
		return jdbc.sql("select " + COLUMNS + " from org_account order by unit_id, username").query(this::map).list();
	}

	long insert(String username, String displayName, String hash, Role role, long unitId) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("insert into org_account (username, display_name, password_hash, role, unit_id, enabled, created_at) "
				+ "values (:u, :d, :h, :r, :unit, true, :now)")
			.param("u", username)
			.param("d", displayName)
			.param("h", hash)
			.param("r", role.name())
			.param("unit", unitId)
			.param("now", LocalDateTime.now(clock))
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	boolean update(Account a) {
		return jdbc
			.sql("update org_account set display_name = :d, role = :r, unit_id = :unit, enabled = :e, "
					+ "version = version + 1 where id = :id and version = :v")
			.param("d", a.displayName())
			.param("r", a.role().name())
			.param("unit", a.unitId())
			.param("e", a.enabled())
			.param("id", a.id())
			.param("v", a.version())
			.update() == 1;
	}

	void updatePassword(long id, String hash) {
		jdbc.sql("update org_account set password_hash = :h, failed_logins = 0, locked_until = null where id = :id")
			.param("h", hash)
			.param("id", id)
			.update();
	}

	void recordFailedLogin(String username, int maxAttempts, LocalDateTime lockUntil) {
		jdbc.sql("update org_account set failed_logins = failed_logins + 1 where username = :u")
			.param("u", username)
			.update();
		jdbc.sql(
				"update org_account set locked_until = :until, failed_logins = 0 where username = :u and failed_logins >= :max")
			.param("until", lockUntil)
			.param("u", username)
			.param("max", maxAttempts)
			.update();
	}

	void resetFailedLogins(String username) {
		jdbc.sql("update org_account set failed_logins = 0, locked_until = null where username = :u and "
				+ "(failed_logins <> 0 or locked_until is not null)")
			.param("u", username)
			.update();
	}

	void updateFiscalYear(long id, int year) {
		jdbc.sql("update org_account set fiscal_year = :y where id = :id").param("y", year).param("id", id).update();
	}

	private Account map(ResultSet rs, int row) throws SQLException {
		Timestamp locked = rs.getTimestamp("locked_until");
		int year = rs.getInt("fiscal_year");
		Integer fiscalYear = rs.wasNull() ? null : year;
		return new Account(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
				rs.getString("password_hash"), Role.valueOf(rs.getString("role")), rs.getLong("unit_id"),
				rs.getBoolean("enabled"), rs.getInt("failed_logins"), locked == null ? null : locked.toLocalDateTime(),
				fiscalYear, rs.getInt("version"));
	}

}
