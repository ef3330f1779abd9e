import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The data side of {@code bench/city}, run with the H2 jar of the built application on its class path while the
 * application is stopped (so this is the only process with the file open, as the application is when it runs):
 *
 * <pre>
 *   java -cp h2.jar bench/CityData.java fill &lt;jdbc-url&gt; &lt;projects&gt; &lt;year&gt; &lt;month&gt;
 *   java -cp h2.jar bench/CityData.java time &lt;jdbc-url&gt; &lt;year&gt;
 * </pre>
 *
 * {@code fill} adds a city's worth of rows with plain SQL, spread over the demo's units: {@code projects} projects
 * of {@code year} with 执行数 for months 1 to {@code month}, and as many projects of the year before, each with an
 * approved self-evaluation (without indicator rows). {@code time} runs the queries that answer the project,
 * execution and evaluation list pages for the finance bureau (every row of the year, all columns, read to the end),
 * 15 times each after 10 warm-up runs (a fresh JVM reads slowly until the JIT has compiled H2), and prints the
 * median in milliseconds as {@code sql <page> <ms>}. The queries are the ones the repositories run, except that the
 * evaluation list's one indicator query per evaluation is one join here: the page time over this time is what the
 * application adds on top of the database.
 */
public class CityData {

	public static void main(String[] args) throws Exception {
		try (Connection c = DriverManager.getConnection(args[1], "sa", "")) {
			switch (args[0]) {
				case "fill" -> fill(c, Integer.parseInt(args[2]), Integer.parseInt(args[3]), Integer.parseInt(args[4]));
				case "time" -> time(c, Integer.parseInt(args[2]));
				default -> throw new IllegalArgumentException("fill or time, not " + args[0]);
			}
		}
	}

	static void fill(Connection c, int count, int year, int month) throws SQLException {
		c.setAutoCommit(false);
		List<Long> units = new ArrayList<>();
		try (ResultSet rs = c.createStatement().executeQuery("select id from org_unit where kind <> 'FINANCE_BUREAU' "
				+ "and active order by id")) {
			while (rs.next()) {
				units.add(rs.getLong(1));
			}
		}
		Timestamp now = Timestamp.valueOf(LocalDateTime.now());
		List<long[]> current = projects(c, count, year, units, now);
		try (PreparedStatement ps = c.prepareStatement("insert into execution_monthly (project_id, unit_id, fiscal_year, "
				+ "fiscal_month, fiscal_appropriation, carry_over, other_funds, updated_at) values (?, ?, ?, ?, ?, 0, 0, ?)")) {
			for (long[] p : current) {
				for (int m = 1; m <= month; m++) {
					ps.setLong(1, p[0]);
					ps.setLong(2, p[1]);
					ps.setInt(3, year);
					ps.setInt(4, m);
					ps.setBigDecimal(5, new BigDecimal("5000.00"));
					ps.setTimestamp(6, now);
					ps.addBatch();
				}
				ps.executeBatch();
			}
		}
		List<long[]> previous = projects(c, count, year - 1, units, now);
		try (PreparedStatement ps = c.prepareStatement("insert into self_evaluation (target_id, project_id, unit_id, "
				+ "fiscal_year, status, initial_fiscal, initial_carry_over, initial_other, budget_fiscal, budget_carry_over, "
				+ "budget_other, executed_fiscal, executed_carry_over, executed_other, execution_weight, execution_score, "
				+ "total_score, grade, updated_at) values (0, ?, ?, ?, 'APPROVED', 100000, 0, 0, 100000, 0, 0, 92000, 0, 0, "
				+ "10, 9.2, 91.5, 'EXCELLENT', ?)")) {
			for (long[] p : previous) {
				ps.setLong(1, p[0]);
				ps.setLong(2, p[1]);
				ps.setInt(3, year - 1);
				ps.setTimestamp(4, now);
				ps.addBatch();
			}
			ps.executeBatch();
		}
		c.commit();
		System.out.println("filled " + count + " projects of " + year + " (" + month + " months each) and " + count
				+ " evaluated projects of " + (year - 1) + " over " + units.size() + " units");
	}

	/** Inserts the projects of a year, answers {id, unit id} of each. */
	static List<long[]> projects(Connection c, int count, int year, List<Long> units, Timestamp now) throws SQLException {
		List<long[]> made = new ArrayList<>();
		try (PreparedStatement ps = c.prepareStatement("insert into budget_project (unit_id, fiscal_year, code, name, type, "
				+ "start_year, end_year, manager, fiscal_appropriation, carry_over, other_funds, purpose, created_at, "
				+ "updated_at) values (?, ?, ?, ?, 'RECURRING', ?, ?, '测试负责人', 100000, 0, 0, '城市规模的基准测试数据。', ?, ?)",
				new String[] { "id" })) {
			for (int i = 1; i <= count; i++) {
				long unit = units.get(i % units.size());
				ps.setLong(1, unit);
				ps.setInt(2, year);
				ps.setString(3, "CITY-" + String.format("%05d", i));
				ps.setString(4, "城市基准项目 " + i);
				ps.setInt(5, year);
				ps.setInt(6, year);
				ps.setTimestamp(7, now);
				ps.setTimestamp(8, now);
				ps.executeUpdate();
				try (ResultSet keys = ps.getGeneratedKeys()) {
					keys.next();
					made.add(new long[] { keys.getLong(1), unit });
				}
			}
		}
		return made;
	}

	static void time(Connection c, int year) throws SQLException {
		String projects = "select id, unit_id, fiscal_year, code, name, type, start_year, end_year, manager, "
				+ "fiscal_appropriation, carry_over, other_funds, purpose, version from budget_project where fiscal_year = ? "
				+ "order by unit_id, code";
		String adjustments = "select * from execution_adjustment where fiscal_year = ? order by adjusted_on, id";
		String months = "select * from execution_monthly where fiscal_year = ? order by fiscal_month";
		String evaluations = "select * from self_evaluation where fiscal_year = ? order by unit_id, id";
		String indicators = "select i.* from self_evaluation_indicator i join self_evaluation e on e.id = i.evaluation_id "
				+ "where e.fiscal_year = ? order by i.evaluation_id, i.position";
		String labels = "select id, code, name, unit_id from budget_project where fiscal_year = ?";
		report(c, "/projects", year, projects);
		report(c, "/execution", year, projects, adjustments, months);
		report(c, "/evaluations?year=" + (year - 1), year - 1, evaluations, indicators, labels);
	}

	static void report(Connection c, String page, int year, String... queries) throws SQLException {
		double[] runs = new double[15];
		for (int run = -10; run < runs.length; run++) {
			long start = System.nanoTime();
			for (String sql : queries) {
				try (PreparedStatement ps = c.prepareStatement(sql)) {
					ps.setInt(1, year);
					try (ResultSet rs = ps.executeQuery()) {
						int columns = rs.getMetaData().getColumnCount();
						while (rs.next()) {
							for (int i = 1; i <= columns; i++) {
								rs.getObject(i);
							}
						}
					}
				}
			}
			if (run >= 0) {
				runs[run] = (System.nanoTime() - start) / 1e6;
			}
		}
		Arrays.sort(runs);
		System.out.printf("sql %s %.1f%n", page, runs[runs.length / 2]);
	}
}
