package org.perfdesk.monitoring;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.perfdesk.indicator.IndicatorSubcategory;
import org.perfdesk.shared.Amount;
import org.perfdesk.review.ReviewDecision;
import org.perfdesk.review.ReviewLevel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class MonitoringRepository {

	private static final String ROUND = "select id, fiscal_year, cut_off_month, deadline, status, opened_by, opened_at, "
			+ "closed_at, version from monitoring_round";

	private static final String REPORT = "select id, round_id, target_id, project_id, unit_id, status, progress_text, "
			+ "budget, executed, version, updated_at from monitoring_report";

	private final JdbcClient jdbc;

	private final org.perfdesk.review.ReviewRepository reviews;

	private final Clock clock;

	MonitoringRepository(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.reviews = new org.perfdesk.review.ReviewRepository(jdbc, clock, "monitoring_review", "report_id");
		this.clock = clock;
	}

	Optional<MonitoringRound> findRound(long id) {
		return jdbc.sql(ROUND + " where id = :id").param("id", id).query(this::round).optional();
	}

	List<MonitoringRound> rounds(int fiscalYear) {
		return jdbc.sql(ROUND + " where fiscal_year = :y order by cut_off_month")
			.param("y", fiscalYear)
			.query(this::round)
			.list();
	}

	boolean roundExists(int fiscalYear, int month) {
		return jdbc.sql("select count(*) from monitoring_round where fiscal_year = :y and cut_off_month = :m")
			.param("y", fiscalYear)
			.param("m", month)
			.query(Long.class)
			.single() > 0;
	}

	long insertRound(int fiscalYear, int month, LocalDate deadline, String openedBy) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("insert into monitoring_round (fiscal_year, cut_off_month, deadline, status, opened_by, opened_at) "
				+ "values (:y, :m, :d, 'OPEN', :by, :now)")
			.param("y", fiscalYear)
			.param("m", month)
			.param("d", deadline)
			.param("by", openedBy)
			.param("now", LocalDateTime.now(clock))
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	boolean closeRound(long id, int version) {
		return jdbc
			.sql("update monitoring_round set status = 'CLOSED', closed_at = :now, version = version + 1 "
					+ "where id = :id and version = :v and status = 'OPEN'")
			.param("now", LocalDateTime.now(clock))
			.param("id", id)
			.param("v", version)
			.update() == 1;
	}

	Optional<MonitoringReport> findReport(long roundId, long targetId) {
		return jdbc.sql(REPORT + " where round_id = :r and target_id = :t")
			.param("r", roundId)
			.param("t", targetId)
			.query((rs, n) -> report(rs, List.of()))
			.optional()
			.map(r -> new MonitoringReport(r.id(), r.roundId(), r.targetId(), r.projectId(), r.unitId(), r.status(),
					r.progressText(), r.budget(), r.executed(), r.version(), r.updatedAt(), indicators(r.id())));
	}

	/**
	 * The reports of a round without their rows (for the lines): their status and worst
	 * likelihood.
	 */
	List<MonitoringReport> reportsOfRound(long roundId) {
		List<MonitoringReport> reports = jdbc.sql(REPORT + " where round_id = :r")
			.param("r", roundId)
			.query((rs, n) -> report(rs, List.of()))
			.list();
		return reports.stream()
			.map(r -> new MonitoringReport(r.id(), r.roundId(), r.targetId(), r.projectId(), r.unitId(), r.status(),
					r.progressText(), r.budget(), r.executed(), r.version(), r.updatedAt(), indicators(r.id())))
			.toList();
	}

	long insertReport(MonitoringReport r) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("insert into monitoring_report (round_id, target_id, project_id, unit_id, status, progress_text, "
				+ "updated_at) values (:round, :target, :project, :unit, :status, :progress, :now)")
			.param("round", r.roundId())
			.param("target", r.targetId())
			.param("project", r.projectId())
			.param("unit", r.unitId())
			.param("status", r.status().name())
			.param("progress", r.progressText())
			.param("now", LocalDateTime.now(clock))
			.update(keys, "id");
		long id = keys.getKey().longValue();
		insertIndicators(id, r.indicators());
		return id;
	}

	boolean updateContent(long id, int version, String progressText, List<MonitoredIndicator> rows) {
		int n = jdbc
			.sql("update monitoring_report set progress_text = :p, updated_at = :now, version = version + 1 "
					+ "where id = :id and version = :v")
			.param("p", progressText)
			.param("now", LocalDateTime.now(clock))
			.param("id", id)
			.param("v", version)
			.update();
		if (n == 0) {
			return false;
		}
		jdbc.sql("delete from monitoring_indicator where report_id = :id").param("id", id).update();
		insertIndicators(id, rows);
		return true;
	}

	boolean updateStatus(long id, int version, ReportStatus status, Amount budget, Amount executed) {
		return jdbc
			.sql("update monitoring_report set status = :s, budget = coalesce(:b, budget), "
					+ "executed = coalesce(:e, executed), updated_at = :now, version = version + 1 "
					+ "where id = :id and version = :v")
			.param("s", status.name())
			.param("b", budget == null ? null : budget.yuan())
			.param("e", executed == null ? null : executed.yuan())
			.param("now", LocalDateTime.now(clock))
			.param("id", id)
			.param("v", version)
			.update() == 1;
	}

	void insertReview(long reportId, ReviewLevel level, ReviewDecision decision, String opinion, String reviewer) {
		reviews.insert(reportId, level, decision, opinion, reviewer);
	}

	/** Newest first. */
	List<MonitoringReview> reviews(long reportId) {
		return reviews.of(reportId, (id, subject, level, decision, opinion, reviewer, at) -> new MonitoringReview(id,
				subject, level, decision, opinion, reviewer, at));
	}

	private static final String DECISION = "select d.id, d.report_id, r.target_id, d.decision, d.note, d.decided_by, "
			+ "d.decided_at, d.adjusted_target_id, d.adjusted_revision from monitoring_decision d "
			+ "join monitoring_report r on r.id = d.report_id";

	void insertDecision(long reportId, DecisionKind kind, String note, String decidedBy, Long adjustedTargetId,
			Integer adjustedRevision) {
		jdbc.sql("insert into monitoring_decision (report_id, decision, note, decided_by, decided_at, "
				+ "adjusted_target_id, adjusted_revision) values (:r, :d, :n, :by, :now, :t, :rev)")
			.param("r", reportId)
			.param("d", kind.name())
			.param("n", note)
			.param("by", decidedBy)
			.param("now", LocalDateTime.now(clock))
			.param("t", adjustedTargetId)
			.param("rev", adjustedRevision)
			.update();
	}

	Optional<MonitoringDecision> findDecision(long reportId) {
		return jdbc.sql(DECISION + " where d.report_id = :r").param("r", reportId).query(this::decision).optional();
	}

	/** The decisions of a round, by the target version each report is on. */
	Map<Long, MonitoringDecision> decisionsOfRound(long roundId) {
		return jdbc.sql(DECISION + " where r.round_id = :r")
			.param("r", roundId)
			.query(this::decision)
			.list()
			.stream()
			.collect(Collectors.toMap(MonitoringDecision::targetId, d -> d));
	}

	private MonitoringDecision decision(ResultSet rs, int n) throws SQLException {
		long target = rs.getLong("adjusted_target_id");
		Long adjusted = rs.wasNull() ? null : target;
		int revision = rs.getInt("adjusted_revision");
		Integer adjustedRevision = rs.wasNull() ? null : revision;
		return new MonitoringDecision(rs.getLong("id"), rs.getLong("report_id"), rs.getLong("target_id"),
				DecisionKind.valueOf(rs.getString("decision")), rs.getString("note"), rs.getString("decided_by"),
				rs.getTimestamp("decided_at").toLocalDateTime(), adjusted, adjustedRevision);
	}

	private List<MonitoredIndicator> indicators(long reportId) {
		return jdbc
			.sql("select position, subcategory, name, target_value, value_to_date, projected, likelihood, causes, "
					+ "cause_note, measures from monitoring_indicator where report_id = :r order by position")
			.param("r", reportId)
			.query((rs, n) -> new MonitoredIndicator(rs.getInt("position"),
					IndicatorSubcategory.valueOf(rs.getString("subcategory")), rs.getString("name"),
					rs.getString("target_value"), rs.getString("value_to_date"), rs.getString("projected"),
					rs.getString("likelihood") == null ? null : Likelihood.valueOf(rs.getString("likelihood")),
					causes(rs.getString("causes")), rs.getString("cause_note"), rs.getString("measures")))
			.list();
	}

	private void insertIndicators(long reportId, List<MonitoredIndicator> rows) {
		for (MonitoredIndicator r : rows) {
			jdbc.sql("insert into monitoring_indicator (report_id, position, subcategory, name, target_value, "
					+ "value_to_date, projected, likelihood, causes, cause_note, measures) values (:r, :p, :s, :n, :t, "
					+ ":v, :pr, :l, :c, :cn, :m)")
				.param("r", reportId)
				.param("p", r.position())
				.param("s", r.subcategory().name())
				.param("n", r.name())
				.param("t", r.targetValue())
				.param("v", r.valueToDate())
				.param("pr", r.projected())
				.param("l", r.likelihood() == null ? null : r.likelihood().name())
				.param("c", r.causes().stream().sorted().map(Enum::name).collect(Collectors.joining(",")))
				.param("cn", r.causeNote())
				.param("m", r.measures())
				.update();
		}
	}

	private static Set<DeviationCause> causes(String text) {
		if (text == null || text.isBlank()) {
			return Set.of();
		}
		return Arrays.stream(text.split(","))
			.map(DeviationCause::valueOf)
			.collect(Collectors.toCollection(() -> EnumSet.noneOf(DeviationCause.class)));
	}

	private MonitoringRound round(ResultSet rs, int n) throws SQLException {
		var closed = rs.getTimestamp("closed_at");
		return new MonitoringRound(rs.getLong("id"), rs.getInt("fiscal_year"), rs.getInt("cut_off_month"),
				rs.getDate("deadline").toLocalDate(), RoundStatus.valueOf(rs.getString("status")),
				rs.getString("opened_by"), rs.getTimestamp("opened_at").toLocalDateTime(),
				closed == null ? null : closed.toLocalDateTime(), rs.getInt("version"));
	}

	private MonitoringReport report(ResultSet rs, List<MonitoredIndicator> rows) throws SQLException {
		long project = rs.getLong("project_id");
		Long projectId = rs.wasNull() ? null : project;
		var budget = rs.getBigDecimal("budget");
		var executed = rs.getBigDecimal("executed");
		return new MonitoringReport(rs.getLong("id"), rs.getLong("round_id"), rs.getLong("target_id"), projectId,
				rs.getLong("unit_id"), ReportStatus.valueOf(rs.getString("status")), rs.getString("progress_text"),
				budget == null ? null : Amount.ofYuan(budget), executed == null ? null : Amount.ofYuan(executed),
				rs.getInt("version"), rs.getTimestamp("updated_at").toLocalDateTime(), rows);
	}

}
