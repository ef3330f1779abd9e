package org.perfdesk.browser;

import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/** 接口文档: Swagger UI, drawn by its scripts from the OpenAPI description. */
final class ApiDocs {

	private final Session session;

	private ApiDocs(Session session) {
		this.session = session;
	}

	static ApiDocs open(Session session) {
		session.open("/swagger-ui.html");
		return new ApiDocs(session);
	}

	/** Waits (15 seconds at most) for the operations to be drawn; their number. */
	int operations() {
		return new WebDriverWait(session.driver, Duration.ofSeconds(15)).until(d -> {
			int n = d.findElements(By.cssSelector(".opblock")).size();
			return n > 0 ? n : null;
		});
	}

}
