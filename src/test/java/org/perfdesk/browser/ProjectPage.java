package org.perfdesk.browser;

import org.openqa.selenium.By;

/** One project of the 项目库: its figures and its 修改记录. */
final class ProjectPage {

	private final Session session;

	ProjectPage(Session session) {
		this.session = session;
	}

	String name() {
		return session.text(By.id("project-name"));
	}

	/** 预算合计（万元）. */
	String total() {
		return session.text(By.id("project-total"));
	}

	/**
	 * 修改记录, loaded by htmx after the page: waits until it names the first change (新增).
	 */
	String history() {
		return session.textOnceLoaded(By.id("history"), "新增");
	}

}
