package org.perfdesk.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** 工作台: the year's cycle (目标申报 → 审核 → 运行监控 → 绩效自评 → 报告), the budget chart and 我的待办. */
final class Workbench {

	private final Session session;

	Workbench(Session session) {
		this.session = session;
	}

	Workbench open() {
		session.open("/");
		return this;
	}

	/** The title over the cycle, "2026 年度绩效管理流程". */
	String title() {
		return session.text(By.cssSelector(".pd-card .pd-title"));
	}

	String cycle() {
		return session.text(By.id("cycle"));
	}

	String todos() {
		return session.text(By.id("todos"));
	}

	boolean budgetChartDrawn() {
		return session.chartDrawn("budget-chart");
	}

	String budgetTable() {
		return session.text(By.id("budget-table"));
	}

	/** The first to-do that says this; it fails when there is none. */
	Todo todo(String saying) {
		WebElement item = session.find(By.id("todos"))
			.findElements(By.tagName("li"))
			.stream()
			.filter(li -> li.getText().contains(saying))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no to-do saying “" + saying + "” in: " + todos()));
		return new Todo(session, item);
	}

	/**
	 * One line of 我的待办: a link, or a button that switches the header's year before
	 * opening the page.
	 */
	static final class Todo {

		private final Session session;

		private final WebElement item;

		Todo(Session session, WebElement item) {
			this.session = session;
			this.item = item;
		}

		String text() {
			return item.getText();
		}

		void follow() {
			var button = session.findNow(item, By.tagName("button"));
			session.click(button.isEmpty() ? item.findElement(By.tagName("a")) : button.get(0));
		}

	}

}
