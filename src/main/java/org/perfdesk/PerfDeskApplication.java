package org.perfdesk;

import java.time.Clock;
import java.time.ZoneId;

import org.perfdesk.database.DatabaseRefused;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;

/**
 * PerfDesk (绩效台): budget performance management for a city department, its budget units
 * and the finance bureau. Started plainly it serves the web application;
 * {@code bin/perfdesk} starts it with {@code perfdesk.cli.enabled=true} and no web server
 * to run one command and exit with its code.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class PerfDeskApplication {

	/**
	 * Government deadlines and audit entries are read in China Standard Time, whatever
	 * the server's zone.
	 */
	public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	public static void main(String[] args) {
		if (args.length > 0 && args[0].equals("extract")) {
			// bin/perfdesk extract needs neither Spring nor a database: it starts in a
			// moment
			org.perfdesk.importing.ExtractCommand.main(java.util.Arrays.copyOfRange(args, 1, args.length));
			return;
		}
		ConfigurableApplicationContext context;
		try {
			context = SpringApplication.run(PerfDeskApplication.class, args);
		}
		catch (DatabaseRefused refused) {
			// already printed as its one Chinese line (RefusalReporter); a stack trace
			// would only bury it
			System.exit(1);
			return;
		}
		if (context.getEnvironment().getProperty("perfdesk.cli.enabled", Boolean.class, false)) {
			System.exit(SpringApplication.exit(context));
		}
	}

	@Bean
	Clock clock() {
		return Clock.system(ZONE);
	}

}
