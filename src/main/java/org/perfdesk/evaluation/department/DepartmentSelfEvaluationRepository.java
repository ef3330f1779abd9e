package org.perfdesk.evaluation.department;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.perfdesk.evaluation.EvaluationStatus;
import org.perfdesk.evaluation.common.CommonIndicatorScore;
import org.perfdesk.evaluation.scoring.ScoredItem;
import org.perfdesk.indicator.IndicatorSubcategory;
import org.perfdesk.review.ReviewDecision;
import org.perfdesk.review.ReviewLevel;
import org.perfdesk.shared.Amount;
import org.perfdesk.shared.Grade;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The stored department self-evaluations with their key indicators, tasks, responses,
 * frozen scores and reviews.
 */
@Repository
class DepartmentSelfEvaluationRepository {

	private static final String EVALUATION = "select id, target_id, unit_id, fiscal_year, status, achievement, problems, "
			+ "measures, adjustment_reason, initial_budget, adjustment, increases, actual_spending, public_spending, "
			+ "total_weight, total_score, grade, version, updated_at from department_evaluation";

	private final JdbcClient jdbc;

	private final org.perfdesk.review.ReviewRepository reviews;

	private final Clock clock;

	DepartmentSelfEvaluationRepository(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.reviews = new org.perfdesk.review.ReviewRepository(jdbc, clock, "department_evaluation_review",
				"evaluation_id");
		this.clock = clock;
	}

	Optional<DepartmentSelfEvaluation> find(long id) {
		return jdbc.sql(EVALUATION + " where id = :id")
			.param("id", id)
			.query(this::head)
			.optional()
			.map(this::complete);
	}

	Optional<DepartmentSelfEvaluation> findByTarget(long targetId) {
		return jdbc.sql(EVALUATION + " where target_id = :t")
			.param("t", targetId)
			.query(this::head)
			.optional()
			.map(this::complete);
	}

	/** The evaluations of a year of the given departments, in id order. */
	List<DepartmentSelfEvaluation> ofYear(int fiscalYear) {
		return jdbc.sql(EVALUATION + " where fiscal_year = :y order by id")
			.param("y", fiscalYear)
			.query(this::head)
			.list()
			.stream()
			.map(this::complete)
			.toList();
	}

