package org.perfdesk.browser;

import java.time.Duration;

import org.openqa.selenium.Alert;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** 组织管理 for the administrator: the tree of units, and one unit's page. */
final class OrganisationPages {

	private OrganisationPages() {
	}

	static final class Units {

		private final Session session;

		Units(Session session) {
			this.session = session;
		}

		String tree() {
			return session.text(By.id("unit-tree"));
		}

		/** 管理 on the unit's line. */
		Unit manage(String unitName) {
			session.find(By.xpath("//tr[td//span[text()='" + unitName + "']]//a[text()='管理']")).click();
			return new Unit(session);
		}

	}

	static final class Unit {

		private final Session session;

		Unit(Session session) {
			this.session = session;
		}

		/** 停用该单位: the browser asks first (data-confirm); the question, to answer. */
		Alert deactivate() {
			session.click(By.xpath("//button[text()='停用该单位']"));
			return new WebDriverWait(session.driver, Duration.ofSeconds(5)).until(ExpectedConditions.alertIsPresent());
		}

		boolean offersToDeactivate() {
			return session.findAll(By.xpath("//button[text()='停用该单位']")).size() == 1;
		}

		boolean offersToReactivate() {
			return session.present(By.xpath("//button[text()='重新启用']"));
		}

	}

}
