package org.perfdesk.evaluation.common;

import org.perfdesk.consistency.Direction;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The stored common-indicator templates, one per fiscal year, with their tiers and
 * checklist items.
 */
@Repository
class CommonIndicatorRepository {

	private final JdbcClient jdbc;

	CommonIndicatorRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	private record Head(long id, int fiscalYear, BigDecimal totalWeight, String updatedBy, LocalDateTime updatedAt,
			int version) {
	}

	private record Row(long id, String code, String category, String group, String name, String formula,
			String direction, BigDecimal weight, String ruleKind, BigDecimal threshold, BigDecimal pointsPerPoint,
			BigDecimal target, BigDecimal otherwise, BigDecimal deduction) {
	}

	Optional<CommonIndicatorTemplate> find(int fiscalYear) {
		return jdbc
			.sql("select id, fiscal_year, total_weight, updated_by, updated_at, version "
					+ "from department_evaluation_template where fiscal_year = :y")
			.param("y", fiscalYear)
			.query((rs, n) -> new Head(rs.getLong("id"), rs.getInt("fiscal_year"), n(rs, "total_weight"),
					rs.getString("updated_by"), rs.getTimestamp("updated_at").toLocalDateTime(), rs.getInt("version")))
			.optional()
			.map(h -> new CommonIndicatorTemplate(h.fiscalYear(), h.totalWeight(), indicators(h.id()), h.updatedBy(),
					h.updatedAt(), h.version()));
	}

	/** Inserts the year's first template; false when one exists already. */
	boolean insert(CommonIndicatorTemplate t, String by, LocalDateTime now) {
		if (jdbc.sql("select count(*) from department_evaluation_template where fiscal_year = :y")
			.param("y", t.fiscalYear())
			.query(Long.class)
			.single() > 0) {
			return false;
		}
		var keys = new GeneratedKeyHolder();
		jdbc.sql(
				"insert into department_evaluation_template (fiscal_year, total_weight, updated_by, updated_at, version) "
						+ "values (:y, :t, :by, :now, 1)")
			.param("y", t.fiscalYear())
			.param("t", t.totalWeight())
			.param("by", by)
			.param("now", now)
			.update(keys, "id");
		insertIndicators(keys.getKey().longValue(), t.indicators());
		return true;
	}

	/**
	 * Replaces the year's template if its version is still the one read; false otherwise.
	 */
	boolean update(CommonIndicatorTemplate t, int version, String by, LocalDateTime now) {
		Long id = jdbc.sql("select id from department_evaluation_template where fiscal_year = :y")
			.param("y", t.fiscalYear())
			.query(Long.class)
			.optional()
			.orElse(null);
		if (id == null || jdbc
			.sql("update department_evaluation_template set total_weight = :t, updated_by = :by, "
					+ "updated_at = :now, version = version + 1 where id = :id and version = :v")
			.param("t", t.totalWeight())
			.param("by", by)
			.param("now", now)
			.param("id", id)
			.param("v", version)
			.update() != 1) {
			return false;
		}
		List<Long> old = jdbc.sql("select id from department_evaluation_indicator where template_id = :id")
			.param("id", id)
			.query(Long.class)
			.list();
		for (Long indicator : old) {
			jdbc.sql("delete from department_evaluation_tier where indicator_id = :i").param("i", indicator).update();
			jdbc.sql("delete from department_evaluation_item where indicator_id = :i").param("i", indicator).update();
		}
		jdbc.sql("delete from department_evaluation_indicator where template_id = :id").param("id", id).update();
		insertIndicators(id, t.indicators());
		return true;
	}

