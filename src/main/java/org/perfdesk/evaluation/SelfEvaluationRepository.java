package org.perfdesk.evaluation;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.perfdesk.evaluation.scoring.Qualitative;
import org.perfdesk.evaluation.scoring.ScoredItem;
import org.perfdesk.execution.SourceAmounts;
import org.perfdesk.indicator.IndicatorSubcategory;
import org.perfdesk.review.ReviewDecision;
import org.perfdesk.review.ReviewLevel;
import org.perfdesk.shared.Grade;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The tables self_evaluation, self_evaluation_indicator and self_evaluation_review. */
@Repository
class SelfEvaluationRepository {

	private static final String EVALUATION = "select * from self_evaluation";

	private final JdbcClient jdbc;

	private final org.perfdesk.review.ReviewRepository reviews;

	private final Clock clock;

	SelfEvaluationRepository(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.reviews = new org.perfdesk.review.ReviewRepository(jdbc, clock, "self_evaluation_review", "evaluation_id");
		this.clock = clock;
	}

	Optional<SelfEvaluation> find(long id) {
		return jdbc.sql(EVALUATION + " where id = :id")
			.param("id", id)
			.query(this::evaluation)
			.optional()
			.map(this::withIndicators);
	}

	/** The evaluations of a year, by unit then id. */
	List<SelfEvaluation> ofYear(int fiscalYear) {
		return jdbc.sql(EVALUATION + " where fiscal_year = :y order by unit_id, id")
			.param("y", fiscalYear)
			.query(this::evaluation)
			.list()
			.stream()
			.map(this::withIndicators)
			.toList();
	}

	/** The projects of a year that have an evaluation. */
	Set<Long> evaluatedProjects(int fiscalYear) {
		return new HashSet<>(jdbc.sql("select project_id from self_evaluation where fiscal_year = :y")
			.param("y", fiscalYear)
			.query(Long.class)
			.list());
	}

	boolean existsForProject(long projectId) {
		return jdbc.sql("select count(*) from self_evaluation where project_id = :p")
			.param("p", projectId)
			.query(Long.class)
			.single() > 0;
	}

