package org.perfdesk.indicator;

import java.time.LocalDateTime;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class SchemeChoiceRepository {

	private final JdbcClient jdbc;

	SchemeChoiceRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<SchemeChoice> find(int fiscalYear) {
		return jdbc
			.sql("select fiscal_year, scheme, chosen_by, chosen_at from indicator_scheme_choice where fiscal_year = :y")
			.param("y", fiscalYear)
			.query((rs, n) -> new SchemeChoice(rs.getInt("fiscal_year"),
					IndicatorScheme.valueOf(rs.getString("scheme")), true, rs.getString("chosen_by"),
					rs.getTimestamp("chosen_at").toLocalDateTime()))
			.optional();
	}

	/**
	 * Insert or replace; written as update-then-insert because H2 and PostgreSQL spell an
	 * upsert differently.
	 */
	void save(int fiscalYear, IndicatorScheme scheme, String chosenBy, LocalDateTime at) {
		int updated = jdbc
			.sql("update indicator_scheme_choice set scheme = :s, chosen_by = :by, chosen_at = :at "
					+ "where fiscal_year = :y")
			.param("s", scheme.name())
			.param("by", chosenBy)
			.param("at", at)
			.param("y", fiscalYear)
			.update();
		if (updated == 0) {
			jdbc.sql(
					"insert into indicator_scheme_choice (fiscal_year, scheme, chosen_by, chosen_at) values (:y, :s, :by, :at)")
				.param("y", fiscalYear)
				.param("s", scheme.name())
				.param("by", chosenBy)
				.param("at", at)
				.update();
		}
	}

}
