package org.perfdesk.browser;

import java.nio.file.Path;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * 文件导入: the upload form, one document's preview with its corrections, and the spot-check
 * archive.
 */
final class ImportPages {

	private ImportPages() {
	}

	static final class Upload {

		private final Session session;

		Upload(Session session) {
			this.session = session;
		}

		static Upload open(Session session) {
			session.goTo("文件导入");
			return new Upload(session);
		}

		/** Chooses the file and sends the form; a single file leads to its preview. */
		Preview read(Path file) {
			session.find(By.id("file")).sendKeys(file.toAbsolutePath().toString());
			session.click(By.id("upload"));
			session.until(d -> d.getCurrentUrl().matches(".*/imports/\\d+$"));
			return new Preview(session);
		}

	}

	static final class Preview {

		private final Session session;

		Preview(Session session) {
			this.session = session;
		}

		String findings() {
			return session.text(By.id("findings"));
		}

		String indicators() {
			return session.text(By.id("indicators"));
		}

		/** The values marked in the source text, with their labels. */
		List<String> marks() {
			return session.findAll(By.cssSelector("#source mark"))
				.stream()
				.map(m -> m.getAttribute("title") + "=" + m.getText())
				.toList();
		}

		/** 新建项目支出绩效目标 with the rows read, for the project shown as "code name". */
		TargetForm startProjectTarget(String project) {
			session.choose(By.id("project"), project);
			session.click(By.id("new-project-target"));
			session.until(d -> d.getCurrentUrl().contains("/targets/new"));
			return new TargetForm(session);
		}

		Preview correctUnit(String unit) {
			session.type(By.id("unitName"), unit);
			return this;
		}

		Archive archive() {
			WebElement button = session.find(By.id("archive"));
			session.click(button);
			session.until(d -> d.getCurrentUrl().endsWith("/imports/archive"));
			return new Archive(session);
		}

	}

	static final class Archive {

		private final Session session;

		Archive(Session session) {
			this.session = session;
		}

		Archive filterByCode(String code) {
			session.chooseValue(By.id("code"), code);
			session.click(By.id("apply"));
			session.until(d -> d.getCurrentUrl().contains("code=" + code));
			return this;
		}

		String table() {
			return session.present(By.id("documents")) ? session.text(By.id("documents")) : "";
		}

	}

}
