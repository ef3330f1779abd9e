package org.perfdesk.execution.department;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.perfdesk.shared.Amount;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class DepartmentFiguresRepository {

	private static final String AMOUNT_COLUMNS = "personnel_budget, personnel_spent, operating_budget, operating_spent, "
			+ "overseas_travel_budget, overseas_travel_spent, vehicle_purchase_budget, vehicle_purchase_spent, "
			+ "vehicle_operation_budget, vehicle_operation_spent, reception_budget, reception_spent, "
			+ "procurement_budget, procurement_actual";

	private static final String COLUMNS = "id, department_id, fiscal_year, " + AMOUNT_COLUMNS
			+ ", authorised_staff, actual_staff, version, updated_at, updated_by";

	private final JdbcClient jdbc;

	private final Clock clock;

	DepartmentFiguresRepository(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	Optional<DepartmentFigures> find(long departmentId, int fiscalYear) {
		return jdbc
			.sql("select " + COLUMNS
					+ " from execution_department_figures where department_id = :d and fiscal_year = :y")
			.param("d", departmentId)
			.param("y", fiscalYear)
			.query(this::map)
			.optional();
	}

	List<DepartmentFigures> findByYear(Collection<Long> departmentIds, int fiscalYear) {
		if (departmentIds.isEmpty()) {
			return List.of();
		}
		return jdbc
			.sql("select " + COLUMNS + " from execution_department_figures where fiscal_year = :y "
					+ "and department_id in (:ids) order by department_id")
			.param("y", fiscalYear)
			.param("ids", departmentIds)
			.query(this::map)
			.list();
	}

	/**
	 * The first save of a department's year, stored as version 1 (version 0 means "never
	 * saved", so a second "first save" from a stale page finds no row at version 0);
	 * false when someone else saved it first.
	 */
	boolean insert(long departmentId, int fiscalYear, DepartmentFigures f, String username) {
		try {
			jdbc.sql("insert into execution_department_figures (department_id, fiscal_year, " + AMOUNT_COLUMNS
					+ ", authorised_staff, actual_staff, updated_at, updated_by, version) values (:d, :y, "
					+ ":pb, :ps, :ob, :os, :tb, :ts, :vpb, :vps, :vob, :vos, :rb, :rs, :gb, :ga, :as, :ac, :now, :by, 1)")
				.param("d", departmentId)
				.param("y", fiscalYear)
				.params(values(f))
				.param("now", LocalDateTime.now(clock))
				.param("by", username)
				.update();
			return true;
		}
		catch (org.springframework.dao.DuplicateKeyException e) {
			return false;
		}
	}

	/** Optimistic update; false when the version no longer matches. */
	boolean update(long id, int version, DepartmentFigures f, String username) {
		return jdbc.sql("update execution_department_figures set personnel_budget = :pb, personnel_spent = :ps, "
				+ "operating_budget = :ob, operating_spent = :os, overseas_travel_budget = :tb, overseas_travel_spent = :ts, "
				+ "vehicle_purchase_budget = :vpb, vehicle_purchase_spent = :vps, vehicle_operation_budget = :vob, "
				+ "vehicle_operation_spent = :vos, reception_budget = :rb, reception_spent = :rs, "
				+ "procurement_budget = :gb, procurement_actual = :ga, authorised_staff = :as, actual_staff = :ac, "
				+ "updated_at = :now, updated_by = :by, version = version + 1 where id = :id and version = :version")
			.params(values(f))
			.param("now", LocalDateTime.now(clock))
			.param("by", username)
			.param("id", id)
			.param("version", version)
			.update() == 1;
	}

	private static Map<String, Object> values(DepartmentFigures f) {
		var v = new HashMap<String, Object>();
		v.put("pb", f.personnelBudget().yuan());
		v.put("ps", f.personnelSpent().yuan());
		v.put("ob", f.operatingBudget().yuan());
		v.put("os", f.operatingSpent().yuan());
		v.put("tb", f.overseasTravelBudget().yuan());
		v.put("ts", f.overseasTravelSpent().yuan());
		v.put("vpb", f.vehiclePurchaseBudget().yuan());
		v.put("vps", f.vehiclePurchaseSpent().yuan());
		v.put("vob", f.vehicleOperationBudget().yuan());
		v.put("vos", f.vehicleOperationSpent().yuan());
		v.put("rb", f.receptionBudget().yuan());
		v.put("rs", f.receptionSpent().yuan());
		v.put("gb", f.procurementBudget().yuan());
		v.put("ga", f.procurementActual().yuan());
		v.put("as", f.authorisedStaff());
		v.put("ac", f.actualStaff());
		return v;
	}

	private DepartmentFigures map(ResultSet rs, int row) throws SQLException {
		return new DepartmentFigures(rs.getLong("id"), rs.getLong("department_id"), rs.getInt("fiscal_year"),
				amount(rs, "personnel_budget"), amount(rs, "personnel_spent"), amount(rs, "operating_budget"),
				amount(rs, "operating_spent"), amount(rs, "overseas_travel_budget"),
				amount(rs, "overseas_travel_spent"), amount(rs, "vehicle_purchase_budget"),
				amount(rs, "vehicle_purchase_spent"), amount(rs, "vehicle_operation_budget"),
				amount(rs, "vehicle_operation_spent"), amount(rs, "reception_budget"), amount(rs, "reception_spent"),
				amount(rs, "procurement_budget"), amount(rs, "procurement_actual"), rs.getInt("authorised_staff"),
				rs.getInt("actual_staff"), rs.getInt("version"), rs.getTimestamp("updated_at").toLocalDateTime(),
				rs.getString("updated_by"));
	}

	private static Amount amount(ResultSet rs, String column) throws SQLException {
		return Amount.ofYuan(rs.getBigDecimal(column));
	}

}
