package org.perfdesk.browser;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Debian chromium for the browser tests. Found through {@code CHROMIUM_BIN} /
 * {@code CHROMEDRIVER_BIN} or at {@code /usr/bin}. Where it is missing the tests are
 * skipped with a message saying how to enable them, except when
 * {@code PERFDESK_REQUIRE_BROWSER=true} (set by {@code .ci/run}): then a missing browser
 * fails the build, so CI can never pass by skipping them.
 */
final class Browser implements ExecutionCondition {

	static final String HOW_TO_ENABLE = "浏览器测试已跳过：未找到 chromium 或 chromedriver。启用方法："
			+ "apt-get install -y chromium chromium-driver fonts-noto-cjk，或设置环境变量 CHROMIUM_BIN 与 CHROMEDRIVER_BIN。"
			+ " (browser tests skipped: install chromium + chromium-driver or set CHROMIUM_BIN and CHROMEDRIVER_BIN)";

	static final Path SCREENSHOTS = Path.of("target", "screenshots");

	/**
	 * How long a look-up waits for its element to appear, while a page loads or htmx
	 * replaces a part of it.
	 */
	static final Duration IMPLICIT_WAIT = Duration.ofSeconds(5);

	private static volatile boolean warned;

	private Browser() {
	}

	static String chromium() {
		return locate("CHROMIUM_BIN", "/usr/bin/chromium");
	}

	static String chromedriver() {
		return locate("CHROMEDRIVER_BIN", "/usr/bin/chromedriver");
	}

	private static String locate(String variable, String fallback) {
		String value = System.getenv(variable);
		String path = value != null && !value.isBlank() ? value : fallback;
		return new File(path).canExecute() ? path : null;
	}

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		if (chromium() != null && chromedriver() != null) {
			return ConditionEvaluationResult.enabled("chromium: " + chromium());
		}
		if ("true".equalsIgnoreCase(System.getenv("PERFDESK_REQUIRE_BROWSER"))) {
			throw new IllegalStateException("PERFDESK_REQUIRE_BROWSER=true, but " + HOW_TO_ENABLE);
		}
		if (!warned) {
			warned = true;
			System.err.println("[WARNING] " + HOW_TO_ENABLE);
		}
		return ConditionEvaluationResult.disabled(HOW_TO_ENABLE);
	}

	static WebDriver start() {
		var options = new ChromeOptions();
		options.setBinary(chromium());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
				"--disable-sync", "--window-size=1366,900", "--lang=zh-CN", "--user-data-dir=" + tempDir());
		// the console, so that the tests see what the Content-Security-Policy refused
		options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
		var service = new ChromeDriverService.Builder().usingDriverExecutable(new File(chromedriver())).build();
		WebDriver driver = new ChromeDriver(service, options);
		driver.manage().timeouts().implicitlyWait(IMPLICIT_WAIT);
		return driver;
	}

	/**
	 * What the browser's console said about the Content-Security-Policy since the last
	 * call.
	 */
	static java.util.List<String> policyViolations(WebDriver driver) {
		return driver.manage()
			.logs()
			.get(org.openqa.selenium.logging.LogType.BROWSER)
			.getAll()
			.stream()
			.map(org.openqa.selenium.logging.LogEntry::getMessage)
			.filter(m -> m.contains("Content Security Policy"))
			.toList();
	}

	static Path screenshot(WebDriver driver, String name) throws Exception {
		Files.createDirectories(SCREENSHOTS);
		Path file = SCREENSHOTS.resolve(name + ".png");
		Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
		return file;
	}

	private static String tempDir() {
		try {
			return Files.createTempDirectory("perfdesk-chromium").toString();
		}
		catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

}
