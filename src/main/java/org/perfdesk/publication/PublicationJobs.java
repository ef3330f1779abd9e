package org.perfdesk.publication;

import java.time.Duration;
import java.time.Instant;

import javax.sql.DataSource;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The exports as db-scheduler tasks in the database: a task is picked by one scheduler,
 * kept alive by its heartbeat, and revived by another start when its scheduler died
 * (after {@code missedHeartbeatsLimit} heartbeats). At every start the exports left
 * unfinished are queued again, so a graceful stop in the middle of a job resumes too.
 * {@code bin/perfdesk} (perfdesk.cli.enabled) never starts the scheduler.
 */
@Component
class PublicationJobs implements SmartLifecycle {

	private final OneTimeTask<Long> task;

	private final DataSource dataSource;

	private final Duration polling;

	/**
	 * Queues tasks when no scheduler runs here (bin/perfdesk, or between stop and start).
	 */
	private final SchedulerClient client;

	/** A new one at every start: a stopped db-scheduler cannot be started again. */
	private volatile Scheduler scheduler;

	private final ObjectProvider<PublicationManagement> management;

	private final boolean commandLine;

	PublicationJobs(DataSource dataSource, ObjectProvider<PublicationManagement> management,
			@Value("${perfdesk.cli.enabled:false}") boolean commandLine,
			@Value("${perfdesk.publication.polling-interval:PT2S}") Duration polling) {
		this.dataSource = dataSource;
		this.polling = polling;
		this.management = management;
		this.commandLine = commandLine;
		this.task = Tasks.oneTime("publication", Long.class).execute((instance, context) -> {
			if (!management.getObject().run(instance.getData())) {
				// stopped by a shutdown: the next start queues it again (see start())
				Thread.currentThread().interrupt();
			}
		});
		this.client = SchedulerClient.Builder.create(dataSource, task).build();
	}

	/** Queues the export to run now (if it is not queued already). */
	void schedule(long id) {
		SchedulerClient running = scheduler;
		// the running scheduler picks it up at once (immediate execution), the client at
		// next poll
		(running != null ? running : client).scheduleIfNotExists(task.instance(String.valueOf(id), id), Instant.now());
	}

	@Override
	public synchronized void start() {
		if (commandLine || scheduler != null) {
			return;
		}
		Scheduler started = Scheduler.create(dataSource, task)
			.threads(1)
			.pollingInterval(polling)
			.heartbeatInterval(Duration.ofSeconds(10))
			.missedHeartbeatsLimit(6)
			.shutdownMaxWait(Duration.ofSeconds(5))
			.enableImmediateExecution()
			.build();
		started.start();
		scheduler = started;
		management.getObject().unfinished().forEach(this::schedule);
	}

	/**
	 * Also called when Spring's test context cache pauses an unused context and restarts
	 * it later, so start() must work after stop().
	 */
	@Override
	public synchronized void stop() {
		Scheduler running = scheduler;
		if (running != null) {
			scheduler = null;
			running.stop();
		}
	}

	@Override
	public boolean isRunning() {
		return scheduler != null;
	}

}