	private void insertIndicators(long templateId, List<CommonIndicator> indicators) {
		for (int i = 0; i < indicators.size(); i++) {
			CommonIndicator c = indicators.get(i);
			CommonRule rule = c.rule();
			var keys = new GeneratedKeyHolder();
			jdbc.sql("insert into department_evaluation_indicator (template_id, position, code, category, grp, name, "
					+ "formula, direction, weight, rule_kind, threshold, points_per_point, target, otherwise_points, "
					+ "deduction) values (:t, :p, :code, :cat, :grp, :name, :f, :d, :w, :k, :th, :ppp, :target, "
					+ ":otherwise, :ded)")
				.param("t", templateId)
				.param("p", i)
				.param("code", c.code())
				.param("cat", c.category())
				.param("grp", c.group())
				.param("name", c.name())
				.param("f", c.formula() == null ? null : c.formula().name())
				.param("d", c.direction().name())
				.param("w", c.weight())
				.param("k", rule.kind().name())
				.param("th", rule instanceof PerPointDeduction d ? d.threshold() : null)
				.param("ppp", rule instanceof PerPointDeduction d ? d.pointsPerPoint() : null)
				.param("target", rule instanceof Proportional p ? p.target() : null)
				.param("otherwise", rule instanceof Tiers t ? t.otherwise() : null)
				.param("ded", rule instanceof Checklist l ? l.deduction() : null)
				.update(keys, "id");
			long id = keys.getKey().longValue();
			if (rule instanceof Tiers t) {
				for (int k = 0; k < t.tiers().size(); k++) {
					jdbc.sql("insert into department_evaluation_tier (indicator_id, position, bound, points) "
							+ "values (:i, :p, :b, :pts)")
						.param("i", id)
						.param("p", k)
						.param("b", t.tiers().get(k).bound())
						.param("pts", t.tiers().get(k).points())
						.update();
				}
			}
			if (rule instanceof Checklist l) {
				for (int k = 0; k < l.items().size(); k++) {
					jdbc.sql(
							"insert into department_evaluation_item (indicator_id, position, text) values (:i, :p, :t)")
						.param("i", id)
						.param("p", k)
						.param("t", l.items().get(k))
						.update();
				}
			}
		}
	}

	private List<CommonIndicator> indicators(long templateId) {
		List<Row> rows = jdbc.sql("select id, code, category, grp, name, formula, direction, weight, rule_kind, "
				+ "threshold, points_per_point, target, otherwise_points, deduction from department_evaluation_indicator "
				+ "where template_id = :t order by position")
			.param("t", templateId)
			.query(this::row)
			.list();
		List<CommonIndicator> result = new ArrayList<>();
		for (Row r : rows) {
			CommonRule rule = switch (CommonRule.Kind.valueOf(r.ruleKind())) {
				case DEDUCTION -> new PerPointDeduction(r.threshold(), r.pointsPerPoint());
				case PROPORTIONAL -> new Proportional(r.target());
				case TIERS -> new Tiers(jdbc
					.sql("select bound, points from department_evaluation_tier "
							+ "where indicator_id = :i order by position")
					.param("i", r.id())
					.query((rs, n) -> new Tiers.Tier(n(rs, "bound"), n(rs, "points")))
					.list(), r.otherwise());
				case CHECKLIST -> new Checklist(jdbc
					.sql("select text from department_evaluation_item " + "where indicator_id = :i order by position")
					.param("i", r.id())
					.query(String.class)
					.list(), r.deduction());
			};
			result.add(new CommonIndicator(r.code(), r.category(), r.group(), r.name(),
					r.formula() == null ? null : CommonFormula.valueOf(r.formula()), Direction.valueOf(r.direction()),
					r.weight(), rule));
		}
		return result;
	}

	/**
	 * A stored number as it was typed: numeric(7, 2) gives 5.00 for 5, and records
	 * compare their numbers with equals, so the scale the column adds is taken off again
	 * (without going to 5E+1 for 50).
	 */
	private static BigDecimal n(ResultSet rs, String column) throws SQLException {
		BigDecimal value = rs.getBigDecimal(column);
		if (value == null) {
			return null;
		}
		BigDecimal stripped = value.stripTrailingZeros();
		return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
	}

	private Row row(ResultSet rs, int n) throws SQLException {
		return new Row(rs.getLong("id"), rs.getString("code"), rs.getString("category"), rs.getString("grp"),
				rs.getString("name"), rs.getString("formula"), rs.getString("direction"), n(rs, "weight"),
				rs.getString("rule_kind"), n(rs, "threshold"), n(rs, "points_per_point"), n(rs, "target"),
				n(rs, "otherwise_points"), n(rs, "deduction"));
	}

}
