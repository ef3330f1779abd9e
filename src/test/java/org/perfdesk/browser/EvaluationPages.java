package org.perfdesk.browser;

import java.util.List;
import java.util.stream.IntStream;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * 绩效自评: the year's 自评表 and the approved targets waiting for one (待自评), the form where the
 * 填报人 enters what was achieved, and the 项目支出绩效自评表 as on paper with each score's
 * arithmetic, the total, the grade and the reviews.
 */
final class EvaluationPages {

	private EvaluationPages() {
	}

	/** The year's list (the header's 预算年度); 待自评 only once the year has ended. */
	static final class YearList {

		private final Session session;

		YearList(Session session) {
			this.session = session;
		}

		static YearList open(Session session) {
			session.open("/evaluations");
			return new YearList(session);
		}

		/** "2026 年度项目支出绩效自评". */
		String title() {
			return session.text(By.id("year-title"));
		}

		/** After a year switch: the list of that year. */
		YearList waitForYear(int year) {
			session.until(d -> d.findElement(By.id("year-title")).getText().startsWith(Integer.toString(year)));
			return this;
		}

		/** A running year's page offers the last ended one. */
		YearList switchToEnded() {
			session.click(By.id("switch-to-ended"));
			return this;
		}

		String evaluations() {
			return session.text(By.id("evaluations"));
		}

		/** The 自评表 list's line of a project. */
		String line(String project) {
			return session.findAll(By.cssSelector("#evaluations tr.evaluation-line"))
				.stream()
				.map(WebElement::getText)
				.filter(t -> t.contains(project))
				.findFirst()
				.orElseThrow(() -> new AssertionError("no 自评表 of " + project + " in: " + evaluations()));
		}

		boolean scoreChartDrawn() {
			return session.chartDrawn("score-chart");
		}

		String pending() {
			return session.text(By.id("pending"));
		}

		/** 开始自评 on the first line of 待自评. */
		Form startFirst() {
			session.click(By.cssSelector("#pending .open-evaluation"));
			return new Form(session);
		}

		/** 开始自评 on the line of one project. */
		Form start(String project) {
			WebElement line = session.findAll(By.cssSelector("#pending tr.pending-line"))
				.stream()
				.filter(tr -> tr.getText().contains(project))
				.findFirst()
				.orElseThrow(() -> new AssertionError("no 待自评 line of " + project + " in: " + pending()));
			session.click(line.findElement(By.cssSelector(".open-evaluation")));
			return new Form(session);
		}

		/** 查看 on the 自评表 of one project. */
		Sheet open(String project) {
			session.click(session.findAll(By.cssSelector("#evaluations tr.evaluation-line"))
				.stream()
				.filter(tr -> tr.getText().contains(project))
				.findFirst()
				.orElseThrow()
				.findElement(By.linkText("查看")));
			return new Sheet(session);
		}

	}

	/**
	 * 填写项目支出绩效自评表: the budget's deviation, what was achieved overall, and one row per
	 * indicator.
	 */
	static final class Form {

		private final Session session;

		Form(Session session) {
			this.session = session;
			session.find(By.id("evaluation-form"));
		}

		/** 预算执行偏差原因. */
		Form executionReason(String text) {
			session.find(By.id("executionReason")).sendKeys(text);
			return this;
		}

		/** 实际完成情况 of the year's overall objective. */
		Form completion(String text) {
			session.find(By.id("completionText")).sendKeys(text);
			return this;
		}

		List<Row> rows() {
			int count = session.findAll(By.cssSelector("#indicator-form tbody tr")).size();
			return IntStream.range(0, count).mapToObj(i -> new Row(session, i)).toList();
		}

		/** 保存并重新计分, expecting the table. */
		Sheet save() {
			session.click(By.id("save-evaluation"));
			Sheet sheet = new Sheet(session);
			session.until(d -> d.findElement(By.id("evaluation-table")).isDisplayed());
			return sheet;
		}

	}

	/** One indicator of the form. */
	static final class Row {

		private final Session session;

		private final int index;

		Row(Session session, int index) {
			this.session = session;
			this.index = index;
		}

		private WebElement tr() {
			return session.findAll(By.cssSelector("#indicator-form tbody tr")).get(index);
		}

		int index() {
			return index;
		}

		/** 年度指标值. */
		String target() {
			return tr().findElements(By.tagName("td")).get(1).getText().strip();
		}

		/** 分值 as proposed. */
		String weight() {
			return session.find(By.id("weight-" + index)).getAttribute("value");
		}

		/** 实际完成值. */
		Row actual(String text) {
			session.find(By.name("indicators[" + index + "].actual")).sendKeys(text);
			return this;
		}

		/** 得分, for a row the rules cannot score, or to adjust one. */
		Row score(String score) {
			session.find(By.id("score-" + index)).sendKeys(score);
			return this;
		}

		/** 调整理由 of a score given by hand. */
		Row scoreReason(String text) {
			session.find(By.name("indicators[" + index + "].scoreReason")).sendKeys(text);
			return this;
		}

		/** 偏差原因分析及改进措施. */
		Row reason(String text) {
			session.find(By.name("indicators[" + index + "].reason")).sendKeys(text);
			return this;
		}

	}

	/** One scored line of the table: its score and the arithmetic under it. */
	record ScoredLine(String score, String explanation, String text) {
	}

	/** 项目支出绩效自评表 as on paper. */
	static final class Sheet {

		private final Session session;

		Sheet(Session session) {
			this.session = session;
		}

		String status() {
			return session.text(By.id("evaluation-status"));
		}

		Sheet waitForStatus(String status) {
			session.waitForText(By.id("evaluation-status"), status);
			return this;
		}

		String title() {
			return session.text(By.id("evaluation-title"));
		}

		String table() {
			return session.text(By.id("evaluation-table"));
		}

		/** 年度资金总额: 年初预算数, 全年预算数, 全年执行数, 分值, 执行率, 得分. */
		String funds() {
			return session.text(By.id("funds-total"));
		}

		String executionScore() {
			return session.text(By.id("execution-score"));
		}

		String executionExplanation() {
			return session.text(By.id("execution-explanation"));
		}

		List<ScoredLine> indicators() {
			return session.findAll(By.cssSelector("#evaluation-table tr.indicator-row"))
				.stream()
				.map(tr -> new ScoredLine(tr.findElement(By.cssSelector(".indicator-score")).getText(),
						tr.findElement(By.cssSelector(".score-explanation")).getText(), tr.getText()))
				.toList();
		}

		String total() {
			return session.text(By.id("total-score"));
		}

		/** "等级：优". */
		String grade() {
			return session.text(By.id("grade"));
		}

		/** 提交前须处理 (none when the table may be submitted). */
		boolean blocked() {
			return session.present(By.id("blockers"));
		}

		String blockers() {
			return session.text(By.id("blockers"));
		}

		boolean editable() {
			return session.present(By.id("edit-evaluation"));
		}

		Sheet submit() {
			session.click(By.id("submit-evaluation"));
			return waitForStatus("待部门审核");
		}

		boolean reviewable() {
			return session.present(By.id("review-card"));
		}

		Sheet approve(String opinion) {
			session.find(By.id("opinion")).sendKeys(opinion);
			session.click(By.id("approve"));
			return this;
		}

		Sheet returnWith(String opinion) {
			session.find(By.id("opinion")).sendKeys(opinion);
			session.click(By.id("return"));
			return this;
		}

		String reviews() {
			return session.text(By.id("reviews"));
		}

	}

}
