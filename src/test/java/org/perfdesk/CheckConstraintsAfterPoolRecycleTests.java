package org.perfdesk;

import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * H2 2.4.240 evaluated an {@code IN (...)} check constraint with the session that created
 * it: once the pool retired the connection that ran the migrations (Hikari's
 * {@code max-lifetime}, 30 minutes by default), every insert or update of such a table
 * answered "The database has been closed" until a restart (h2database#4302). Here the
 * pool retires every connection at once after start-up (migrations and demo load done),
 * and then a row of every table that has a check constraint is written again, so each
 * constraint is evaluated by a session that did not create it.
 */
@SpringBootTest(properties = "spring.datasource.hikari.max-lifetime=30000")
@ActiveProfiles("test")
class CheckConstraintsAfterPoolRecycleTests {

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcClient jdbc;

	@Test
	@Transactional // rolled back: the rows only need to be written, not kept
	void everyCheckedTableAcceptsWritesAfterTheMigrationConnectionIsRetired() {
		((HikariDataSource) dataSource).getHikariPoolMXBean().softEvictConnections();
		insertWhatTheDemoLeavesEmpty();

		List<String> tables = jdbc.sql("""
				select distinct table_name from information_schema.table_constraints
				where constraint_type = 'CHECK' and table_schema = 'public' order by table_name""")
			.query(String.class)
			.list();
		assertThat(tables).hasSizeGreaterThanOrEqualTo(15);

		List<String> empty = new ArrayList<>();
		List<String> failed = new ArrayList<>();
		for (String table : tables) {
			List<String> columns = jdbc.sql("""
					select column_name from information_schema.columns
					where table_schema = 'public' and table_name = :t order by ordinal_position""")
				.param("t", table)
				.query(String.class)
				.list();
			String assignments = String.join(", ", columns.stream().map(c -> c + " = " + c).toList());
			try {
				int rows = jdbc
					.sql("update " + table + " set " + assignments + " where _rowid_ = (select min(_rowid_) from "
							+ table + ")")
					.update();
				if (rows == 0) {
					empty.add(table);
				}
			}
			catch (DataAccessException e) {
				String message = String.valueOf(e.getMostSpecificCause().getMessage());
				failed.add(table + ": " + message.substring(0, Math.min(160, message.length())));
			}
		}
		assertThat(failed).as("tables whose check constraints fail after the pool recycled").isEmpty();
		assertThat(empty).as("tables with no row to write: add one in insertWhatTheDemoLeavesEmpty").isEmpty();
	}

	/**
	 * The demo saves no scoring settings, no common-indicator template, no monitoring
	 * decision, no regional outline and no imported document.
	 */
	private void insertWhatTheDemoLeavesEmpty() {
		jdbc.sql("""
				insert into import_document (unit_id, uploaded_by, uploaded_at, file_name, status, fiscal_year,
				  extraction, source_text)
				values (1, 'filler', current_timestamp, 'a.md', 'PREVIEW', 2024, '{}', '')""").update();
		jdbc.sql("""
				insert into evaluation_scoring_settings (fiscal_year, reverse_variant, over_achievement_share,
				  execution_weight, output_weight, benefit_weight, satisfaction_weight, achieved_band_start,
				  partly_band_start, freed_weight, updated_by, updated_at)
				values (2099, 'LINEAR', 0.2, 10, 50, 30, 10, 0.8, 0.6, 'OUTPUT', 'finance', current_timestamp)""")
			.update();
		jdbc.sql("insert into evaluation_execution_tier (fiscal_year, rate, points) values (2099, 0.9, 8)").update();
		var key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into department_evaluation_template (fiscal_year, total_weight, updated_by, updated_at)
				values (2099, 100, 'finance', current_timestamp)""").update(key, "id");
		jdbc.sql("""
				insert into department_evaluation_indicator (template_id, position, code, category, grp, name,
				  direction, weight, rule_kind, deduction)
				values (:t, 1, 'X1', '过程', '预算管理', '管理制度健全性', 'POSITIVE', 5, 'CHECKLIST', 1)""")
			.param("t", key.getKey().longValue())
			.update();
		long report = jdbc.sql("select min(id) from monitoring_report").query(Long.class).single();
		jdbc.sql("""
				insert into monitoring_decision (report_id, decision, note, decided_by, decided_at)
				values (:r, 'SUSPEND', '测试', 'finance', current_timestamp)""").param("r", report).update();
		jdbc.sql("""
				insert into report_outline (code, kind, name, body, updated_by, updated_at)
				values ('pool-test', 'DEPARTMENT', '测试提纲', '一、概况', 'finance', current_timestamp)""").update();
	}

}
