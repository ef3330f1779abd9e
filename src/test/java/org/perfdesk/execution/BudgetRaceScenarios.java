package org.perfdesk.execution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.perfdesk.execution.ExecutionFixtures.decrease;
import static org.perfdesk.execution.ExecutionFixtures.spent;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.perfdesk.DemoYear;
import org.perfdesk.budget.FundSource;
import org.perfdesk.budget.Project;
import org.perfdesk.budget.ProjectManagement;
import org.perfdesk.shared.FiscalYear;
import org.perfdesk.shared.RuleViolation;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Writes that are each within the budget but together would pass it, started at the same
 * instant from several threads, each in its own committed transaction: exactly as many of
 * them may succeed as the budget allows, the others are refused with the usual
 * {@link RuleViolation}, and execution never ends above the 全年预算数. Every scenario runs
 * {@link #ROUNDS} times on a fresh project, because one lucky interleaving proves
 * nothing.
 * <p>
 * Shared by H2 ({@link ExecutionRaceTests}) and PostgreSQL
 * ({@code PostgresIntegrationTests.BudgetRaceOnPostgresql}): the lock is taken by SQL,
 * and both databases must honour it. The subclasses must not be {@code @Transactional} (a
 * rolled-back test transaction would be one transaction for every thread), so the
 * projects, figures and audit lines made here are deleted after each test.
 */
public abstract class BudgetRaceScenarios {

	static final int ROUNDS = 100;

	/** Threads per round in the month-save scenario. */
	static final int SAVERS = 3;

	@Autowired
	ExecutionManagement execution;

	@Autowired
	ProjectManagement projects;

	@Autowired
	JdbcClient jdbc;

	ExecutionFixtures fx;

	/** A past year, so that every month may be recorded whatever today's date. */
	final int year = DemoYear.current() - 1;

	private final List<Long> made = new ArrayList<>();

	private ExecutorService pool;

	@BeforeEach
	void threads() {
		fx = new ExecutionFixtures(jdbc);
		pool = Executors.newFixedThreadPool(SAVERS);
	}

	@AfterEach
	void removeWhatTheRoundsMade() throws InterruptedException {
		pool.shutdownNow();
		pool.awaitTermination(10, TimeUnit.SECONDS);
		if (made.isEmpty()) {
			return;
		}
		String audited = "select id from audit_entry where record_type in ('PROJECT', 'EXECUTION', 'BUDGET_ADJUSTMENT') "
				+ "and record_id in (:ids)";
		jdbc.sql("delete from audit_field_change where entry_id in (" + audited + ")").param("ids", made).update();
		jdbc.sql("delete from audit_entry where id in (" + audited + ")").param("ids", made).update();
		jdbc.sql("delete from execution_monthly where project_id in (:ids)").param("ids", made).update();
		jdbc.sql("delete from execution_adjustment where project_id in (:ids)").param("ids", made).update();
		jdbc.sql("delete from budget_project where id in (:ids)").param("ids", made).update();
		made.clear();
	}

	@Test
	void monthSavesOfOneProjectStartedTogetherNeverPassTheBudget() throws Exception {
		var rounds = new Rounds();
		for (int round = 0; round < ROUNDS; round++) {
			// 100 万元; each of the three months alone fits, any two of them do not
			Project p = project("100");
			List<Callable<Void>> saves = new ArrayList<>();
			for (int m = 1; m <= SAVERS; m++) {
				int month = m;
				saves.add(() -> {
					execution.record(fx.filler(), p.id(), month, spent("60", "0", "0"), null);
					return null;
				});
			}
			rounds.add(race(saves), p);
		}
		rounds.assertEachAcceptedExactly(1);
	}

	@Test
	void aDecreaseRacingAMonthSaveCannotLeaveTheBudgetBelowWhatWasSpent() throws Exception {
		var rounds = new Rounds();
		for (int round = 0; round < ROUNDS; round++) {
			// 100 万元: a 追减 of 50 fits with nothing spent, a month of 60 fits the budget
			// before the 追减
			Project p = project("100");
			rounds.add(race(List.of(() -> {
				execution.adjust(fx.filler(), p.id(), decrease(year, FundSource.FISCAL_APPROPRIATION, "50"));
				return null;
			}, () -> {
				execution.record(fx.filler(), p.id(), 1, spent("60", "0", "0"), null);
				return null;
			})), p);
		}
		rounds.assertEachAcceptedExactly(1);
	}

	@Test
	void twoDecreasesStartedTogetherCannotLeaveTheBudgetBelowWhatWasSpent() throws Exception {
		var rounds = new Rounds();
		for (int round = 0; round < ROUNDS; round++) {
			// 100 万元 with 60 spent: one 追减 of 30 leaves 70, two would leave 40
			Project p = project("100");
			execution.record(fx.filler(), p.id(), 1, spent("60", "0", "0"), null);
			Callable<Void> decrease = () -> {
				execution.adjust(fx.filler(), p.id(), decrease(year, FundSource.FISCAL_APPROPRIATION, "30"));
				return null;
			};
			rounds.add(race(List.of(decrease, decrease)), p);
		}
		rounds.assertEachAcceptedExactly(1);
	}

	@Test
	void anImportRacingAMonthSaveNeverPassesTheBudget() throws Exception {
		var rounds = new Rounds();
		for (int round = 0; round < ROUNDS; round++) {
			Project p = project("100");
			var row = new ImportRow(2, p.code(), 2, new BigDecimal("600000"), BigDecimal.ZERO, BigDecimal.ZERO);
			rounds.add(race(List.of(() -> {
				ImportOutcome outcome = execution.importMonths(fx.filler(), FiscalYear.of(year), List.of(row));
				if (!outcome.problems().isEmpty()) {
					throw new RuleViolation(java.util.Map.of("file", outcome.problems().get(0).reason()));
				}
				return null;
			}, () -> {
				execution.record(fx.filler(), p.id(), 3, spent("60", "0", "0"), null);
				return null;
			})), p);
		}
		rounds.assertEachAcceptedExactly(1);
	}

	/**
	 * A project of the filler's unit in {@link #year} with the given 当年财政拨款 in 万元,
	 * removed after the test.
	 */
	Project project(String fiscalWan) {
		Project p = fx.newProject(projects, "RACE-" + System.nanoTime(), year, fiscalWan, "0", "0");
		made.add(p.id());
		return p;
	}

	/**
	 * Runs the writes at the same instant (a barrier releases all threads together) and
	 * answers how many were accepted. A {@link RuleViolation} is a refusal; any other
	 * exception fails the test.
	 */
	private int race(List<Callable<Void>> writes) throws Exception {
		var start = new CyclicBarrier(writes.size());
		List<Future<Boolean>> results = new ArrayList<>();
		for (Callable<Void> write : writes) {
			results.add(pool.submit(() -> {
				start.await(10, TimeUnit.SECONDS);
				try {
					write.call();
					return true;
				}
				catch (RuleViolation refused) {
					return false;
				}
			}));
		}
		int accepted = 0;
		for (Future<Boolean> result : results) {
			accepted += result.get(30, TimeUnit.SECONDS) ? 1 : 0;
		}
		return accepted;
	}

	/**
	 * The outcome of every round, asserted at the end so that a failure says how many
	 * rounds went wrong.
	 */
	private final class Rounds {

		private final List<Integer> accepted = new ArrayList<>();

		private int overBudget;

		void add(int acceptedThisRound, Project p) {
			accepted.add(acceptedThisRound);
			ProjectExecution after = execution.find(fx.filler(), p.id(), null);
			if (after.figures()
				.executed()
				.fiscalAppropriation()
				.compareTo(after.fullYearBudget().fiscalAppropriation()) > 0) {
				overBudget++;
			}
		}

		void assertEachAcceptedExactly(int expected) {
			long wrong = accepted.stream().filter(n -> n != expected).count();
			assertThat(overBudget)
				.as("rounds (of %d) that left execution above the budget; accepted per round: %s", accepted.size(),
						accepted)
				.isZero();
			assertThat(wrong)
				.as("rounds (of %d) that did not accept exactly %d writes; accepted per round: %s", accepted.size(),
						expected, accepted)
				.isZero();
		}

	}

}
