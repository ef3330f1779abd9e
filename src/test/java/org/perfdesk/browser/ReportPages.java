package org.perfdesk.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * 自评报告: the departments' reports of a year, and one report's editor with its generated
 * parts, narrative boxes, proposed paragraphs, findings, versions and downloads.
 */
final class ReportPages {

	private ReportPages() {
	}

	static final class YearList {

		private final Session session;

		YearList(Session session) {
			this.session = session;
		}

		static YearList open(Session session, int year) {
			session.open("/reports?year=" + year);
			return new YearList(session);
		}

		/**
		 * The list of one kind of report (tab DEPARTMENT, PROJECT, SPECIAL_FUND,
		 * MONITORING).
		 */
		static YearList open(Session session, int year, String kind) {
			session.open("/reports?year=" + year);
			session.click(By.id("tab-" + kind));
			return new YearList(session);
		}

		/** 新建专项资金: name, the projects ticked by their code, then 新建并撰写报告. */
		Editor createFund(String name, String basis, String... projectCodes) {
			session.type(By.id("fund-name"), name);
			session.type(By.id("fund-basis"), basis);
			for (String code : projectCodes) {
				WebElement box = session.findAll(By.cssSelector("#fund-form .form-check"))
					.stream()
					.filter(c -> c.getText().startsWith(code + " "))
					.findFirst()
					.orElseThrow(() -> new AssertionError("no project " + code + " in the fund form"))
					.findElement(By.tagName("input"));
				session.click(box);
			}
			session.click(By.id("create-fund"));
			return new Editor(session);
		}

		String fundErrors() {
			return session.text(By.id("fund-errors"));
		}

		String table() {
			return session.text(By.id("report-table"));
		}

		/** 查看 on the line of a department. */
		Editor view(String department) {
			WebElement line = session.findAll(By.cssSelector("#report-table tbody tr"))
				.stream()
				.filter(tr -> tr.getText().contains(department))
				.findFirst()
				.orElseThrow(() -> new AssertionError("no report line of " + department + " in: " + table()));
			session.click(line.findElement(By.linkText("查看")));
			return new Editor(session);
		}

	}

	static final class Editor {

		private final Session session;

		Editor(Session session) {
			this.session = session;
			session.find(By.id("report-form"));
		}

		String title() {
			return session.text(By.id("report-title"));
		}

		String status() {
			return session.text(By.id("report-status"));
		}

		String version() {
			return session.text(By.id("report-version"));
		}

		/** The text of a generated part, by its name in the outline. */
		String generated(String part) {
			return session.text(By.cssSelector(".pd-generated[data-part='" + part + "']"));
		}

		private WebElement box(String narrative) {
			return session.find(By.cssSelector("textarea[data-narrative='" + narrative + "']"));
		}

		String narrative(String narrative) {
			return box(narrative).getAttribute("value");
		}

		Editor write(String narrative, String text) {
			WebElement box = box(narrative);
			box.clear();
			box.sendKeys(text);
			return this;
		}

		/** 采用建议段落 under a narrative box. */
		Editor takeProposal(String narrative) {
			String id = box(narrative).getAttribute("id");
			session.click(By.cssSelector("[data-fill-into='" + id + "']"));
			return this;
		}

		String proposal(String narrative) {
			return session.text(By.id(box(narrative).getAttribute("id") + "-proposal"));
		}

		String findings() {
			return session.text(By.id("findings"));
		}

		Editor save() {
			WebElement old = session.find(By.id("report-form"));
			session.click(By.id("save-report"));
			session.waitUntilReplaced(old);
			return new Editor(session);
		}

	}

}
