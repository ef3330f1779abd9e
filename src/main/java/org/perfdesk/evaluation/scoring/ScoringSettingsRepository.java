package org.perfdesk.evaluation.scoring;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ScoringSettingsRepository {

	private static final String SELECT = "select fiscal_year, reverse_variant, over_achievement_share, execution_weight, "
			+ "output_weight, benefit_weight, satisfaction_weight, achieved_band_start, partly_band_start, freed_weight, "
			+ "updated_by, updated_at, version from evaluation_scoring_settings where fiscal_year = :y";

	private final JdbcClient jdbc;

	ScoringSettingsRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<ScoringSettingsRecord> find(int fiscalYear) {
		List<ExecutionScore.Tier> tiers = jdbc
			.sql("select rate, points from evaluation_execution_tier where fiscal_year = :y order by rate desc")
			.param("y", fiscalYear)
			.query((rs, n) -> new ExecutionScore.Tier(rs.getBigDecimal("rate"), rs.getBigDecimal("points")))
			.list();
		return jdbc.sql(SELECT).param("y", fiscalYear).query((rs, n) -> record(rs, tiers)).optional();
	}

	/**
	 * The first save of a year, as version 1; false when someone else saved the year
	 * meanwhile.
	 */
	boolean insert(ScoringSettings s, String username, LocalDateTime at) {
		try {
			jdbc.sql("insert into evaluation_scoring_settings (fiscal_year, reverse_variant, over_achievement_share, "
					+ "execution_weight, output_weight, benefit_weight, satisfaction_weight, achieved_band_start, "
					+ "partly_band_start, freed_weight, updated_by, updated_at, version) values (:y, :reverse, :over, "
					+ ":execution, :output, :benefit, :satisfaction, :achieved, :partly, :freed, :by, :at, 1)")
				.param("y", s.fiscalYear())
				.params(values(s))
				.param("by", username)
				.param("at", at)
				.update();
		}
		catch (DuplicateKeyException e) {
			return false;
		}
		insertTiers(s);
		return true;
	}

	/**
	 * Optimistic update of a saved year, tiers included; false when the version no longer
	 * matches.
	 */
	boolean update(ScoringSettings s, int version, String username, LocalDateTime at) {
		int updated = jdbc.sql("update evaluation_scoring_settings set reverse_variant = :reverse, "
				+ "over_achievement_share = :over, execution_weight = :execution, output_weight = :output, "
				+ "benefit_weight = :benefit, satisfaction_weight = :satisfaction, achieved_band_start = :achieved, "
				+ "partly_band_start = :partly, freed_weight = :freed, updated_by = :by, updated_at = :at, "
				+ "version = version + 1 where fiscal_year = :y and version = :v")
			.params(values(s))
			.param("by", username)
			.param("at", at)
			.param("y", s.fiscalYear())
			.param("v", version)
			.update();
		if (updated == 0) {
			return false;
		}
		jdbc.sql("delete from evaluation_execution_tier where fiscal_year = :y").param("y", s.fiscalYear()).update();
		insertTiers(s);
		return true;
	}

	private void insertTiers(ScoringSettings s) {
		for (ExecutionScore.Tier tier : s.executionTiers()) {
			jdbc.sql("insert into evaluation_execution_tier (fiscal_year, rate, points) values (:y, :rate, :points)")
				.param("y", s.fiscalYear())
				.param("rate", tier.rate())
				.param("points", tier.points())
				.update();
		}
	}

	private static Map<String, Object> values(ScoringSettings s) {
		return Map.of("reverse", s.reverse().name(), "over", s.overAchievement().share(), "execution",
				s.weights().execution(), "output", s.weights().output(), "benefit", s.weights().benefit(),
				"satisfaction", s.weights().satisfaction(), "achieved", s.bands().achieved(), "partly",
				s.bands().partly(), "freed", s.freedWeight().name());
	}

	private static ScoringSettingsRecord record(ResultSet rs, List<ExecutionScore.Tier> tiers) throws SQLException {
		ScoringSettings settings = new ScoringSettings(rs.getInt("fiscal_year"),
				ScoringSettings.ReverseVariant.valueOf(rs.getString("reverse_variant")),
				new OverAchievement(rs.getBigDecimal("over_achievement_share")),
				new Weights(rs.getBigDecimal("execution_weight"), rs.getBigDecimal("output_weight"),
						rs.getBigDecimal("benefit_weight"), rs.getBigDecimal("satisfaction_weight")),
				tiers,
				new QualitativeBands(rs.getBigDecimal("achieved_band_start"), rs.getBigDecimal("partly_band_start")),
				Weights.FreedWeight.valueOf(rs.getString("freed_weight")));
		return new ScoringSettingsRecord(settings, true, rs.getString("updated_by"),
				rs.getTimestamp("updated_at").toLocalDateTime(), rs.getInt("version"));
	}

}
