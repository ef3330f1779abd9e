package org.perfdesk.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * 预算执行: the year's table of every project with its lights, one project's months (where
 * the unit's 填报人 records what was spent each month), and the 部门整体支出 pages.
 */
final class ExecutionPages {

	private ExecutionPages() {
	}

	/**
	 * The year's table: projects by unit with subtotals and the total, and the ranking
	 * chart.
	 */
	static final class Overview {

		private final Session session;

		Overview(Session session) {
			this.session = session;
		}

		static Overview open(Session session) {
			session.open("/execution");
			return new Overview(session);
		}

		String table() {
			return session.text(By.id("execution-table"));
		}

		/** The table's line of one project (code and name, then its figures). */
		String line(String projectName) {
			return session.findAll(By.cssSelector("#execution-table tbody tr"))
				.stream()
				.map(WebElement::getText)
				.filter(t -> t.contains(projectName))
				.findFirst()
				.orElseThrow(() -> new AssertionError("no line for " + projectName + " in: " + table()));
		}

		boolean rankingChartDrawn() {
			return session.chartDrawn("ranking-chart");
		}

		/** A project by its link, "code name". */
		Project project(String codeAndName) {
			session.click(By.linkText(codeAndName));
			return new Project(session);
		}

		/** A project by the part of its link that is its name. */
		Project projectNamed(String name) {
			session.click(By.partialLinkText(name));
			return new Project(session);
		}

	}

	/**
	 * One project's execution: the budget by source, the chart with its table, and the
	 * twelve months.
	 */
	static final class Project {

		private final Session session;

		Project(Session session) {
			this.session = session;
		}

		String title() {
			return session.text(By.id("project-title"));
		}

		/** The 合计 row of the budget table. */
		String budgetTotal() {
			return session.text(By.id("budget-total"));
		}

		/** 执行进度 with its light, as the line under the budget table says it. */
		String progress() {
			return session.find(By.id("execution-progress")).findElement(By.xpath("..")).getText();
		}

		boolean chartDrawn() {
			return session.chartDrawn("execution-chart");
		}

		String chartTable() {
			return session.text(By.id("chart-table"));
		}

		/** One month's line of 逐月执行数: month, the three sources, 当月合计, 累计执行数, 累计执行率. */
		String month(int month) {
			return session.text(By.id("month-" + month));
		}

		/**
		 * 填报 on the month's line, then the month's spending in 万元 from 当年财政拨款 (the other
		 * sources left at nothing), 保存; back on the project's page.
		 */
		Project record(int month, String fiscalAppropriationWan) {
			session.click(session.find(By.id("month-" + month)).findElement(By.linkText("填报")));
			session.until(d -> d.findElement(By.id("month-form")).getText().contains(month + " 月执行数"));
			session.type(By.id("fiscalAppropriation"), fiscalAppropriationWan);
			WebElement save = session.find(By.id("save-month"));
			session.click(save);
			session.waitUntilReplaced(save);
			session.textOnceLoaded(By.cssSelector(".alert-success"), month + " 月执行数已保存");
			return this;
		}

	}

	/** 部门整体支出: the departments of the year. */
	static final class Departments {

		private final Session session;

		Departments(Session session) {
			this.session = session;
		}

		static Departments open(Session session) {
			session.open("/execution/departments");
			return new Departments(session);
		}

		Department department(String name) {
			session.find(By.linkText(name)).click();
			return new Department(session);
		}

	}

	/** One department's 部门整体支出数据. */
	static final class Department {

		private final Session session;

		Department(Session session) {
			this.session = session;
		}

		String summary() {
			return session.text(By.id("department-summary"));
		}

	}

}
