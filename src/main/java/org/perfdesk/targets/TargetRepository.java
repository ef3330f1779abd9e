package org.perfdesk.targets;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.perfdesk.indicator.IndicatorScheme;
import org.perfdesk.indicator.IndicatorSubcategory;
import org.perfdesk.indicator.TargetValue;
import org.perfdesk.org.DataScope;
import org.perfdesk.review.ReviewDecision;
import org.perfdesk.review.ReviewLevel;
import org.perfdesk.shared.Amount;
import org.perfdesk.shared.Grade;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class TargetRepository {

	private static final String COLUMNS = "id, kind, unit_id, project_id, fiscal_year, revision, is_current, status, "
			+ "scheme, medium_term_objective, annual_objective, fiscal_funds, other_funds, plan_march, plan_june, "
			+ "plan_september, plan_december, duties, work_focus, safeguards, adjustment_reason, updated_at, version";

	private final JdbcClient jdbc;

	private final Clock clock;

	TargetRepository(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	Optional<PerformanceTarget> findById(long id) {
		return jdbc.sql("select " + COLUMNS + " from target_performance_target where id = :id")
			.param("id", id)
			.query(this::header)
			.optional()
			.map(this::withChildren);
	}

	/**
	 * The current version of the target of a project or department, if one was declared.
	 */
	Optional<PerformanceTarget> findCurrent(TargetKind kind, long unitId, Long projectId, int fiscalYear) {
		return jdbc
			.sql("select " + COLUMNS + " from target_performance_target where subject_key = :key "
					+ "and fiscal_year = :y and is_current = true")
			.param("key", PerformanceTarget.subjectKey(kind, unitId, projectId))
			.param("y", fiscalYear)
			.query(this::header)
			.optional()
			.map(this::withChildren);
	}

	/** Every version of the same target, oldest first. */
	List<PerformanceTarget> versions(PerformanceTarget target) {
		return jdbc
			.sql("select " + COLUMNS + " from target_performance_target where subject_key = :key "
					+ "and fiscal_year = :y order by revision")
			.param("key", PerformanceTarget.subjectKey(target.kind(), target.unitId(), target.projectId()))
			.param("y", target.fiscalYear())
			.query(this::header)
			.list();
	}

	/**
	 * The current versions of a year within the scope, without their indicators and tasks
	 * (lists do not need them; {@link #findById} loads them).
	 */
	List<PerformanceTarget> findCurrentByYear(DataScope scope, int fiscalYear, TargetKind kind) {
		if (!scope.everything() && scope.readableUnitIds().isEmpty()) {
			return List.of();
		}
		StringBuilder sql = new StringBuilder("select " + COLUMNS + " from target_performance_target "
				+ "where fiscal_year = :y and is_current = true");
		var params = new HashMap<String, Object>();
		params.put("y", fiscalYear);
		if (!scope.everything()) {
			sql.append(" and unit_id in (:units)");
			params.put("units", scope.readableUnitIds());
		}
		if (kind != null) {
			sql.append(" and kind = :kind");
			params.put("kind", kind.name());
		}
		sql.append(" order by kind desc, unit_id, project_id");
		return jdbc.sql(sql.toString()).params(params).query(this::header).list();
	}

	/** Number of indicators per target, for lists. */
	Map<Long, Integer> indicatorCounts(List<Long> targetIds) {
		if (targetIds.isEmpty()) {
			return Map.of();
		}
		var counts = new HashMap<Long, Integer>();
		jdbc.sql("select target_id, count(*) n from target_indicator where target_id in (:ids) group by target_id")
			.param("ids", targetIds)
			.query((rs, n) -> counts.put(rs.getLong("target_id"), rs.getInt("n")))
			.list();
		return counts;
	}

	long insert(TargetKind kind, long unitId, Long projectId, int fiscalYear, int revision, TargetStatus status,
			TargetContent content, String adjustmentReason) {
		var keys = new GeneratedKeyHolder();
		LocalDateTime now = LocalDateTime.now(clock);
		jdbc.sql(
				"insert into target_performance_target (kind, unit_id, project_id, subject_key, fiscal_year, revision, "
						+ "is_current, status, scheme, medium_term_objective, annual_objective, fiscal_funds, other_funds, "
						+ "plan_march, plan_june, plan_september, plan_december, duties, work_focus, safeguards, "
						+ "adjustment_reason, created_at, updated_at) values (:kind, :unit, :project, :key, :y, :revision, true, "
						+ ":status, :scheme, :medium, :annual, :ff, :of, :m3, :m6, :m9, :m12, :duties, :focus, :safeguards, "
						+ ":reason, :now, :now)")
			.param("kind", kind.name())
			.param("unit", unitId)
			.param("project", projectId)
			.param("key", PerformanceTarget.subjectKey(kind, unitId, projectId))
			.param("y", fiscalYear)
			.param("revision", revision)
			.param("status", status.name())
			.params(contentParams(content))
			.param("reason", adjustmentReason)
			.param("now", now)
			.update(keys, "id");
		long id = keys.getKey().longValue();
		insertChildren(id, content);
		return id;
	}

	/**
	 * Replaces the content of a version; false when someone else changed it since
	 * {@code version} was read.
	 */
	boolean updateContent(long id, int version, TargetContent content) {
		int rows = jdbc.sql("update target_performance_target set medium_term_objective = :medium, "
				+ "annual_objective = :annual, fiscal_funds = :ff, other_funds = :of, plan_march = :m3, plan_june = :m6, "
				+ "plan_september = :m9, plan_december = :m12, duties = :duties, work_focus = :focus, "
				+ "safeguards = :safeguards, scheme = :scheme, updated_at = :now, version = version + 1 "
				+ "where id = :id and version = :version")
			.params(contentParams(content))
			.param("now", LocalDateTime.now(clock))
			.param("id", id)
			.param("version", version)
			.update();
		if (rows == 0) {
			return false;
		}
		jdbc.sql("delete from target_indicator where target_id = :id").param("id", id).update();
		jdbc.sql("delete from target_task where target_id = :id").param("id", id).update();
		insertChildren(id, content);
		return true;
	}

	boolean updateStatus(long id, int version, TargetStatus status) {
		return jdbc
			.sql("update target_performance_target set status = :status, updated_at = :now, "
					+ "version = version + 1 where id = :id and version = :version")
			.param("status", status.name())
			.param("now", LocalDateTime.now(clock))
			.param("id", id)
			.param("version", version)
			.update() == 1;
	}

	boolean retire(long id, int version) {
		return jdbc
			.sql("update target_performance_target set is_current = false, version = version + 1 "
					+ "where id = :id and version = :version and is_current = true")
			.param("id", id)
			.param("version", version)
			.update() == 1;
	}

	void insertReview(long targetId, ReviewLevel level, ReviewInput input, String reviewer) {
		jdbc.sql("insert into target_review (target_id, level, decision, opinion, completeness, relevance, "
				+ "appropriateness, feasibility, reviewer, reviewed_at) values (:t, :level, :decision, :opinion, :c, :r, "
				+ ":a, :f, :reviewer, :now)")
			.param("t", targetId)
			.param("level", level.name())
			.param("decision", input.decision().name())
			.param("opinion", input.opinion() == null ? "" : input.opinion().strip())
			.param("c", input.completeness().name())
			.param("r", input.relevance().name())
			.param("a", input.appropriateness().name())
			.param("f", input.feasibility().name())
			.param("reviewer", reviewer)
			.param("now", LocalDateTime.now(clock))
			.update();
	}

	/** The reviews of every version of a target, newest first. */
	List<Review> reviews(PerformanceTarget target) {
		return jdbc
			.sql("select r.* from target_review r join target_performance_target t on t.id = r.target_id "
					+ "where t.subject_key = :key and t.fiscal_year = :y order by r.reviewed_at desc, r.id desc")
			.param("key", PerformanceTarget.subjectKey(target.kind(), target.unitId(), target.projectId()))
			.param("y", target.fiscalYear())
			.query((rs, n) -> new Review(rs.getLong("id"), rs.getLong("target_id"),
					ReviewLevel.valueOf(rs.getString("level")), ReviewDecision.valueOf(rs.getString("decision")),
					rs.getString("opinion"), Grade.valueOf(rs.getString("completeness")),
					Grade.valueOf(rs.getString("relevance")), Grade.valueOf(rs.getString("appropriateness")),
					Grade.valueOf(rs.getString("feasibility")), rs.getString("reviewer"),
					rs.getTimestamp("reviewed_at").toLocalDateTime()))
			.list();
	}

	/**
	 * Catalogue entry id → how many indicators of current target versions were taken from
	 * it.
	 */
	Map<Long, Long> countByCatalogueEntry() {
		var counts = new HashMap<Long, Long>();
		jdbc.sql("select i.catalogue_entry_id e, count(*) n from target_indicator i join target_performance_target t "
				+ "on t.id = i.target_id where t.is_current = true and i.catalogue_entry_id is not null "
				+ "group by i.catalogue_entry_id")
			.query((rs, n) -> counts.put(rs.getLong("e"), rs.getLong("n")))
			.list();
		return counts;
	}

	/**
	 * Status → number of current targets of a year within the scope (for the workbench).
	 */
	Map<TargetStatus, Long> countByStatus(DataScope scope, int fiscalYear) {
		var counts = new HashMap<TargetStatus, Long>();
		for (PerformanceTarget t : findCurrentByYear(scope, fiscalYear, null)) {
			counts.merge(t.status(), 1L, Long::sum);
		}
		return counts;
	}

	private void insertChildren(long targetId, TargetContent content) {
		int position = 0;
		for (Indicator i : content.indicators()) {
			jdbc.sql("insert into target_indicator (target_id, position, subcategory, name, explanation, value_text, "
					+ "basis, weight, scoring_rule, core, data_source, catalogue_entry_id) values (:t, :p, :sub, :name, "
					+ ":expl, :value, :basis, :weight, :rule, :core, :source, :entry)")
				.param("t", targetId)
				.param("p", position++)
				.param("sub", i.subcategory().name())
				.param("name", i.name())
				.param("expl", nullToEmpty(i.explanation()))
				.param("value", i.value() == null ? "" : i.value().typed())
				.param("basis", i.basis() == null ? null : i.basis().name())
				.param("weight", i.weight())
				.param("rule", nullToEmpty(i.scoringRule()))
				.param("core", i.core())
				.param("source", nullToEmpty(i.dataSource()))
				.param("entry", i.catalogueEntryId())
				.update();
		}
		position = 0;
		for (KeyTask t : content.tasks()) {
			jdbc.sql("insert into target_task (target_id, position, name, content, fiscal_funds, other_funds) "
					+ "values (:t, :p, :name, :content, :ff, :of)")
				.param("t", targetId)
				.param("p", position++)
				.param("name", t.name())
				.param("content", nullToEmpty(t.content()))
				.param("ff", t.fiscalFunds().yuan())
				.param("of", t.otherFunds().yuan())
				.update();
		}
	}

	private Map<String, Object> contentParams(TargetContent c) {
		var params = new HashMap<String, Object>();
		params.put("scheme", c.scheme().name());
		params.put("medium", nullToEmpty(c.mediumTermObjective()));
		params.put("annual", nullToEmpty(c.annualObjective()));
		params.put("ff", c.fiscalFunds() == null ? BigDecimal.ZERO : c.fiscalFunds().yuan());
		params.put("of", c.otherFunds() == null ? BigDecimal.ZERO : c.otherFunds().yuan());
		SpendingPlan p = c.spendingPlan();
		params.put("m3", p == null ? null : p.march());
		params.put("m6", p == null ? null : p.june());
		params.put("m9", p == null ? null : p.september());
		params.put("m12", p == null ? null : p.december());
		params.put("duties", nullToEmpty(c.duties()));
		params.put("focus", nullToEmpty(c.workFocus()));
		params.put("safeguards", nullToEmpty(c.safeguards()));
		return params;
	}

	private static String nullToEmpty(String s) {
		return s == null ? "" : s;
	}

	private PerformanceTarget header(ResultSet rs, int row) throws SQLException {
		long projectId = rs.getLong("project_id");
		Long project = rs.wasNull() ? null : projectId;
		TargetKind kind = TargetKind.valueOf(rs.getString("kind"));
		BigDecimal m3 = rs.getBigDecimal("plan_march");
		SpendingPlan plan = m3 == null ? null : new SpendingPlan(m3, rs.getBigDecimal("plan_june"),
				rs.getBigDecimal("plan_september"), rs.getBigDecimal("plan_december"));
		var content = new TargetContent(kind, IndicatorScheme.valueOf(rs.getString("scheme")),
				rs.getString("medium_term_objective"), rs.getString("annual_objective"),
				Amount.ofYuan(rs.getBigDecimal("fiscal_funds")), Amount.ofYuan(rs.getBigDecimal("other_funds")), plan,
				rs.getString("duties"), List.of(), rs.getString("work_focus"), rs.getString("safeguards"), List.of());
		return new PerformanceTarget(rs.getLong("id"), kind, rs.getLong("unit_id"), project, rs.getInt("fiscal_year"),
				rs.getInt("revision"), rs.getBoolean("is_current"), TargetStatus.valueOf(rs.getString("status")),
				rs.getInt("version"), content, rs.getString("adjustment_reason"),
				rs.getTimestamp("updated_at").toLocalDateTime());
	}

	private PerformanceTarget withChildren(PerformanceTarget t) {
		int year = t.fiscalYear();
		List<Indicator> indicators = jdbc.sql("select * from target_indicator where target_id = :id order by position")
			.param("id", t.id())
			.query((rs, n) -> {
				BigDecimal weight = rs.getBigDecimal("weight");
				String basis = rs.getString("basis");
				long entry = rs.getLong("catalogue_entry_id");
				Long entryId = rs.wasNull() ? null : entry;
				return new Indicator(IndicatorSubcategory.valueOf(rs.getString("subcategory")), rs.getString("name"),
						rs.getString("explanation"), TargetValue.parse(rs.getString("value_text"), year),
						basis == null ? null : ValueBasis.valueOf(basis), weight, rs.getString("scoring_rule"),
						rs.getBoolean("core"), rs.getString("data_source"), entryId);
			})
			.list();
		List<KeyTask> tasks = new ArrayList<>(jdbc
			.sql("select * from target_task where target_id = :id order by position")
			.param("id", t.id())
			.query((rs, n) -> new KeyTask(rs.getString("name"), rs.getString("content"),
					Amount.ofYuan(rs.getBigDecimal("fiscal_funds")), Amount.ofYuan(rs.getBigDecimal("other_funds"))))
			.list());
		TargetContent c = t.content();
		var content = new TargetContent(c.kind(), c.scheme(), c.mediumTermObjective(), c.annualObjective(),
				c.fiscalFunds(), c.otherFunds(), c.spendingPlan(), c.duties(), tasks, c.workFocus(), c.safeguards(),
				indicators);
		return new PerformanceTarget(t.id(), t.kind(), t.unitId(), t.projectId(), t.fiscalYear(), t.revision(),
				t.current(), t.status(), t.version(), content, t.adjustmentReason(), t.updatedAt());
	}

}
