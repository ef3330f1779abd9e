package org.perfdesk.browser;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
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
			try {
				// every page of the test ran its scripts under the policy, with nothing refused
				assertThat(Browser.policyViolations(driver)).isEmpty();
			}
			finally {
				driver.quit();
			}
		}
	}

	@Test
	void pagesWorkUnderTheContentSecurityPolicyWithoutInlineHandlers() throws Exception {
		login("admin");
		// the fiscal-year select submits its form on change (data-submit-on-change in perfdesk.js)
		var year = new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("fiscal-year")));
		String other = year.getOptions().get(year.getOptions().size() - 1).getAttribute("value");
		year.selectByValue(other);
		new WebDriverWait(driver, Duration.ofSeconds(10)).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
			.until(d -> other.equals(new org.openqa.selenium.support.ui.Select(d.findElement(By.id("fiscal-year")))
				.getFirstSelectedOption().getAttribute("value")));
		// deactivating a unit asks first (data-confirm); answering no sends nothing
		driver.findElement(By.linkText("组织管理")).click();
		driver.findElement(By.xpath("//tr[td//span[text()='示例市青少年宫']]//a[text()='管理']")).click();
		click(By.xpath("//button[text()='停用该单位']"));
		var question = new WebDriverWait(driver, Duration.ofSeconds(5)).until(ExpectedConditions.alertIsPresent());
		assertThat(question.getText()).contains("确定停用");
		question.dismiss();
		// still active: the page was not sent anywhere and offers to deactivate as before
		assertThat(driver.findElements(By.xpath("//button[text()='停用该单位']"))).hasSize(1);
		assertThat(driver.findElements(By.xpath("//button[text()='重新启用']"))).isEmpty();
		// the interface description (Swagger UI) renders under the same policy
		driver.get(url("/swagger-ui.html"));
		new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> d.findElements(By.cssSelector(".opblock")).size() > 0);
	}

	@Test
	void aFillerLogsInSeesTheCycleAndOpensAProjectWithItsHistory() throws Exception {
		login("filler");
		assertThat(driver.getCurrentUrl()).endsWith("/");
		assertThat(driver.findElement(By.id("cycle")).getText()).contains("目标申报", "审核", "运行监控", "绩效自评", "报告");
		// the demo has returned one of the league's targets: the filler is told to correct it
		assertThat(driver.findElement(By.id("todos")).getText()).contains("绩效目标被退回", "纪念五四系列活动");
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

	@Test
	void aTargetIsDeclaredSubmittedReturnedCorrectedAndApproved() throws Exception {
		login("filler");
		// a new project without a target
		driver.get(url("/projects/new"));
		driver.findElement(By.id("code")).sendKeys("UI-T-1");
		driver.findElement(By.id("name")).sendKeys("青年讲师团基层宣讲");
		driver.findElement(By.id("manager")).sendKeys("范晓东");
		new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("type"))).selectByVisibleText("一次性");
		driver.findElement(By.id("fiscalAppropriation")).sendKeys("6");
		driver.findElement(By.id("purpose")).sendKeys("组建青年讲师团深入社区和学校宣讲。");
		driver.findElement(By.cssSelector("button[type=submit]")).click();
		driver.findElement(By.id("project-total"));

		driver.get(url("/targets?status=NONE"));
		WebElement row = driver.findElements(By.cssSelector("#project-targets tbody tr")).stream()
			.filter(r -> r.getText().contains("青年讲师团基层宣讲")).findFirst().orElseThrow();
		row.findElement(By.linkText("填报")).click();

		driver.findElement(By.id("annualObjective")).sendKeys("全年开展基层宣讲，覆盖社区和中小学校。");
		// the form starts with one row per required level-2 category of the scheme: 成本, 数量, 质量, 时效, 社会效益, 满意度
		String[][] rows = { { "宣讲活动总成本", "≤6万元", "10", "不超预算得10分，每超1%扣1分" },
				{ "宣讲场次", "≥40场", "30", "完成值/指标值×30分，最高30分" },
				{ "宣讲对象覆盖学校数", "≥20所", "10", "完成值/指标值×10分，最高10分" },
				{ "宣讲完成时间", "11月底前", "10", "按期完成得10分，每延期1个月扣3分" },
				{ "听众知识测评正确率提升", "≥10%", "30", "达到指标值得30分，每低1个百分点扣3分" } };
		for (int i = 0; i < rows.length; i++) {
			driver.findElement(By.name("indicators[" + i + "].name")).sendKeys(rows[i][0]);
			driver.findElement(By.name("indicators[" + i + "].value")).sendKeys(rows[i][1]);
			driver.findElement(By.name("indicators[" + i + "].weight")).sendKeys(rows[i][2]);
			driver.findElement(By.name("indicators[" + i + "].scoringRule")).sendKeys(rows[i][3]);
		}
		// the satisfaction row comes from the catalogue in one click instead
		driver.findElements(By.cssSelector("#indicator-rows tbody tr")).get(5).findElement(By.cssSelector(".pd-remove-row")).click();
		driver.findElement(By.xpath("//button[text()='从指标库选择']")).click();
		driver.findElement(By.id("catalogue-words")).sendKeys("服务对象满意度");
		WebElement add = new WebDriverWait(driver, Duration.ofSeconds(10)).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
			.until(d -> d.findElements(By.cssSelector("#catalogue-results .catalogue-add[data-subcategory=SERVICE_SATISFACTION]"))
				.stream().findFirst().orElse(null));
		add.click();
		WebElement last = driver.findElement(By.cssSelector("#indicator-rows tbody tr:last-child"));
		assertThat(last.findElement(By.cssSelector("[data-name=name]")).getAttribute("value")).contains("满意");
		last.findElement(By.cssSelector("[data-name=weight]")).sendKeys("10");
		assertThat(driver.findElement(By.id("weight-total")).getText()).isEqualTo("100");
		// 检查 runs the rules on the form as it stands, new catalogue row included, without saving
		click(By.id("check-target"));
		String check = new WebDriverWait(driver, Duration.ofSeconds(10)).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
			.until(d -> {
				String text = d.findElement(By.id("check-results")).getText();
				return text.contains("检查完毕") || text.contains("发现") ? text : null;
			});
		assertThat(check).doesNotContain("须改正后才能提交").doesNotContain("须先改正");
		Browser.screenshot(driver, "target-form");
		click(By.id("save-target"));

		waitForStatus("草稿");
		assertThat(driver.findElement(By.id("indicator-table")).getText()).contains("宣讲场次", "≥40场", "满意");
		String targetUrl = driver.getCurrentUrl();
		click(By.id("submit-target"));
		waitForStatus("待部门审核");
		logout();

		login("reviewer");
		driver.get(targetUrl);
		review("GOOD", "FAIR", "请把宣讲场次提高到不少于50场，与上年实际完成数相当。", "return");
		waitForStatus("已退回");
		logout();

		login("filler");
		driver.get(targetUrl);
		assertThat(driver.findElement(By.id("return-opinion")).getText()).contains("不少于50场");
		Browser.screenshot(driver, "target-returned");
		driver.findElement(By.id("edit-target")).click();
		WebElement sessions = driver.findElements(By.cssSelector("#indicator-rows input[name$='.value']")).stream()
			.filter(e -> "≥40场".equals(e.getAttribute("value"))).findFirst().orElseThrow();
		sessions.clear();
		sessions.sendKeys("≥50场");
		click(By.id("save-target"));
		new WebDriverWait(driver, Duration.ofSeconds(10)).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
			.until(d -> d.findElement(By.id("indicator-table")).getText().contains("≥50场"));
		click(By.id("submit-target"));
		waitForStatus("待部门审核");
		logout();

		login("reviewer");
		driver.get(targetUrl);
		review("EXCELLENT", "GOOD", "同意。", "approve");
		waitForStatus("待财政审核");
		logout();

		login("finance");
		driver.get(targetUrl);
		review("GOOD", "GOOD", "予以批复。", "approve");
		waitForStatus("已批复");
		assertThat(driver.findElement(By.id("reviews")).getText()).contains("退回", "不少于50场", "财政审核");
		Browser.screenshot(driver, "target-approved");

		// the finance bureau's overview: every status of the year, and the league's department target
		driver.get(url("/targets"));
		assertThat(driver.findElement(By.id("project-targets")).getText()).contains("青年讲师团基层宣讲", "已批复", "待财政审核");
		Browser.screenshot(driver, "targets-finance");
		driver.findElement(By.id("department-targets")).findElements(By.tagName("tr")).stream()
			.filter(r -> r.getText().contains("共青团示例市委员会")).findFirst().orElseThrow()
			.findElement(By.linkText("查看")).click();
		assertThat(driver.findElement(By.id("key-tasks")).getText()).contains("金额合计");
		Browser.screenshot(driver, "target-department");
		driver.get(url("/catalogue"));
		assertThat(driver.getPageSource()).contains("财政通用指标库");
		Browser.screenshot(driver, "catalogue");
	}

	@Test
	void theReviewerSeesExecutionWithItsLightsAndCharts() throws Exception {
		login("reviewer");
		driver.findElement(By.linkText("预算执行")).click();
		String table = driver.findElement(By.id("execution-table")).getText();
		// the demo keeps some projects far behind the time line: they are red ("滞后")
		assertThat(table).contains("共青团示例市委员会", "示例市青少年宫", "合计");
		if (java.time.LocalDate.now(org.perfdesk.PerfDeskApplication.ZONE).getMonthValue() > 1) {
			assertThat(table).contains("滞后", "正常");
		}
		assertThat(driver.findElements(By.cssSelector("#ranking-chart canvas"))).isNotEmpty();
		Browser.screenshot(driver, "execution-overview");
		click(By.linkText("YL" + org.perfdesk.DemoYear.current() + "-03 预防青少年违法犯罪专项"));
		assertThat(driver.findElements(By.cssSelector("#execution-chart canvas"))).isNotEmpty();
		assertThat(driver.findElement(By.id("chart-table")).getText()).contains("累计执行数", "1 月");
		Browser.screenshot(driver, "execution-project");
		driver.get(url("/execution/departments"));
		driver.findElement(By.linkText("共青团示例市委员会")).click();
		assertThat(driver.findElement(By.id("department-summary")).getText()).contains("基本支出");
		Browser.screenshot(driver, "execution-department");
	}

	@Test
	void theDepartmentSeesTheMonitoringRoundWithItsRedItemsFirstAndTheChart() throws Exception {
		org.junit.jupiter.api.Assumptions.assumeTrue(java.time.LocalDate.now(org.perfdesk.PerfDeskApplication.ZONE).getMonthValue() > 1,
				"the demo opens the current year's round only once a month of the year is over");
		login("reviewer");
		driver.findElement(By.linkText("运行监控")).click();
		driver.findElement(By.id("rounds")).findElement(By.linkText("查看")).click();
		var lines = driver.findElements(By.cssSelector("#lines tr.monitoring-line"));
		assertThat(lines).isNotEmpty();
		assertThat(lines.get(0).getAttribute("data-light")).isEqualTo("RED");
		assertThat(lines.get(0).getText()).contains("滞后");
		// the demo's slow project is among the red lines (another test of this class may add a red one of its own)
		assertThat(lines).anySatisfy(line -> {
			assertThat(line.getAttribute("data-light")).isEqualTo("RED");
			assertThat(line.getText()).contains("青年就业创业扶持");
		});
		assertThat(driver.findElements(By.cssSelector("#rate-chart canvas"))).isNotEmpty();
		assertThat(driver.findElement(By.id("rate-table")).getText()).contains("执行率");
		assertThat(driver.findElement(By.id("reminders")).getText()).isNotBlank();
		Browser.screenshot(driver, "monitoring-round");
		click(By.cssSelector("#lines tr.monitoring-line a"));
		assertThat(driver.findElement(By.id("indicator-table")).getText()).contains("完成目标可能性");
		Browser.screenshot(driver, "monitoring-report");
	}

	@Test
	void aFillerEvaluatesLastYearsProjectSeesTheScoresWithTheirArithmeticAndSubmits() throws Exception {
		int previous = org.perfdesk.DemoYear.current() - 1;
		// the 青少年宫's project of the ended year was left without a self-evaluation in the demo
		login("palace");
		fullPage("palace-home");
		WebElement todo = driver.findElement(By.id("todos")).findElements(By.tagName("li")).stream()
			.filter(li -> li.getText().contains("开展 " + previous + " 年度项目绩效自评")).findFirst().orElseThrow();
		assertThat(todo.getText()).contains("青少年校外素质教育活动");
		// the to-do switches the header to the ended year and opens 绩效自评
		click(todo.findElement(By.tagName("button")));
		new WebDriverWait(driver, Duration.ofSeconds(10)).ignoring(org.openqa.selenium.NoSuchElementException.class)
			.until(d -> d.findElement(By.id("year-title")).getText().startsWith(Integer.toString(previous)));
		WebElement pending = driver.findElement(By.id("pending"));
		assertThat(pending.getText()).contains("待自评", "青少年校外素质教育活动");
		fullPage("evaluation-list");
		click(By.cssSelector("#pending .open-evaluation"));

		// the form: 实际完成值 for every indicator, one of them short of its target, with its deviation reason
		driver.findElement(By.id("evaluation-form"));
		driver.findElement(By.id("executionReason")).sendKeys("部分寒假实践活动的交通费于次年1月结算。");
		driver.findElement(By.id("completionText")).sendKeys("全年开设艺术、科技、体育公益课程，组织寒暑假校外实践活动，课程班次略少于计划。");
		var rows = driver.findElements(By.cssSelector("#indicator-form tbody tr"));
		assertThat(rows).hasSizeGreaterThan(4);
		int shortRow = -1;
		String shortWeight = null;
		for (int i = 0; i < rows.size(); i++) {
			var cells = rows.get(i).findElements(By.tagName("td"));
			String target = cells.get(1).getText().strip();
			String weight = driver.findElement(By.id("weight-" + i)).getAttribute("value");
			var actual = driver.findElement(By.name("indicators[" + i + "].actual"));
			java.util.regex.Matcher number = java.util.regex.Pattern.compile("^[≥≤=]?([0-9.]+)(.*)$").matcher(target);
			if (target.contains("底前")) {
				// a 时限 indicator: the rules do not score dates, so the filler scores it with a reason
				actual.sendKeys("12月下旬全部完成");
				driver.findElement(By.id("score-" + i)).sendKeys(weight);
				driver.findElement(By.name("indicators[" + i + "].scoreReason")).sendKeys("全部课程和实践活动均按期完成。");
			}
			else if (number.matches() && target.startsWith("≥") && shortRow < 0) {
				// 80% of the target: scored in proportion, so the deviation must be explained
				BigDecimal short_ = new BigDecimal(number.group(1)).multiply(new BigDecimal("0.8"));
				actual.sendKeys(short_.stripTrailingZeros().toPlainString() + number.group(2));
				driver.findElement(By.name("indicators[" + i + "].reason"))
					.sendKeys("两名外聘教师年中离职，部分班次停开。改进措施：建立兼职教师储备库，提前一学期排课。");
				shortRow = i;
				shortWeight = weight;
			}
			else if (number.matches()) {
				actual.sendKeys(number.group(1) + number.group(2));
			}
		}
		assertThat(shortRow).isNotNegative();
		fullPage("evaluation-form");
		click(By.id("save-evaluation"));

		// the table as on paper: each score with its arithmetic, the total and the grade
		new WebDriverWait(driver, Duration.ofSeconds(10)).ignoring(org.openqa.selenium.NoSuchElementException.class)
			.until(d -> d.findElement(By.id("evaluation-table")).isDisplayed());
		assertThat(driver.findElement(By.id("evaluation-status")).getText()).isEqualTo("草稿");
		var scored = driver.findElements(By.cssSelector("#evaluation-table tr.indicator-row"));
		assertThat(scored).hasSameSizeAs(rows);
		BigDecimal expectedShort = new BigDecimal(shortWeight).multiply(new BigDecimal("0.8")).setScale(2,
				java.math.RoundingMode.HALF_UP);
		WebElement shortLine = scored.get(shortRow);
		assertThat(shortLine.findElement(By.cssSelector(".indicator-score")).getText())
			.isEqualTo(expectedShort.toPlainString());
		assertThat(shortLine.findElement(By.cssSelector(".score-explanation")).getText()).contains("÷", "×")
			.endsWith("= " + expectedShort.toPlainString() + " 分");
		assertThat(shortLine.getText()).contains("两名外聘教师年中离职");
		BigDecimal sum = new BigDecimal(driver.findElement(By.id("execution-score")).getText());
		assertThat(driver.findElement(By.id("execution-explanation")).getText()).contains("执行率");
		for (WebElement line : scored) {
			assertThat(line.findElement(By.cssSelector(".score-explanation")).getText()).isNotBlank();
			sum = sum.add(new BigDecimal(line.findElement(By.cssSelector(".indicator-score")).getText()));
		}
		BigDecimal total = new BigDecimal(driver.findElement(By.id("total-score")).getText());
		assertThat(total).isEqualByComparingTo(sum);
		String grade = total.compareTo(BigDecimal.valueOf(90)) >= 0 ? "优"
				: total.compareTo(BigDecimal.valueOf(80)) >= 0 ? "良" : total.compareTo(BigDecimal.valueOf(60)) >= 0 ? "中" : "差";
		assertThat(driver.findElement(By.id("grade")).getText()).isEqualTo("等级：" + grade);
		assertThat(driver.findElements(By.id("blockers"))).isEmpty();
		fullPage("evaluation-sheet");

		click(By.id("submit-evaluation"));
		new WebDriverWait(driver, Duration.ofSeconds(10)).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
			.ignoring(org.openqa.selenium.NoSuchElementException.class)
			.until(d -> "待部门审核".equals(d.findElement(By.id("evaluation-status")).getText()));
		assertThat(driver.findElements(By.id("edit-evaluation"))).isEmpty();
		fullPage("evaluation-submitted");
		logout();

		// the finance bureau, still on the running year, switches to the ended one: the demo's tables, graded
		login("finance");
		fullPage("finance-home");
		driver.get(url("/evaluations"));
		click(By.id("switch-to-ended"));
		new WebDriverWait(driver, Duration.ofSeconds(10)).ignoring(org.openqa.selenium.NoSuchElementException.class)
			.until(d -> d.findElement(By.id("year-title")).getText().startsWith(Integer.toString(previous)));
		String list = driver.findElement(By.id("evaluations")).getText();
		assertThat(list).contains("青少年校外素质教育活动", "待部门审核", "已批复", "待财政审核", "已退回");
		assertThat(driver.findElements(By.cssSelector("#score-chart canvas"))).isNotEmpty();
		fullPage("evaluation-list-finance");
		// a demo table with a score lowered by hand and an over-achieved indicator, as the finance bureau reads it
		click(driver.findElements(By.cssSelector("#evaluations tr.evaluation-line")).stream()
			.filter(tr -> tr.getText().contains("青年志愿者行动")).findFirst().orElseThrow().findElement(By.linkText("查看")));
		assertThat(driver.findElement(By.id("evaluation-table")).getText()).contains("手工调整", "超额完成", "调整理由");
		fullPage("evaluation-sheet-adjusted");
	}

	/** The whole page, not only the viewport: the window is made as tall as the page for the shot, then restored. */
	private Path fullPage(String name) throws Exception {
		var window = driver.manage().window();
		org.openqa.selenium.Dimension before = window.getSize();
		long height = (Long) ((org.openqa.selenium.JavascriptExecutor) driver)
			.executeScript("return Math.ceil(document.documentElement.scrollHeight);");
		window.setSize(new org.openqa.selenium.Dimension(before.getWidth(), (int) Math.min(height + 150, 6000)));
		try {
			return Browser.screenshot(driver, name);
		}
		finally {
			window.setSize(before);
		}
	}

	/** The status badge after a form post: the old page's badge may still be there for a moment. */
	private void waitForStatus(String status) {
		new WebDriverWait(driver, Duration.ofSeconds(10)).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
			.ignoring(org.openqa.selenium.NoSuchElementException.class)
			.until(d -> status.equals(d.findElement(By.id("target-status")).getText()));
	}

	private void review(String grade, String appropriateness, String opinion, String button) {
		for (String d : new String[] { "completeness", "relevance", "feasibility" }) {
			new org.openqa.selenium.support.ui.Select(driver.findElement(By.id(d))).selectByValue(grade);
		}
		new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("appropriateness"))).selectByValue(appropriateness);
		driver.findElement(By.id("opinion")).sendKeys(opinion);
		click(By.id(button));
	}

	/**
	 * Clicks a button that may sit below the fold of a long form. Headless chromium reports a taller viewport than
	 * it paints (900 against 757 pixels), so a native click there can be refused as "not clickable"; the button is
	 * then clicked through the DOM, which still submits the real form.
	 */
	private void click(By by) {
		click(driver.findElement(by));
	}

	private void click(WebElement element) {
		((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
		try {
			element.click();
		}
		catch (org.openqa.selenium.ElementClickInterceptedException e) {
			((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].click();", element);
		}
	}

	private void logout() {
		// the page may still be replacing itself after the last post: retry on a stale button
		new WebDriverWait(driver, Duration.ofSeconds(10)).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
			.until(d -> {
				d.findElement(By.cssSelector("form[action='/logout'] button")).click();
				return true;
			});
		new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.findElements(By.id("username")).size() > 0);
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
