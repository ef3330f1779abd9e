package org.perfdesk.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** 操作日志: every change, filtered through htmx by record type. */
final class AuditLog {

	private final Session session;

	AuditLog(Session session) {
		this.session = session;
	}

	String table() {
		return session.text(By.id("audit-table"));
	}

	/** 记录类型 (账号, 单位, 项目…): the table is replaced by htmx with the lines of that type. */
	AuditLog showOnly(String recordType) {
		WebElement before = session.find(By.id("audit-table"));
		session.choose(By.id("recordType"), recordType);
		session.waitUntilReplaced(before);
		return this;
	}

}