	long insert(DepartmentSelfEvaluation e) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("insert into department_evaluation (target_id, unit_id, fiscal_year, status, updated_at) "
				+ "values (:t, :u, :y, :s, :now)")
			.param("t", e.targetId())
			.param("u", e.departmentId())
			.param("y", e.fiscalYear())
			.param("s", e.status().name())
			.param("now", LocalDateTime.now(clock))
			.update(keys, "id");
		long id = keys.getKey().longValue();
		insertChildren(id, e);
		return id;
	}

	/** Replaces the written content if the version is still the one read. */
	boolean updateContent(long id, int version, DepartmentSelfEvaluation e) {
		int n = jdbc.sql("update department_evaluation set achievement = :a, problems = :p, measures = :m, "
				+ "adjustment_reason = :r, updated_at = :now, version = version + 1 where id = :id and version = :v")
			.param("a", e.achievement())
			.param("p", e.problems())
			.param("m", e.measures())
			.param("r", e.adjustmentReason())
			.param("now", LocalDateTime.now(clock))
			.param("id", id)
			.param("v", version)
			.update();
		if (n == 0) {
			return false;
		}
		for (String table : List.of("department_evaluation_key_indicator", "department_evaluation_task",
				"department_evaluation_response")) {
			jdbc.sql("delete from " + table + " where evaluation_id = :id").param("id", id).update();
		}
		insertChildren(id, e);
		return true;
	}

	/**
	 * Moves the evaluation to a status if the version is still the one read; with
	 * {@code frozen} (at submission) also stores the money block, the scores, the total
	 * and the grade.
	 */
	boolean updateStatus(long id, int version, EvaluationStatus status, DepartmentSelfEvaluationSheet frozen) {
		int n;
		if (frozen == null) {
			n = jdbc
				.sql("update department_evaluation set status = :s, updated_at = :now, version = version + 1 "
						+ "where id = :id and version = :v")
				.param("s", status.name())
				.param("now", LocalDateTime.now(clock))
				.param("id", id)
				.param("v", version)
				.update();
		}
		else {
			DepartmentFunds f = frozen.funds();
			n = jdbc
				.sql("update department_evaluation set status = :s, initial_budget = :ib, adjustment = :adj, "
						+ "increases = :inc, actual_spending = :as, public_spending = :ps, total_weight = :tw, "
						+ "total_score = :ts, grade = :g, updated_at = :now, version = version + 1 "
						+ "where id = :id and version = :v")
				.param("s", status.name())
				.param("ib", yuan(f.initialBudget()))
				.param("adj", yuan(f.adjustment()))
				.param("inc", yuan(f.increases()))
				.param("as", yuan(f.actualSpending()))
				.param("ps", yuan(f.publicSpending()))
				.param("tw", frozen.totalWeight())
				.param("ts", frozen.totalScore())
				.param("g", frozen.grade().name())
				.param("now", LocalDateTime.now(clock))
				.param("id", id)
				.param("v", version)
				.update();
			if (n == 1) {
				jdbc.sql("delete from department_evaluation_score where evaluation_id = :id").param("id", id).update();
				List<CommonIndicatorScore> scores = frozen.scores();
				for (int i = 0; i < scores.size(); i++) {
					CommonIndicatorScore s = scores.get(i);
					ScoredItem item = s.item();
					jdbc.sql("insert into department_evaluation_score (evaluation_id, position, code, category, grp, "
							+ "name, weight, score, rule, inputs, explanation) values (:e, :p, :c, :cat, :g, :n, :w, "
							+ ":s, :r, :i, :x)")
						.param("e", id)
						.param("p", i)
						.param("c", s.code())
						.param("cat", s.category())
						.param("g", s.group())
						.param("n", s.name())
						.param("w", item.weight())
						.param("s", item.score())
						.param("r", clip(item.rule(), 100))
						.param("i", clip(item.inputs(), 1000))
						.param("x", clip(item.explanation(), 1000))
						.update();
				}
			}
		}
		return n == 1;
	}

	void insertReview(long evaluationId, ReviewLevel level, ReviewDecision decision, String opinion, String reviewer) {
		reviews.insert(evaluationId, level, decision, opinion, reviewer);
	}

	/** Newest first. */
	List<DepartmentSelfEvaluation.Review> reviews(long evaluationId) {
		return reviews.of(evaluationId, (id, subject, level, decision, opinion, reviewer,
				at) -> new DepartmentSelfEvaluation.Review(id, level, decision, opinion, reviewer, at));
	}

	private void insertChildren(long id, DepartmentSelfEvaluation e) {
		for (KeyIndicatorResult k : e.keyIndicators()) {
			jdbc.sql("insert into department_evaluation_key_indicator (evaluation_id, position, subcategory, name, "
					+ "expected_value, weight, actual_value, completion) values (:e, :p, :s, :n, :x, :w, :a, :c)")
				.param("e", id)
				.param("p", k.position())
				.param("s", k.subcategory().name())
				.param("n", k.name())
				.param("x", k.expected())
				.param("w", k.weight())
				.param("a", k.actualValue())
				.param("c", k.completion())
				.update();
		}
		for (TaskResult t : e.tasks()) {
			jdbc.sql("insert into department_evaluation_task (evaluation_id, position, name, target, fiscal_funds, "
					+ "other_funds, completion) values (:e, :p, :n, :t, :f, :o, :c)")
				.param("e", id)
				.param("p", t.position())
				.param("n", t.name())
				.param("t", t.target())
				.param("f", t.fiscalFunds().yuan())
				.param("o", t.otherFunds().yuan())
				.param("c", t.completion())
				.update();
		}
		for (DepartmentSelfEvaluation.Response r : e.responses()) {
			jdbc.sql("insert into department_evaluation_response (evaluation_id, code, answers, reason) "
					+ "values (:e, :c, :a, :r)")
				.param("e", id)
				.param("c", r.code())
				.param("a", encode(r.answers()))
				.param("r", r.reason())
				.update();
		}
	}

	private DepartmentSelfEvaluation complete(DepartmentSelfEvaluation head) {
		long id = head.id();
		List<KeyIndicatorResult> keys = jdbc
			.sql("select position, subcategory, name, expected_value, weight, "
					+ "actual_value, completion from department_evaluation_key_indicator where evaluation_id = :e "
					+ "order by position")
			.param("e", id)
			.query((rs, n) -> new KeyIndicatorResult(rs.getInt("position"),
					IndicatorSubcategory.valueOf(rs.getString("subcategory")), rs.getString("name"),
					rs.getString("expected_value"), rs.getBigDecimal("weight"), rs.getString("actual_value"),
					rs.getString("completion")))
			.list();
		List<TaskResult> tasks = jdbc
			.sql("select position, name, target, fiscal_funds, other_funds, completion "
					+ "from department_evaluation_task where evaluation_id = :e order by position")
			.param("e", id)
			.query((rs, n) -> new TaskResult(rs.getInt("position"), rs.getString("name"), rs.getString("target"),
					Amount.ofYuan(rs.getBigDecimal("fiscal_funds")), Amount.ofYuan(rs.getBigDecimal("other_funds")),
					rs.getString("completion")))
			.list();
		List<DepartmentSelfEvaluation.Response> responses = jdbc
			.sql("select code, answers, reason "
					+ "from department_evaluation_response where evaluation_id = :e order by id")
			.param("e", id)
			.query((rs, n) -> new DepartmentSelfEvaluation.Response(rs.getString("code"),
					decode(rs.getString("answers")), rs.getString("reason")))
			.list();
		List<CommonIndicatorScore> scores = jdbc
			.sql("select code, category, grp, name, weight, score, rule, inputs, "
					+ "explanation from department_evaluation_score where evaluation_id = :e order by position")
			.param("e", id)
			.query((rs, n) -> new CommonIndicatorScore(rs.getString("code"), rs.getString("category"),
					rs.getString("grp"), rs.getString("name"),
					new ScoredItem(rs.getBigDecimal("score"), rs.getBigDecimal("weight"), rs.getString("rule"),
							rs.getString("inputs"), rs.getString("explanation"), Set.of())))
			.list();
		return new DepartmentSelfEvaluation(id, head.targetId(), head.departmentId(), head.fiscalYear(), head.status(),
				head.achievement(), head.problems(), head.measures(), head.adjustmentReason(), keys, tasks, responses,
				head.submittedFunds(), scores, head.totalWeight(), head.totalScore(), head.grade(), head.version(),
				head.updatedAt());
	}

	private DepartmentSelfEvaluation head(ResultSet rs, int n) throws SQLException {
		BigDecimal initial = rs.getBigDecimal("initial_budget");
		DepartmentFunds funds = initial == null ? null
				: new DepartmentFunds(Amount.ofYuan(initial), amount(rs, "adjustment"), amount(rs, "increases"),
						amount(rs, "actual_spending"), amount(rs, "public_spending"));
		String grade = rs.getString("grade");
		return new DepartmentSelfEvaluation(rs.getLong("id"), rs.getLong("target_id"), rs.getLong("unit_id"),
				rs.getInt("fiscal_year"), EvaluationStatus.valueOf(rs.getString("status")), rs.getString("achievement"),
				rs.getString("problems"), rs.getString("measures"), rs.getString("adjustment_reason"), List.of(),
				List.of(), List.of(), funds, List.of(), rs.getBigDecimal("total_weight"),
				rs.getBigDecimal("total_score"), grade == null ? null : Grade.valueOf(grade), rs.getInt("version"),
				rs.getTimestamp("updated_at").toLocalDateTime());
	}

	private static Amount amount(ResultSet rs, String column) throws SQLException {
		BigDecimal v = rs.getBigDecimal(column);
		return v == null ? null : Amount.ofYuan(v);
	}

	private static BigDecimal yuan(Amount amount) {
		return amount == null ? null : amount.yuan();
	}

	private static String clip(String text, int max) {
		return text == null ? "" : text.length() <= max ? text : text.substring(0, max - 1) + "…";
	}

	/** "Y,N," for 符合, 不符合, 未作答. */
	static String encode(List<Boolean> answers) {
		return answers.stream().map(a -> a == null ? "" : a ? "Y" : "N").collect(Collectors.joining(","));
	}

	static List<Boolean> decode(String text) {
		if (text == null || text.isEmpty()) {
			return List.of();
		}
		List<Boolean> answers = new ArrayList<>();
		Arrays.stream(text.split(",", -1)).forEach(a -> answers.add(a.isEmpty() ? null : "Y".equals(a)));
		return answers;
	}

}
