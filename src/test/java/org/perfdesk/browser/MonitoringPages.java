package org.perfdesk.browser;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * 运行监控: the rounds of the year (the finance bureau opens one), one round's 预警清单 with its
 * lights, chart and 提醒名单, and one 监控表 that the unit's 填报人 fills and submits and the
 * reviewers approve or return.
 */
final class MonitoringPages {

	private MonitoringPages() {
	}

	/** 监控轮次 of the year chosen in the header, and 发起监控轮次 for the finance bureau. */
	static final class Rounds {

		private final Session session;

		Rounds(Session session) {
			this.session = session;
		}

		static Rounds open(Session session) {
			session.open("/monitoring");
			return new Rounds(session);
		}

		String rounds() {
			return session.text(By.id("rounds"));
		}

		/** 查看 on the first round of the list. */
		Round first() {
			session.find(By.id("rounds")).findElement(By.linkText("查看")).click();
			return new Round(session);
		}

		/**
		 * 发起监控: execution from January to {@code cutOffMonth}, reported by
		 * {@code deadline} (yyyy-mm-dd). The date is set on the field as its value:
		 * chromium's date input takes typed digits in the order of the browser's locale,
		 * which a test cannot count on.
		 */
		Round openRound(int cutOffMonth, String deadline) {
			session.chooseValue(By.id("cutOffMonth"), Integer.toString(cutOffMonth));
			WebElement date = session.find(By.id("deadline"));
			((JavascriptExecutor) session.driver).executeScript("arguments[0].value = arguments[1];", date, deadline);
			session.click(By.id("open-round-button"));
			Round round = new Round(session);
			round.title(); // waits for the round's page
			return round;
		}

	}

	/** One line of the 预警清单: its light (RED, YELLOW, GREEN) and what the line says. */
	record Line(String light, String text) {
	}

	/**
	 * One round: counts per light, 已报送, the 预警清单 (red first), the 提醒名单 and the 执行率 chart.
	 */
	static final class Round {

		private final Session session;

		Round(Session session) {
			this.session = session;
		}

		String title() {
			return session.text(By.id("round-title"));
		}

		String submittedCount() {
			return session.text(By.id("submitted-count"));
		}

		List<Line> lines() {
			return session.findAll(By.cssSelector("#lines tr.monitoring-line"))
				.stream()
				.map(tr -> new Line(tr.getAttribute("data-light"), tr.getText()))
				.toList();
		}

		/** The line of one project, found by a part of its label. */
		Line line(String project) {
			return lines().stream()
				.filter(l -> l.text().contains(project))
				.findFirst()
				.orElseThrow(() -> new AssertionError("no line for " + project + " in the round"));
		}

		boolean rateChartDrawn() {
			return session.chartDrawn("rate-chart");
		}

		String rateTable() {
			return session.text(By.id("rate-table"));
		}

		String reminders() {
			return session.text(By.id("reminders"));
		}

		/** 监控表 of the first (worst) line. */
		Report firstReport() {
			session.click(By.cssSelector("#lines tr.monitoring-line a"));
			return new Report(session);
		}

	}

	/**
	 * 项目支出绩效目标执行监控表: the funds as of the cut-off month, the target's indicators with what
	 * was done so far, the projection for the year, the likelihood of reaching it and,
	 * where it is in doubt, why and what is done about it.
	 */
	static final class Report {

		private final Session session;

		Report(Session session) {
			this.session = session;
		}

		String title() {
			return session.text(By.id("report-title"));
		}

		String status() {
			return session.text(By.id("report-status"));
		}

		Report waitForStatus(String status) {
			session.waitForText(By.id("report-status"), status);
			return this;
		}

		/** 全年预算数, 1–N月执行数, 执行率, 时间进度, 执行进度 and its light, 计划进度, 执行÷计划. */
		String funds() {
			return session.text(By.id("funds"));
		}

		String indicators() {
			return session.text(By.id("indicator-table"));
		}

		/** 三级指标 of the first row. */
		String firstIndicatorName() {
			return session.text(By.cssSelector("#indicator-table tbody td:nth-child(2)"));
		}

		/** 1–N月执行情况 of the annual objective. */
		Report progress(String text) {
			session.type(By.id("progressText"), text);
			return this;
		}

		/**
		 * Row {@code i}: done so far, projected for the year, 完成目标可能性 (确定能, 有可能, 完全不可能).
		 */
		Report indicator(int i, String soFar, String projected, String likelihood) {
			String at = "indicators[" + i + "].";
			session.type(By.name(at + "valueToDate"), soFar);
			session.type(By.name(at + "projected"), projected);
			session.choose(By.name(at + "likelihood"), likelihood);
			return this;
		}

		/** For a row in doubt: the 偏差原因 ticked (经费保障, 人员保障…), the 原因说明 and the 改进措施. */
		Report deviation(int i, String cause, String note, String measures) {
			String at = "indicators[" + i + "].";
			WebElement box = session.find(
					By.xpath("//input[@name='" + at + "causes'][following-sibling::label[1][text()='" + cause + "']]"));
			session.click(box);
			session.type(By.name(at + "causeNote"), note);
			session.type(By.name(at + "measures"), measures);
			return this;
		}

		/** How many indicator rows the form has. */
		int rows() {
			return session.findAll(By.cssSelector("#indicator-table tbody tr")).size();
		}

		/** 保存, back on the report with the flash message. */
		Report save() {
			WebElement save = session.find(By.id("save-report"));
			session.click(save);
			session.waitUntilReplaced(save);
			return this;
		}

		/** The green flash message after a save, submission or review, or the red one. */
		String message() {
			return session.text(By.cssSelector("main > div > .alert"));
		}

		Report submit() {
			session.click(By.id("submit-report"));
			return waitForStatus("待部门审核");
		}

		boolean reviewable() {
			return session.present(By.id("review-card"));
		}

		Report approve(String opinion) {
			session.find(By.id("opinion")).sendKeys(opinion);
			session.click(By.id("approve"));
			return this;
		}

		Report returnWith(String opinion) {
			session.find(By.id("opinion")).sendKeys(opinion);
			session.click(By.id("return"));
			return this;
		}

		/** 监控结果处理 by the finance bureau: 继续执行, 调整目标, 调减预算 or 暂停, with its note. */
		Report decide(String decision, String note) {
			session.choose(By.id("decision"), decision);
			session.find(By.id("decision-note")).sendKeys(note);
			session.click(By.id("decide"));
			session.find(By.id("decision-result"));
			return this;
		}

		String decision() {
			return session.text(By.id("decision-result"));
		}

		String reviews() {
			return session.text(By.id("reviews"));
		}

	}

}
