package org.perfdesk.browser;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipInputStream;

import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * 导出与公开: the form that starts a background export, and one export's page whose progress
 * bar follows the job until its .zip can be downloaded.
 */
final class PublicationPages {

	private PublicationPages() {
	}

	static final class Form {

		private final Session session;

		Form(Session session) {
			this.session = session;
		}

		static Form open(Session session) {
			session.goTo("导出与公开");
			return new Form(session);
		}

		/**
		 * Year, pack (ALL, BUDGET, FINAL) and the formats (DOCX, XLSX, PDF) kept ticked.
		 */
		Progress start(int year, String pack, String... formats) {
			session.chooseValue(By.id("year"), String.valueOf(year));
			session.click(By.id("pack-" + pack));
			for (String f : List.of("DOCX", "XLSX", "PDF")) {
				boolean wanted = List.of(formats).contains(f);
				if (session.find(By.id("format-" + f)).isSelected() != wanted) {
					session.click(By.id("format-" + f));
				}
			}
			session.click(By.id("start"));
			return new Progress(session);
		}

		/** The rows of 我的导出: the text of each. */
		List<String> exports() {
			return session.findAll(By.cssSelector("#publications tbody tr")).stream().map(r -> r.getText()).toList();
		}

	}

	static final class Progress {

		private final Session session;

		Progress(Session session) {
			this.session = session;
		}

		String status() {
			return session.text(By.id("status"));
		}

		/** The percentages the bar showed while the page was watched, in order. */
		List<String> watchUntilFinished(Duration patience) {
			List<String> seen = new ArrayList<>();
			new WebDriverWait(session.driver, patience, Duration.ofMillis(250))
				.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
				.ignoring(org.openqa.selenium.NoSuchElementException.class)
				.until(d -> {
					// the text as the page holds it, not as painted: while htmx settles
					// the new bar
					// it may be too narrow to show its text
					String percent = d.findElement(By.id("bar")).getDomProperty("textContent").strip();
					if (seen.isEmpty() || !seen.get(seen.size() - 1).equals(percent)) {
						seen.add(percent);
					}
					String status = d.findElement(By.id("status")).getText();
					return status.equals("已完成") || status.equals("失败");
				});
			return seen;
		}

		/**
		 * Waits until the bar is drawn full width: htmx settles swapped elements with a
		 * CSS transition, so the bar grows for a moment after the page says 100%.
		 */
		void waitUntilTheBarIsFull() {
			session.until(d -> (Boolean) ((org.openqa.selenium.JavascriptExecutor) d)
				.executeScript("var b = document.getElementById('bar');"
						+ " return b.getBoundingClientRect().width >= b.parentElement.getBoundingClientRect().width - 1;"));
		}

		String counts() {
			return session.text(By.id("counts"));
		}

		String downloadLabel() {
			return session.text(By.id("download"));
		}

		/**
		 * The names of the files in the .zip the 下载 button gives, fetched with the
		 * browser's session.
		 */
		List<String> downloadedEntries() throws IOException, InterruptedException {
			String href = session.find(By.id("download")).getAttribute("href");
			Cookie cookie = session.driver.manage().getCookieNamed("JSESSIONID");
			HttpResponse<byte[]> response = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create(href))
					.header("Cookie", cookie.getName() + "=" + cookie.getValue())
					.build(), HttpResponse.BodyHandlers.ofByteArray());
			if (response.statusCode() != 200) {
				throw new AssertionError("download answered " + response.statusCode());
			}
			List<String> names = new ArrayList<>();
			try (var in = new ZipInputStream(new ByteArrayInputStream(response.body()), StandardCharsets.UTF_8)) {
				for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
					names.add(e.getName());
				}
			}
			return names;
		}

	}

}
