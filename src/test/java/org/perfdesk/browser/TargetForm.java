package org.perfdesk.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * 填报绩效目标 / 修改绩效目标 of a project: objectives, funds, 资金支出计划, and the indicator rows. A new
 * form starts with one row per required level-2 category of the year's scheme (成本, 数量,
 * 质量, 时效, 社会效益, 满意度).
 */
final class TargetForm {

	private final Session session;

	TargetForm(Session session) {
		this.session = session;
	}

	/** The title, "填报项目支出绩效目标（2026 年度）". */
	String title() {
		return session.text(By.cssSelector("#target-form .pd-title"));
	}

	TargetForm annualObjective(String text) {
		session.type(By.id("annualObjective"), text);
		return this;
	}

	/** 年度资金：财政拨款, in 万元. */
	TargetForm fiscalFunds(String wan) {
		session.type(By.id("fiscalFunds"), wan);
		return this;
	}

	/**
	 * 资金支出计划: the cumulative share spent by the end of March, June, September and
	 * December, in %.
	 */
	TargetForm spendingPlan(String march, String june, String september, String december) {
		session.type(By.id("planMarch"), march);
		session.type(By.id("planJune"), june);
		session.type(By.id("planSeptember"), september);
		session.type(By.id("planDecember"), december);
		return this;
	}

	/**
	 * Fills row {@code i} as it stands (its level-2 category already chosen): 三级指标, 指标值,
	 * 分值, 评(扣)分标准.
	 */
	TargetForm indicator(int i, String name, String value, String weight, String scoringRule) {
		session.find(By.name("indicators[" + i + "].name")).sendKeys(name);
		session.find(By.name("indicators[" + i + "].value")).sendKeys(value);
		session.find(By.name("indicators[" + i + "].weight")).sendKeys(weight);
		session.find(By.name("indicators[" + i + "].scoringRule")).sendKeys(scoringRule);
		return this;
	}

	/** × on row {@code i}. */
	TargetForm removeRow(int i) {
		session.findAll(By.cssSelector("#indicator-rows tbody tr"))
			.get(i)
			.findElement(By.cssSelector(".pd-remove-row"))
			.click();
		return this;
	}

	/**
	 * 从指标库选择: searches the catalogue and adds the first entry of the level-2 category
	 * (e.g. SERVICE_SATISFACTION) as a new last row; returns that row.
	 */
	IndicatorRow pickFromCatalogue(String words, String subcategory) {
		session.find(By.xpath("//button[text()='从指标库选择']")).click();
		session.find(By.id("catalogue-words")).sendKeys(words);
		WebElement add = session.until(d -> d
			.findElements(By.cssSelector("#catalogue-results .catalogue-add[data-subcategory=" + subcategory + "]"))
			.stream()
			.findFirst()
			.orElse(null));
		add.click();
		return new IndicatorRow(session.find(By.cssSelector("#indicator-rows tbody tr:last-child")));
	}

	/** 分值合计, counted by the page as the weights are typed. */
	String weightTotal() {
		return session.text(By.id("weight-total"));
	}

	/** Replaces an 指标值 in whichever row holds it. */
	TargetForm changeValue(String from, String to) {
		WebElement value = session.findAll(By.cssSelector("#indicator-rows input[name$='.value']"))
			.stream()
			.filter(e -> from.equals(e.getAttribute("value")))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no indicator with the value " + from));
		value.clear();
		value.sendKeys(to);
		return this;
	}

	/**
	 * 检查: the rules run on the form as it stands, without saving; the text of what they
	 * found.
	 */
	String check() {
		session.click(By.id("check-target"));
		return session.until(d -> {
			String text = d.findElement(By.id("check-results")).getText();
			return text.contains("检查完毕") || text.contains("发现") ? text : null;
		});
	}

	/** 保存草稿, expecting the target's page. */
	TargetPage save() {
		session.click(By.id("save-target"));
		return new TargetPage(session);
	}

	/** A row of the form added from the catalogue. */
	static final class IndicatorRow {

		private final WebElement row;

		IndicatorRow(WebElement row) {
			this.row = row;
		}

		String name() {
			return row.findElement(By.cssSelector("[data-name=name]")).getAttribute("value");
		}

		IndicatorRow weight(String weight) {
			row.findElement(By.cssSelector("[data-name=weight]")).sendKeys(weight);
			return this;
		}

	}

}