	long insert(SelfEvaluation e) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("insert into self_evaluation (target_id, project_id, unit_id, fiscal_year, status, initial_fiscal, "
				+ "initial_carry_over, initial_other, budget_fiscal, budget_carry_over, budget_other, executed_fiscal, "
				+ "executed_carry_over, executed_other, objective, completion_text, execution_weight, execution_score, "
				+ "execution_rule, execution_inputs, execution_explanation, execution_override, "
				+ "execution_override_reason, execution_reason, total_score, grade, updated_at) values (:target, "
				+ ":project, :unit, :year, :status, :if, :ic, :io, :bf, :bc, :bo, :ef, :ec, :eo, :objective, "
				+ ":completion, :ew, :es, :er, :ei, :ex, :ov, :ovr, :reason, :total, :grade, :now)")
			.param("target", e.targetId())
			.param("project", e.projectId())
			.param("unit", e.unitId())
			.param("year", e.fiscalYear())
			.param("status", e.status().name())
			.param("objective", e.objective())
			.params(contentParams(e))
			.update(keys, "id");
		long id = keys.getKey().longValue();
		insertIndicators(id, e.indicators());
		return id;
	}

	/** Content, budget snapshot and scores; false when the version is stale. */
	boolean update(SelfEvaluation e, int version) {
		int n = jdbc
			.sql("update self_evaluation set initial_fiscal = :if, initial_carry_over = :ic, initial_other = :io, "
					+ "budget_fiscal = :bf, budget_carry_over = :bc, budget_other = :bo, executed_fiscal = :ef, "
					+ "executed_carry_over = :ec, executed_other = :eo, completion_text = :completion, "
					+ "execution_weight = :ew, execution_score = :es, execution_rule = :er, execution_inputs = :ei, "
					+ "execution_explanation = :ex, execution_override = :ov, execution_override_reason = :ovr, "
					+ "execution_reason = :reason, total_score = :total, grade = :grade, updated_at = :now, "
					+ "version = version + 1 where id = :id and version = :v")
			.params(contentParams(e))
			.param("id", e.id())
			.param("v", version)
			.update();
		if (n == 0) {
			return false;
		}
		jdbc.sql("delete from self_evaluation_indicator where evaluation_id = :id").param("id", e.id()).update();
		insertIndicators(e.id(), e.indicators());
		return true;
	}

	boolean updateStatus(long id, int version, EvaluationStatus status) {
		return jdbc
			.sql("update self_evaluation set status = :s, updated_at = :now, version = version + 1 "
					+ "where id = :id and version = :v")
			.param("s", status.name())
			.param("now", LocalDateTime.now(clock))
			.param("id", id)
			.param("v", version)
			.update() == 1;
	}

	void insertReview(long evaluationId, ReviewLevel level, ReviewDecision decision, String opinion, String reviewer) {
		reviews.insert(evaluationId, level, decision, opinion, reviewer);
	}

	/** Newest first. */
	List<EvaluationReview> reviews(long evaluationId) {
		return reviews.of(evaluationId, (id, subject, level, decision, opinion, reviewer,
				at) -> new EvaluationReview(id, subject, level, decision, opinion, reviewer, at));
	}

	private java.util.Map<String, Object> contentParams(SelfEvaluation e) {
		var p = new java.util.HashMap<String, Object>();
		p.put("if", e.initialBudget().fiscalAppropriation().yuan());
		p.put("ic", e.initialBudget().carryOver().yuan());
		p.put("io", e.initialBudget().otherFunds().yuan());
		p.put("bf", e.fullYearBudget().fiscalAppropriation().yuan());
		p.put("bc", e.fullYearBudget().carryOver().yuan());
		p.put("bo", e.fullYearBudget().otherFunds().yuan());
		p.put("ef", e.executed().fiscalAppropriation().yuan());
		p.put("ec", e.executed().carryOver().yuan());
		p.put("eo", e.executed().otherFunds().yuan());
		p.put("completion", e.completionText());
		ScoredItem x = e.execution();
		p.put("ew", x.weight());
		p.put("es", x.score());
		p.put("er", x.rule());
		p.put("ei", x.inputs());
		p.put("ex", x.explanation());
		p.put("ov", e.executionOverride() == null ? null : e.executionOverride().score());
		p.put("ovr", e.executionOverride() == null ? "" : e.executionOverride().reason());
		p.put("reason", e.executionReason());
		p.put("total", e.total());
		p.put("grade", e.grade().name());
		p.put("now", LocalDateTime.now(clock));
		return p;
	}

	private void insertIndicators(long evaluationId, List<EvaluatedIndicator> rows) {
		for (EvaluatedIndicator r : rows) {
			ScoredItem c = r.computed();
			jdbc.sql("insert into self_evaluation_indicator (evaluation_id, position, subcategory, name, target_value, "
					+ "weight, actual_value, band, score, rule, inputs, explanation, flags, override_score, "
					+ "override_reason, reason) values (:e, :p, :s, :n, :t, :w, :a, :b, :score, :rule, :inputs, :ex, "
					+ ":flags, :ov, :ovr, :reason)")
				.param("e", evaluationId)
				.param("p", r.position())
				.param("s", r.subcategory().name())
				.param("n", r.name())
				.param("t", r.targetValue())
				.param("w", r.weight())
				.param("a", r.actual())
				.param("b", r.band() == null ? null : r.band().name())
				.param("score", c.score())
				.param("rule", c.rule())
				.param("inputs", c.inputs())
				.param("ex", c.explanation())
				.param("flags", c.flags().stream().sorted().map(Enum::name).collect(Collectors.joining(",")))
				.param("ov", r.override() == null ? null : r.override().score())
				.param("ovr", r.override() == null ? "" : r.override().reason())
				.param("reason", r.reason())
				.update();
		}
	}

	private SelfEvaluation withIndicators(SelfEvaluation e) {
		List<EvaluatedIndicator> rows = jdbc
			.sql("select * from self_evaluation_indicator where evaluation_id = :e " + "order by position")
			.param("e", e.id())
			.query(this::indicator)
			.list();
		return new SelfEvaluation(e.id(), e.targetId(), e.projectId(), e.unitId(), e.fiscalYear(), e.status(),
				e.initialBudget(), e.fullYearBudget(), e.executed(), e.objective(), e.completionText(), e.execution(),
				e.executionOverride(), e.executionReason(), e.total(), e.grade(), e.version(), e.updatedAt(), rows);
	}

	private EvaluatedIndicator indicator(ResultSet rs, int n) throws SQLException {
		BigDecimal weight = rs.getBigDecimal("weight");
		ScoredItem computed = new ScoredItem(rs.getBigDecimal("score"), weight, rs.getString("rule"),
				rs.getString("inputs"), rs.getString("explanation"), flags(rs.getString("flags")));
		BigDecimal override = rs.getBigDecimal("override_score");
		String band = rs.getString("band");
		return new EvaluatedIndicator(rs.getInt("position"), IndicatorSubcategory.valueOf(rs.getString("subcategory")),
				rs.getString("name"), rs.getString("target_value"), weight, rs.getString("actual_value"),
				band == null ? null : Qualitative.Band.valueOf(band), computed,
				override == null ? null : new ManualOverride(computed, override, rs.getString("override_reason")),
				rs.getString("reason"));
	}

	private SelfEvaluation evaluation(ResultSet rs, int n) throws SQLException {
		ScoredItem execution = new ScoredItem(rs.getBigDecimal("execution_score"), rs.getBigDecimal("execution_weight"),
				rs.getString("execution_rule"), rs.getString("execution_inputs"), rs.getString("execution_explanation"),
				Set.of());
		BigDecimal override = rs.getBigDecimal("execution_override");
		return new SelfEvaluation(rs.getLong("id"), rs.getLong("target_id"), rs.getLong("project_id"),
				rs.getLong("unit_id"), rs.getInt("fiscal_year"), EvaluationStatus.valueOf(rs.getString("status")),
				amounts(rs, "initial"), amounts(rs, "budget"), amounts(rs, "executed"), rs.getString("objective"),
				rs.getString("completion_text"), execution,
				override == null ? null
						: new ManualOverride(execution, override, rs.getString("execution_override_reason")),
				rs.getString("execution_reason"), rs.getBigDecimal("total_score"), Grade.valueOf(rs.getString("grade")),
				rs.getInt("version"), rs.getTimestamp("updated_at").toLocalDateTime(), List.of());
	}

	private static SourceAmounts amounts(ResultSet rs, String prefix) throws SQLException {
		return SourceAmounts.ofYuan(rs.getBigDecimal(prefix + "_fiscal"), rs.getBigDecimal(prefix + "_carry_over"),
				rs.getBigDecimal(prefix + "_other"));
	}

	private static Set<ScoredItem.Flag> flags(String text) {
		if (text == null || text.isBlank()) {
			return Set.of();
		}
		return Arrays.stream(text.split(","))
			.map(ScoredItem.Flag::valueOf)
			.collect(Collectors.toCollection(() -> EnumSet.noneOf(ScoredItem.Flag.class)));
	}

}
