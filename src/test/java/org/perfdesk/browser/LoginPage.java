package org.perfdesk.browser;

import org.openqa.selenium.By;

/** 登录: user name and password; every demo account has the same password. */
final class LoginPage {

	private final Session session;

	LoginPage(Session session) {
		this.session = session;
	}

	LoginPage open() {
		session.open("/login");
		return this;
	}

	Workbench logInAs(String username, String password) {
		session.find(By.id("username")).sendKeys(username);
		session.find(By.id("password")).sendKeys(password);
		session.find(By.cssSelector("button[type=submit]")).click();
		// wait for the login to finish, or the next navigation may overtake it and land
		// on the login page again
		session.until(d -> d.findElements(By.id("fiscal-year")).size() > 0);
		return new Workbench(session);
	}

}
