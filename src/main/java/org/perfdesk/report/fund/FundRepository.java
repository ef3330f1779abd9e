package org.perfdesk.report.fund;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class FundRepository {

	private final JdbcClient jdbc;

	private final Clock clock;

	FundRepository(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	Optional<SpecialFund> find(long id) {
		return jdbc.sql("select id, department_id, fiscal_year, name, basis from report_fund where id = :id")
			.param("id", id)
			.query((rs, n) -> new SpecialFund(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getString(4),
					rs.getString(5), projects(rs.getLong(1))))
			.optional();
	}

	List<SpecialFund> ofYear(int fiscalYear) {
		List<Long> ids = jdbc.sql("select id from report_fund where fiscal_year = :y order by department_id, name")
			.param("y", fiscalYear)
			.query(Long.class)
			.list();
		return ids.stream().map(id -> find(id).orElseThrow()).toList();
	}

	boolean nameTaken(long departmentId, int fiscalYear, String name) {
		return jdbc.sql("select count(*) from report_fund where department_id = :d and fiscal_year = :y and name = :n")
			.param("d", departmentId)
			.param("y", fiscalYear)
			.param("n", name)
			.query(Integer.class)
			.single() > 0;
	}

	long insert(long departmentId, int fiscalYear, String name, String basis, List<Long> projectIds, String by) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("insert into report_fund (department_id, fiscal_year, name, basis, created_by, created_at) "
				+ "values (:d, :y, :n, :b, :by, :now)")
			.param("d", departmentId)
			.param("y", fiscalYear)
			.param("n", name)
			.param("b", basis)
			.param("by", by)
			.param("now", LocalDateTime.now(clock))
			.update(keys, "id");
		long id = keys.getKey().longValue();
		for (int i = 0; i < projectIds.size(); i++) {
			jdbc.sql("insert into report_fund_project (fund_id, project_id, position) values (:f, :p, :i)")
				.param("f", id)
				.param("p", projectIds.get(i))
				.param("i", i)
				.update();
		}
		return id;
	}

	private List<Long> projects(long fundId) {
		return jdbc.sql("select project_id from report_fund_project where fund_id = :f order by position")
			.param("f", fundId)
			.query(Long.class)
			.list();
	}

}
