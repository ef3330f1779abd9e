package org.perfdesk.browser;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One person at the browser: headless chromium, the application's address, and what every
 * page needs (logging in and out, the header's 预算年度, clicking below the fold, waiting for
 * a page to replace itself, screenshots). The page objects of this package take it in
 * their constructor and speak in the clerk's terms; {@code By} stays in them, not in the
 * tests.
 */
final class Session implements AutoCloseable {

	static final String PASSWORD = "perfdesk-demo";

	private static final Duration PATIENCE = Duration.ofSeconds(10);

	/**
	 * How often a wait looks again: a page that came back from a post is usually there
	 * within a few tenths.
	 */
	private static final Duration POLLING = Duration.ofMillis(100);

	final WebDriver driver;

	private final int port;

	private Session(WebDriver driver, int port) {
		this.driver = driver;
		this.port = port;
	}

	static Session start(int port) {
		return new Session(Browser.start(), port);
	}

	/**
	 * Every page of the test ran its scripts under the Content-Security-Policy with
	 * nothing refused; then quit.
	 */
	@Override
	public void close() {
		try {
			assertThat(Browser.policyViolations(driver)).isEmpty();
		}
		finally {
			driver.quit();
		}
	}

	String url(String path) {
		return "http://localhost:" + port + path;
	}

	void open(String path) {
		driver.get(url(path));
	}

	String currentUrl() {
		return driver.getCurrentUrl();
	}

	/**
	 * Back to a page by the address it had (a reviewer opening the target the filler
	 * submitted).
	 */
	void openUrl(String url) {
		driver.get(url);
	}

	String pageSource() {
		return driver.getPageSource();
	}

	Workbench login(String username) {
		return new LoginPage(this).open().logInAs(username, PASSWORD);
	}

	/** 退出, back at the login page. */
	LoginPage logout() {
		// the page may still be replacing itself after the last post: retry on a stale
		// button
		until(d -> {
			d.findElement(By.cssSelector("form[action='/logout'] button")).click();
			return true;
		});
		until(d -> d.findElements(By.id("username")).size() > 0);
		return new LoginPage(this);
	}

	/** A link of the navigation bar (项目库, 绩效目标, 预算执行, 运行监控, 绩效自评, 组织管理, 操作日志…). */
	void goTo(String menu) {
		click(By.linkText(menu));
	}

	List<String> fiscalYears() {
		return new Select(find(By.id("fiscal-year"))).getOptions().stream().map(o -> o.getAttribute("value")).toList();
	}

	/**
	 * Chooses another 预算年度: the select submits its form on change, the page comes back
	 * with the year chosen.
	 */
	void chooseFiscalYear(String year) {
		new Select(find(By.id("fiscal-year"))).selectByValue(year);
		until(d -> year
			.equals(new Select(d.findElement(By.id("fiscal-year"))).getFirstSelectedOption().getAttribute("value")));
	}

	WebElement find(By by) {
		return driver.findElement(by);
	}

	List<WebElement> findAll(By by) {
		return driver.findElements(by);
	}

	/**
	 * Whether the page has it, asked without the driver's implicit wait: absence is an
	 * answer, not a delay.
	 */
	boolean present(By by) {
		return !findNow(driver, by).isEmpty();
	}

	/** What the page (or part of it) holds now, without waiting for more to appear. */
	List<WebElement> findNow(SearchContext context, By by) {
		driver.manage().timeouts().implicitlyWait(Duration.ZERO);
		try {
			return context.findElements(by);
		}
		finally {
			driver.manage().timeouts().implicitlyWait(Browser.IMPLICIT_WAIT);
		}
	}

	String text(By by) {
		return driver.findElement(by).getText();
	}

	/**
	 * The text of an element once it holds a value, read again while a post replaces the
	 * page.
	 */
	String textOnceLoaded(By by, String expected) {
		return until(d -> {
			String text = d.findElement(by).getText();
			return text.contains(expected) ? text : null;
		});
	}

	/** Types into a field, replacing what it held. */
	void type(By by, String text) {
		WebElement field = find(by);
		field.clear();
		field.sendKeys(text);
	}

