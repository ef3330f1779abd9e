package org.perfdesk.execution;

import java.util.List;

/**
 * What an execution import did: either nothing, because of the listed problems, or it
 * replaced the figures of {@code rows} project-months ({@code projects} projects,
 * {@code months} distinct months).
 */
public record ImportOutcome(List<ImportProblem> problems, int rows, int projects, int months) {

	public ImportOutcome {
		problems = List.copyOf(problems);
	}

	static ImportOutcome refused(List<ImportProblem> problems) {
		return new ImportOutcome(problems.stream().sorted().toList(), 0, 0, 0);
	}

	public boolean imported() {
		return problems.isEmpty();
	}
}
