package org.perfdesk.execution;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.perfdesk.budget.FundSource;
import org.perfdesk.budget.Project;
import org.perfdesk.org.DataScope;
import org.perfdesk.shared.Amount;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class ExecutionRepository {

	private static final String ADJUSTMENT_COLUMNS = "id, project_id, unit_id, fiscal_year, adjusted_on, kind, "
			+ "fund_source, amount, reason, created_at";

	private static final String MONTH_COLUMNS = "id, project_id, unit_id, fiscal_year, fiscal_month, fiscal_appropriation, "
			+ "carry_over, other_funds, version, updated_at";

	private final JdbcClient jdbc;

	private final Clock clock;

	ExecutionRepository(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	List<BudgetAdjustment> adjustments(long projectId) {
		return jdbc
			.sql("select " + ADJUSTMENT_COLUMNS + " from execution_adjustment where project_id = :p "
					+ "order by adjusted_on, id")
			.param("p", projectId)
			.query(this::adjustment)
			.list();
	}

	List<MonthlyExecution> months(long projectId) {
		return jdbc
			.sql("select " + MONTH_COLUMNS + " from execution_monthly where project_id = :p order by fiscal_month")
			.param("p", projectId)
			.query(this::monthly)
			.list();
	}

	/** Every adjustment of a year within the scope, grouped by project id. */
	Map<Long, List<BudgetAdjustment>> adjustmentsOfYear(DataScope scope, int fiscalYear) {
		var byProject = new HashMap<Long, List<BudgetAdjustment>>();
		scoped("select " + ADJUSTMENT_COLUMNS + " from execution_adjustment where fiscal_year = :y", scope, fiscalYear,
				" order by adjusted_on, id")
			.query(this::adjustment)
			.list()
			.forEach(a -> byProject.computeIfAbsent(a.projectId(), k -> new java.util.ArrayList<>()).add(a));
		return byProject;
	}

	/** Every monthly figure of a year within the scope, grouped by project id. */
	Map<Long, List<MonthlyExecution>> monthsOfYear(DataScope scope, int fiscalYear) {
		var byProject = new HashMap<Long, List<MonthlyExecution>>();
		scoped("select " + MONTH_COLUMNS + " from execution_monthly where fiscal_year = :y", scope, fiscalYear,
				" order by fiscal_month")
			.query(this::monthly)
			.list()
			.forEach(m -> byProject.computeIfAbsent(m.projectId(), k -> new java.util.ArrayList<>()).add(m));
		return byProject;
	}

	private JdbcClient.StatementSpec scoped(String sql, DataScope scope, int fiscalYear, String order) {
		if (scope.everything()) {
			return jdbc.sql(sql + order).param("y", fiscalYear);
		}
		if (scope.readableUnitIds().isEmpty()) {
			return jdbc.sql(sql + " and 1 = 0" + order).param("y", fiscalYear);
		}
		return jdbc.sql(sql + " and unit_id in (:units)" + order)
			.param("y", fiscalYear)
			.param("units", scope.readableUnitIds());
	}

	long insertAdjustment(Project project, AdjustmentDraft d) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("insert into execution_adjustment (project_id, unit_id, fiscal_year, adjusted_on, kind, fund_source, "
				+ "amount, reason, created_at) values (:p, :unit, :y, :on, :kind, :source, :amount, :reason, :now)")
			.param("p", project.id())
			.param("unit", project.unitId())
			.param("y", project.fiscalYear())
			.param("on", d.adjustedOn())
			.param("kind", d.kind().name())
			.param("source", d.fundSource().name())
			.param("amount", d.amount().yuan())
			.param("reason", d.reason().strip())
			.param("now", LocalDateTime.now(clock))
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	Optional<BudgetAdjustment> findAdjustment(long id) {
		return jdbc.sql("select " + ADJUSTMENT_COLUMNS + " from execution_adjustment where id = :id")
			.param("id", id)
			.query(this::adjustment)
			.optional();
	}

	Optional<MonthlyExecution> findMonth(long projectId, int month) {
		return jdbc
			.sql("select " + MONTH_COLUMNS + " from execution_monthly where project_id = :p and fiscal_month = :m")
			.param("p", projectId)
			.param("m", month)
			.query(this::monthly)
			.optional();
	}

	void insertMonth(Project project, int month, SourceAmounts spent) {
		jdbc.sql("insert into execution_monthly (project_id, unit_id, fiscal_year, fiscal_month, fiscal_appropriation, "
				+ "carry_over, other_funds, updated_at) values (:p, :unit, :y, :m, :fa, :co, :of, :now)")
			.param("p", project.id())
			.param("unit", project.unitId())
			.param("y", project.fiscalYear())
			.param("m", month)
			.params(values(spent))
			.param("now", LocalDateTime.now(clock))
			.update();
	}

	/** Optimistic update; false when the version no longer matches. */
	boolean updateMonth(long id, int version, SourceAmounts spent) {
		return jdbc
			.sql("update execution_monthly set fiscal_appropriation = :fa, carry_over = :co, other_funds = :of, "
					+ "updated_at = :now, version = version + 1 where id = :id and version = :version")
			.params(values(spent))
			.param("now", LocalDateTime.now(clock))
			.param("id", id)
			.param("version", version)
			.update() == 1;
	}

	private static Map<String, Object> values(SourceAmounts s) {
		var v = new HashMap<String, Object>();
		v.put("fa", s.fiscalAppropriation().yuan());
		v.put("co", s.carryOver().yuan());
		v.put("of", s.otherFunds().yuan());
		return v;
	}

	private BudgetAdjustment adjustment(ResultSet rs, int row) throws SQLException {
		LocalDate on = rs.getObject("adjusted_on", LocalDate.class);
		return new BudgetAdjustment(rs.getLong("id"), rs.getLong("project_id"), rs.getLong("unit_id"),
				rs.getInt("fiscal_year"), on, AdjustmentKind.valueOf(rs.getString("kind")),
				FundSource.valueOf(rs.getString("fund_source")), amount(rs, "amount"), rs.getString("reason"),
				rs.getTimestamp("created_at").toLocalDateTime());
	}

	private MonthlyExecution monthly(ResultSet rs, int row) throws SQLException {
		return new MonthlyExecution(rs.getLong("id"), rs.getLong("project_id"), rs.getLong("unit_id"),
				rs.getInt("fiscal_year"), rs.getInt("fiscal_month"),
				new SourceAmounts(amount(rs, "fiscal_appropriation"), amount(rs, "carry_over"),
						amount(rs, "other_funds")),
				rs.getInt("version"), rs.getTimestamp("updated_at").toLocalDateTime());
	}

	private static Amount amount(ResultSet rs, String column) throws SQLException {
		BigDecimal value = rs.getBigDecimal(column);
		return Amount.ofYuan(value);
	}

}
