package org.perfdesk;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(PerfDeskApplication.class);

	@Test
	void modulesRespectTheirDeclaredDependencies() {
		modules.verify();
	}

	@Test
	void everyTopLevelPackageIsAModule() {
		assertThat(modules.stream().map(m -> m.getBasePackage().getName())).containsExactlyInAnyOrder(
				"org.perfdesk.shared", "org.perfdesk.org", "org.perfdesk.audit", "org.perfdesk.budget",
				"org.perfdesk.execution", "org.perfdesk.indicator", "org.perfdesk.monitoring", "org.perfdesk.targets",
				"org.perfdesk.workbench", "org.perfdesk.web", "org.perfdesk.demo", "org.perfdesk.evaluation",
				"org.perfdesk.consistency", "org.perfdesk.review", "org.perfdesk.document", "org.perfdesk.report",
				"org.perfdesk.cli", "org.perfdesk.database", "org.perfdesk.publication", "org.perfdesk.importing");
	}

	@Test
	void writesModuleDocumentation() {
		new Documenter(modules).writeDocumentation();
	}

}
