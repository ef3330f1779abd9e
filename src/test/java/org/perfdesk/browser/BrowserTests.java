package org.perfdesk.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Real headless chromium against the running application: what a 填报人 and an administrator see. Screenshots go
 * to {@code target/screenshots/} so a person can check that Chinese text is rendered (not boxes).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ExtendWith(Browser.class)
class BrowserTests {

	@LocalServerPort
	int port;

	WebDriver driver;

	@BeforeEach
	void open() {
		driver = Browser.start();
	}

	@AfterEach
	void close() {
		if (driver != null) {
			driver.quit();
		}
	}

	@Test
	void aFillerLogsInSeesTheCycleAndOpensAProjectWithItsHistory() throws Exception {
		login("filler");
		assertThat(driver.getCurrentUrl()).endsWith("/");
		assertThat(driver.findElement(By.id("cycle")).getText()).contains("目标申报", "审核", "运行监控", "绩效自评", "报告");
		assertThat(driver.findElement(By.id("todos")).getText()).contains("青年志愿者行动");
		// ECharts draws the budget chart on a canvas; the same numbers stand in the table beside it
		assertThat(driver.findElements(By.cssSelector("#budget-chart canvas"))).isNotEmpty();
		assertThat(driver.findElement(By.id("budget-table")).getText()).contains("西部计划地方项目");
		Path home = Browser.screenshot(driver, "filler-home");

		driver.findElement(By.linkText("项目库")).click();
		assertThat(driver.findElement(By.id("project-table")).getText()).contains("青年志愿者行动")
			.doesNotContain("妇女儿童权益保障");
		Browser.screenshot(driver, "filler-projects");

		driver.findElement(By.linkText("青年志愿者行动")).click();
		assertThat(driver.findElement(By.id("project-name")).getText()).isEqualTo("青年志愿者行动");
		// the history is loaded by htmx after the page: wait for it
		new WebDriverWait(driver, Duration.ofSeconds(10))
			.until(ExpectedConditions.textToBePresentInElementLocated(By.id("history"), "新增"));
		assertThat(driver.findElement(By.id("history")).getText()).contains("项目名称", "青年志愿者行动");
		Path project = Browser.screenshot(driver, "filler-project");

		assertThat(Files.size(home)).isGreaterThan(10_000);
		assertThat(Files.size(project)).isGreaterThan(10_000);
	}

	@Test
	void aFillerCorrectsABadAmountInTheForm() throws Exception {
		login("palace");
		driver.get(url("/projects/new"));
		driver.findElement(By.id("code")).sendKeys("UI-1");
		driver.findElement(By.id("name")).sendKeys("少儿科技节");
		driver.findElement(By.id("manager")).sendKeys("唐小北");
		new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("type"))).selectByVisibleText("一次性");
		driver.findElement(By.id("fiscalAppropriation")).sendKeys("三万");
		driver.findElement(By.id("purpose")).sendKeys("举办少儿科技作品展和科普讲座。");
		driver.findElement(By.cssSelector("button[type=submit]")).click();
		assertThat(driver.findElement(By.id("form-errors")).getText()).contains("当年财政拨款须为数字");
		Browser.screenshot(driver, "palace-form-error");

		var amount = driver.findElement(By.id("fiscalAppropriation"));
		amount.clear();
		amount.sendKeys("3");
		driver.findElement(By.cssSelector("button[type=submit]")).click();
		assertThat(driver.findElement(By.id("project-total")).getText()).isEqualTo("3.00");
	}

	@Test
	void theAdministratorSeesTheOrganisationTree() throws Exception {
		login("admin");
		driver.findElement(By.linkText("组织管理")).click();
		assertThat(driver.findElement(By.id("unit-tree")).getText()).contains("示例市财政局", "共青团示例市委员会",
				"示例市青少年宫", "示例市青少年服务中心", "示例市妇女联合会");
		Browser.screenshot(driver, "admin-units");

		driver.findElement(By.linkText("操作日志")).click();
		assertThat(driver.findElement(By.id("audit-table")).getText()).contains("主管部门");
		// the filter reloads the table through htmx
		new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("recordType"))).selectByVisibleText("账号");
		// unit lines carry their kind (主管部门); once the filter has been applied only account lines are left
		new WebDriverWait(driver, Duration.ofSeconds(10)).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
			.until(d -> !d.findElement(By.id("audit-table")).getText().contains("主管部门"));
		assertThat(driver.findElement(By.id("audit-table")).getText()).contains("新增", "用户名", "角色", "filler2");
		Browser.screenshot(driver, "admin-audit");
	}

	private void login(String username) {
		driver.get(url("/login"));
		driver.findElement(By.id("username")).sendKeys(username);
		driver.findElement(By.id("password")).sendKeys("perfdesk-demo");
		driver.findElement(By.cssSelector("button[type=submit]")).click();
		// wait for the login to finish, or the next navigation may overtake it and land on the login page again
		new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.findElements(By.id("fiscal-year")).size() > 0);
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}
}
