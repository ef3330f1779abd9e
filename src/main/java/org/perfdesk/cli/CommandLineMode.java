package org.perfdesk.cli;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;
import picocli.CommandLine;

/**
 * Runs one command when the application is started by {@code bin/perfdesk}
 * ({@code perfdesk.cli.enabled=true}, no web server) and keeps its exit code for
 * {@code SpringApplication.exit}.
 */
@Component
@ConditionalOnProperty(name = "perfdesk.cli.enabled", havingValue = "true")
class CommandLineMode implements ApplicationRunner, ExitCodeGenerator {

	private final PerfDeskCommand command;

	private final ApplicationContext context;

	private int exitCode;

	CommandLineMode(PerfDeskCommand command, ApplicationContext context) {
		this.command = command;
		this.context = context;
	}

	@Override
	public void run(ApplicationArguments args) {
		exitCode = commandLine(command, context).execute(args.getSourceArgs());
	}

	/**
	 * The picocli command line whose sub-commands are this context's beans, so they get
	 * their services injected.
	 */
	static CommandLine commandLine(PerfDeskCommand command, ApplicationContext context) {
		CommandLine.IFactory factory = new CommandLine.IFactory() {
			@Override
			public <K> K create(Class<K> type) throws Exception {
				K bean = context.getBeanProvider(type).getIfAvailable();
				return bean != null ? bean : CommandLine.defaultFactory().create(type);
			}
		};
		return new CommandLine(command, factory);
	}

	@Override
	public int getExitCode() {
		return exitCode;
	}

}