	void choose(By by, String visibleText) {
		new Select(find(by)).selectByVisibleText(visibleText);
	}

	void chooseValue(By by, String value) {
		new Select(find(by)).selectByValue(value);
	}

	/**
	 * True when ECharts drew on a canvas in the element (its script runs after the page:
	 * waits a moment for it).
	 */
	boolean chartDrawn(String id) {
		return !findAll(By.cssSelector("#" + id + " canvas")).isEmpty();
	}

	/**
	 * Clicks a button that may sit below the fold of a long form. Headless chromium
	 * reports a taller viewport than it paints (900 against 757 pixels), so a native
	 * click there can be refused as "not clickable"; the button is then clicked through
	 * the DOM, which still submits the real form.
	 */
	void click(By by) {
		click(find(by));
	}

	void click(WebElement element) {
		((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
		try {
			element.click();
		}
		catch (ElementClickInterceptedException e) {
			((JavascriptExecutor) driver).executeScript("arguments[0].click();", element);
		}
	}

	/**
	 * Waits (10 seconds at most) while the page replaces itself after a post or an htmx
	 * request.
	 */
	<T> T until(Function<WebDriver, T> condition) {
		return new WebDriverWait(driver, PATIENCE, POLLING).ignoring(StaleElementReferenceException.class)
			.ignoring(NoSuchElementException.class)
			.until(condition::apply);
	}

	/**
	 * The text of a badge once it says what is expected: the old page's badge may still
	 * be there for a moment.
	 */
	void waitForText(By by, String expected) {
		until(d -> expected.equals(d.findElement(by).getText()));
	}

	/**
	 * Waits until an element the page had is replaced (an htmx swap, or a page that came
	 * back from a post).
	 */
	void waitUntilReplaced(WebElement old) {
		new WebDriverWait(driver, PATIENCE, POLLING).until(d -> {
			try {
				old.isEnabled();
				return false;
			}
			catch (StaleElementReferenceException e) {
				return true;
			}
		});
	}

	/**
	 * 打印 on the page: the number of times it opened the browser's print dialog
	 * (data-print), counted, not shown.
	 */
	int print() {
		((JavascriptExecutor) driver)
			.executeScript("window.printed = 0; window.print = function () { window.printed++; };");
		click(By.cssSelector("[data-print]"));
		return ((Number) ((JavascriptExecutor) driver).executeScript("return window.printed;")).intValue();
	}

	/**
	 * A page as the browser prints it: the first sheet's width in points, the text of all
	 * without white space.
	 */
	record Paper(float width, String text) {
	}

	/**
	 * The page as chromium prints it, with the print stylesheet, left as
	 * {@code target/screenshots/{name}.pdf} with a PNG of its first sheet for a person to
	 * look at.
	 */
	Paper printed(String name) throws Exception {
		byte[] pdf = java.util.Base64.getDecoder()
			.decode(((org.openqa.selenium.PrintsPage) driver).print(new org.openqa.selenium.print.PrintOptions())
				.getContent());
		java.nio.file.Files.createDirectories(Browser.SCREENSHOTS);
		java.nio.file.Files.write(Browser.SCREENSHOTS.resolve(name + ".pdf"), pdf);
		try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
			javax.imageio.ImageIO.write(new org.apache.pdfbox.rendering.PDFRenderer(document).renderImageWithDPI(0, 80),
					"png", Browser.SCREENSHOTS.resolve(name + "-1.png").toFile());
			return new Paper(document.getPage(0).getMediaBox().getWidth(),
					new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", ""));
		}
	}

	Path screenshot(String name) throws Exception {
		return Browser.screenshot(driver, name);
	}

	/**
	 * The whole page, not only the viewport: the window is made as tall as the page for
	 * the shot, then restored.
	 */
	Path fullPage(String name) throws Exception {
		var window = driver.manage().window();
		Dimension before = window.getSize();
		long height = (Long) ((JavascriptExecutor) driver)
			.executeScript("return Math.ceil(document.documentElement.scrollHeight);");
		window.setSize(new Dimension(before.getWidth(), (int) Math.min(height + 150, 6000)));
		try {
			return Browser.screenshot(driver, name);
		}
		finally {
			window.setSize(before);
		}
	}

}
