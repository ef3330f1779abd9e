package org.perfdesk.browser;

import org.openqa.selenium.By;

/** 项目库: the projects of the year the user may see. */
final class ProjectList {

	private final Session session;

	ProjectList(Session session) {
		this.session = session;
	}

	String table() {
		return session.text(By.id("project-table"));
	}

	/** 登记项目. */
	ProjectForm registerNew() {
		session.click(By.linkText("登记项目"));
		return new ProjectForm(session);
	}

	ProjectPage open(String projectName) {
		session.click(By.linkText(projectName));
		return new ProjectPage(session);
	}

}
