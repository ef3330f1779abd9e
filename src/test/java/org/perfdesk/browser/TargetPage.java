package org.perfdesk.browser;

import org.openqa.selenium.By;

/**
 * One 绩效目标: its status badge, the indicators, the return opinion the filler is to answer,
 * submission, and the review card (four grades 优/良/中/差 and an opinion) where the
 * department's or the finance bureau's reviewer returns or approves it.
 */
final class TargetPage {

	private final Session session;

	TargetPage(Session session) {
		this.session = session;
	}

	String status() {
		return session.text(By.id("target-status"));
	}

	/**
	 * The status badge after a form post: the old page's badge may still be there for a
	 * moment.
	 */
	TargetPage waitForStatus(String status) {
		session.waitForText(By.id("target-status"), status);
		return this;
	}

	String title() {
		return session.text(By.id("target-title"));
	}

	String indicators() {
		return session.text(By.id("indicator-table"));
	}

	/** The first cell of the indicators (the first row's 一级指标). */
	String firstIndicatorCell() {
		return session.find(By.id("indicator-table")).findElement(By.cssSelector("tbody td")).getText();
	}

	/** The indicators once the page that came back from a save shows this. */
	String indicatorsShowing(String text) {
		return session.textOnceLoaded(By.id("indicator-table"), text);
	}

	String annualObjective() {
		return session.text(By.id("annual-objective"));
	}

	/** 资金支出计划 of a project target. */
	String spendingPlan() {
		return session.text(By.id("spending-plan"));
	}

	/** 审核规则检查: what the rules found on the saved target ("未发现问题" when nothing). */
	String findings() {
		return session.text(By.id("findings"));
	}

	String returnOpinion() {
		return session.text(By.id("return-opinion"));
	}

	boolean editable() {
		return session.present(By.id("edit-target"));
	}

	TargetForm edit() {
		session.find(By.id("edit-target")).click();
		return new TargetForm(session);
	}

	/** 提交审核. */
	TargetPage submit() {
		session.click(By.id("submit-target"));
		return this;
	}

	/** True when the review card is offered to the one looking. */
	boolean reviewable() {
		return session.present(By.id("review-card"));
	}

	/**
	 * 退回修改: completeness, relevance and feasibility graded {@code grade}, appropriateness
	 * on its own.
	 */
	TargetPage returnWith(String opinion, String grade, String appropriateness) {
		return review(grade, appropriateness, opinion, "return");
	}

	/** 通过, with the grades and an opinion. */
	TargetPage approve(String opinion, String grade, String appropriateness) {
		return review(grade, appropriateness, opinion, "approve");
	}

	/** 审核记录. */
	String reviews() {
		return session.text(By.id("reviews"));
	}

	/** 年度主要任务 of a department target. */
	String keyTasks() {
		return session.text(By.id("key-tasks"));
	}

	private TargetPage review(String grade, String appropriateness, String opinion, String button) {
		for (String dimension : new String[] { "completeness", "relevance", "feasibility" }) {
			session.choose(By.id(dimension), grade);
		}
		session.choose(By.id("appropriateness"), appropriateness);
		session.find(By.id("opinion")).sendKeys(opinion);
		session.click(By.id(button));
		return this;
	}

}
