package org.perfdesk.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * 绩效目标: the year's department and project targets with their status, filtered by status.
 */
final class TargetList {

	private final Session session;

	TargetList(Session session) {
		this.session = session;
	}

	static TargetList open(Session session) {
		session.open("/targets");
		return new TargetList(session);
	}

	/** 未填报: the projects without a target yet. */
	static TargetList undeclared(Session session) {
		session.open("/targets?status=NONE");
		return new TargetList(session);
	}

	String projectTargets() {
		return session.text(By.id("project-targets"));
	}

	/** 填报 on the project's line. */
	TargetForm declareFor(String projectName) {
		WebElement row = session.findAll(By.cssSelector("#project-targets tbody tr"))
			.stream()
			.filter(r -> r.getText().contains(projectName))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no line for " + projectName + " in: " + projectTargets()));
		row.findElement(By.linkText("填报")).click();
		return new TargetForm(session);
	}

	/** 查看 on the first line of 项目支出绩效目标 that has a target. */
	TargetPage firstProject() {
		session.click(session.find(By.id("project-targets")).findElement(By.linkText("查看")));
		TargetPage page = new TargetPage(session);
		page.title(); // waits for the target's page
		return page;
	}

	/** 查看 on a department's line of 部门整体支出绩效目标. */
	TargetPage department(String unitName) {
		session.find(By.id("department-targets"))
			.findElements(By.tagName("tr"))
			.stream()
			.filter(r -> r.getText().contains(unitName))
			.findFirst()
			.orElseThrow()
			.findElement(By.linkText("查看"))
			.click();
		return new TargetPage(session);
	}

}
