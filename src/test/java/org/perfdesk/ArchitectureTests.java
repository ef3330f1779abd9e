package org.perfdesk;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * Rules Spring Modulith does not check: the web stays at the edge, services and the
 * kernel know nothing of it.
 */
class ArchitectureTests {

	static final JavaClasses CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.perfdesk");

	@Test
	void servicesRepositoriesAndTheKernelDoNotDependOnTheWeb() {
		noClasses().that()
			.haveSimpleNameEndingWith("Management")
			.or()
			.haveSimpleNameEndingWith("Repository")
			.or()
			.resideInAPackage("org.perfdesk.shared..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework.web..", "jakarta.servlet..", "org.springframework.ui..",
					"tools.jackson..")
			.check(CLASSES);
	}

	@Test
	void onlyRepositoriesTalkToTheDatabase() {
		noClasses().that()
			.haveSimpleNameNotEndingWith("Repository")
			.should()
			.dependOnClassesThat()
			.haveFullyQualifiedName("org.springframework.jdbc.core.simple.JdbcClient")
			.check(CLASSES);
	}

}
