package org.perfdesk.targets;

import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class SpendingCheckpointRepository {

	private final JdbcClient jdbc;

	SpendingCheckpointRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<SpendingCheckpoints> find(int fiscalYear) {
		return jdbc.sql(
				"select fiscal_year, months, chosen_by, chosen_at from target_spending_checkpoints where fiscal_year = :y")
			.param("y", fiscalYear)
			.query((rs, n) -> new SpendingCheckpoints(rs.getInt("fiscal_year"),
					Arrays.stream(rs.getString("months").split(",")).map(String::strip).map(Integer::valueOf).toList(),
					true, rs.getString("chosen_by"), rs.getTimestamp("chosen_at").toLocalDateTime()))
			.optional();
	}

	/**
	 * Insert or replace; written as update-then-insert because H2 and PostgreSQL spell an
	 * upsert differently.
	 */
	void save(SpendingCheckpoints checkpoints, String chosenBy, LocalDateTime at) {
		int updated = jdbc
			.sql("update target_spending_checkpoints set months = :m, chosen_by = :by, chosen_at = :at "
					+ "where fiscal_year = :y")
			.param("m", checkpoints.stored())
			.param("by", chosenBy)
			.param("at", at)
			.param("y", checkpoints.fiscalYear())
			.update();
		if (updated == 0) {
			jdbc.sql("insert into target_spending_checkpoints (fiscal_year, months, chosen_by, chosen_at) "
					+ "values (:y, :m, :by, :at)")
				.param("y", checkpoints.fiscalYear())
				.param("m", checkpoints.stored())
				.param("by", chosenBy)
				.param("at", at)
				.update();
		}
	}

}
