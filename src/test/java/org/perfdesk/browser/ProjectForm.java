package org.perfdesk.browser;

import org.openqa.selenium.By;

/** 登记项目: the form of a new project of the year chosen in the header. */
final class ProjectForm {

	private final Session session;

	ProjectForm(Session session) {
		this.session = session;
	}

	static ProjectForm open(Session session) {
		session.open("/projects/new");
		return new ProjectForm(session);
	}

	/** The title, "登记项目（2026 年度）". */
	String title() {
		return session.text(By.cssSelector(".pd-card .pd-title"));
	}

	ProjectForm code(String code) {
		session.type(By.id("code"), code);
		return this;
	}

	ProjectForm name(String name) {
		session.type(By.id("name"), name);
		return this;
	}

	ProjectForm manager(String manager) {
		session.type(By.id("manager"), manager);
		return this;
	}

	/** 项目类型 as the select shows it: 一次性, 经常性… */
	ProjectForm type(String type) {
		session.choose(By.id("type"), type);
		return this;
	}

	/** 当年财政拨款, in 万元, as typed (the form must refuse what is not a number). */
	ProjectForm fiscalAppropriation(String wan) {
		session.type(By.id("fiscalAppropriation"), wan);
		return this;
	}

	ProjectForm purpose(String purpose) {
		session.type(By.id("purpose"), purpose);
		return this;
	}

	/** 保存, expecting the project's page. */
	ProjectPage register() {
		save();
		ProjectPage page = new ProjectPage(session);
		page.total(); // waits for the project's page
		return page;
	}

	/** 保存, expecting the form back with what is wrong. */
	ProjectForm registerWithMistakes() {
		save();
		session.find(By.id("form-errors"));
		return this;
	}

	String errors() {
		return session.text(By.id("form-errors"));
	}

	private void save() {
		session.click(By.cssSelector("button[type=submit]"));
	}

}
