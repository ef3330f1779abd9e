package org.perfdesk.execution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.perfdesk.execution.ExecutionFixtures.spent;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.perfdesk.IntegrationTest;
import org.perfdesk.budget.Project;
import org.perfdesk.shared.ConcurrentChange;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@link BudgetRaceScenarios} on the embedded H2, and what a save meets when it cannot
 * get the project's lock within H2's lock timeout (2 s). Not {@code @Transactional}:
 * every thread commits its own transaction, as two browsers saving at once do.
 */
@IntegrationTest
class ExecutionRaceTests extends BudgetRaceScenarios {

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Test
	void aSaveThatCannotGetTheProjectLockIsAConcurrentChangeAndSavesNothing() throws Exception {
		Project p = project("100");
		whileAnotherTransactionHoldsTheLockOf(p,
				() -> assertThatThrownBy(() -> execution.record(fx.filler(), p.id(), 2, spent("10", "0", "0"), null))
					.isInstanceOf(ConcurrentChange.class)
					.hasMessageContaining("已被他人修改，您的保存未生效"));
		assertThat(execution.find(fx.filler(), p.id(), null).months()).isEmpty();
	}

	@Test
	void theAdjustmentFormSaysSoWhenTheProjectIsLocked() throws Exception {
		Project p = project("100");
		whileAnotherTransactionHoldsTheLockOf(p,
				() -> mvc
					.perform(post("/execution/projects/" + p.id() + "/adjustments").param("adjustedOn", year + "-03-15")
						.param("kind", "INCREASE")
						.param("fundSource", "OTHER")
						.param("amount", "5")
						.param("reason", "年中追加")
						.with(csrf())
						.with(user(users.loadUserByUsername("filler"))))
					.andExpect(status().isOk())
					.andExpect(content().string(containsString("已被他人修改，您的保存未生效"))));
		assertThat(execution.find(fx.filler(), p.id(), null).adjustments()).isEmpty();
	}

	interface Check {

		void run() throws Exception;

	}

	/**
	 * Runs the check while another thread's transaction holds the project's lock (by
	 * saving month 1, rolled back).
	 */
	private void whileAnotherTransactionHoldsTheLockOf(Project p, Check check) throws Exception {
		var locked = new CountDownLatch(1);
		var done = new CountDownLatch(1);
		Thread holder = new Thread(() -> transactions.executeWithoutResult(tx -> {
			execution.record(fx.filler(), p.id(), 1, spent("10", "0", "0"), null);
			locked.countDown();
			try {
				done.await(10, TimeUnit.SECONDS);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
			tx.setRollbackOnly();
		}));
		holder.start();
		try {
			assertThat(locked.await(10, TimeUnit.SECONDS)).isTrue();
			check.run();
		}
		finally {
			done.countDown();
			holder.join(10_000);
		}
	}

}
