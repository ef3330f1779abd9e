package org.perfdesk.browser;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.openqa.selenium.By;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.perfdesk.DemoYear;
import org.perfdesk.PerfDeskApplication;
import org.perfdesk.browser.EvaluationPages.ScoredLine;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Real headless chromium against the running application: what a 填报人 and an administrator
 * see. Screenshots go to {@code target/screenshots/} so a person can check that Chinese
 * text is rendered (not boxes). The tests speak through the page objects of this package
 * ({@link Session} and one class per page).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ExtendWith(Browser.class)
class BrowserTests {

	@LocalServerPort
	int port;

	Session session;

	@BeforeEach
	void open() {
		session = Session.start(port);
	}

	@AfterEach
	void close() {
		if (session != null) {
			// every page of the test ran its scripts under the policy, with nothing
			// refused
			session.close();
		}
	}

	@Test
	void pagesWorkUnderTheContentSecurityPolicyWithoutInlineHandlers() throws Exception {
		session.login("admin");
		// the fiscal-year select submits its form on change (data-submit-on-change in
		// perfdesk.js)
		var years = session.fiscalYears();
		session.chooseFiscalYear(years.get(years.size() - 1));
		// deactivating a unit asks first (data-confirm); answering no sends nothing
		session.goTo("组织管理");
		var palace = new OrganisationPages.Units(session).manage("示例市青少年宫");
		var question = palace.deactivate();
		assertThat(question.getText()).contains("确定停用");
		question.dismiss();
		// still active: the page was not sent anywhere and offers to deactivate as before
		assertThat(palace.offersToDeactivate()).isTrue();
		assertThat(palace.offersToReactivate()).isFalse();
		// the interface description (Swagger UI) renders under the same policy
		assertThat(ApiDocs.open(session).operations()).isPositive();
	}

	@Test
	void aFillerLogsInSeesTheCycleAndOpensAProjectWithItsHistory() throws Exception {
		Workbench home = session.login("filler");
		assertThat(session.currentUrl()).endsWith("/");
		assertThat(home.cycle()).contains("目标申报", "审核", "运行监控", "绩效自评", "报告");
		// the demo has returned one of the league's targets: the filler is told to
		// correct it
		assertThat(home.todos()).contains("绩效目标被退回", "纪念五四系列活动");
		// ECharts draws the budget chart on a canvas; the same numbers stand in the table
		// beside it
		assertThat(home.budgetChartDrawn()).isTrue();
		assertThat(home.budgetTable()).contains("西部计划地方项目");
		Path homeShot = session.screenshot("filler-home");

		session.goTo("项目库");
		var projects = new ProjectList(session);
		assertThat(projects.table()).contains("青年志愿者行动").doesNotContain("妇女儿童权益保障");
		session.screenshot("filler-projects");

		ProjectPage project = projects.open("青年志愿者行动");
		assertThat(project.name()).isEqualTo("青年志愿者行动");
		// the history is loaded by htmx after the page: history() waits for it
		assertThat(project.history()).contains("项目名称", "青年志愿者行动");
		Path projectShot = session.screenshot("filler-project");

		assertThat(Files.size(homeShot)).isGreaterThan(10_000);
		assertThat(Files.size(projectShot)).isGreaterThan(10_000);
	}

	@Test
	void aFillerCorrectsABadAmountInTheForm() throws Exception {
		session.login("palace");
		ProjectForm form = ProjectForm.open(session)
			.code("UI-1")
			.name("少儿科技节")
			.manager("唐小北")
			.type("一次性")
			.fiscalAppropriation("三万")
			.purpose("举办少儿科技作品展和科普讲座。")
			.registerWithMistakes();
		assertThat(form.errors()).contains("当年财政拨款须为数字");
		session.screenshot("palace-form-error");

		ProjectPage project = form.fiscalAppropriation("3").register();
		assertThat(project.total()).isEqualTo("3.00");
	}

	@Test
	void theAdministratorSeesTheOrganisationTree() throws Exception {
		session.login("admin");
		session.goTo("组织管理");
		assertThat(new OrganisationPages.Units(session).tree()).contains("示例市财政局", "共青团示例市委员会", "示例市青少年宫", "示例市青少年服务中心",
				"示例市妇女联合会");
		session.screenshot("admin-units");

		session.goTo("操作日志");
		var log = new AuditLog(session);
		assertThat(log.table()).contains("主管部门");
		// the filter reloads the table through htmx; unit lines carry their kind (主管部门),
		// and once the filter has
		// been applied only account lines are left
		log.showOnly("账号");
		assertThat(log.table()).doesNotContain("主管部门").contains("新增", "用户名", "角色", "filler2");
		session.screenshot("admin-audit");
	}

	@Test
	void aTargetIsDeclaredSubmittedReturnedCorrectedAndApproved() throws Exception {
		session.login("filler");
		// a new project without a target
		ProjectForm.open(session)
			.code("UI-T-1")
			.name("青年讲师团基层宣讲")
			.manager("范晓东")
			.type("一次性")
			.fiscalAppropriation("6")
			.purpose("组建青年讲师团深入社区和学校宣讲。")
			.register();

		TargetForm form = TargetList.undeclared(session).declareFor("青年讲师团基层宣讲").annualObjective("全年开展基层宣讲，覆盖社区和中小学校。");
		// the form starts with one row per required level-2 category of the scheme: 成本,
		// 数量, 质量, 时效, 社会效益, 满意度
		form.indicator(0, "宣讲活动总成本", "≤6万元", "10", "不超预算得10分，每超1%扣1分")
			.indicator(1, "宣讲场次", "≥40场", "30", "完成值/指标值×30分，最高30分")
			.indicator(2, "宣讲对象覆盖学校数", "≥20所", "10", "完成值/指标值×10分，最高10分")
			.indicator(3, "宣讲完成时间", "11月底前", "10", "按期完成得10分，每延期1个月扣3分")
			.indicator(4, "听众知识测评正确率提升", "≥10%", "30", "达到指标值得30分，每低1个百分点扣3分");
		// the satisfaction row comes from the catalogue in one click instead
		form.removeRow(5);
		var satisfaction = form.pickFromCatalogue("服务对象满意度", "SERVICE_SATISFACTION");
		assertThat(satisfaction.name()).contains("满意");
		satisfaction.weight("10");
		assertThat(form.weightTotal()).isEqualTo("100");
		// 检查 runs the rules on the form as it stands, new catalogue row included, without
		// saving
		assertThat(form.check()).doesNotContain("须改正后才能提交").doesNotContain("须先改正");
		session.screenshot("target-form");

		TargetPage target = form.save().waitForStatus("草稿");
		assertThat(target.indicators()).contains("宣讲场次", "≥40场", "满意");
		String targetUrl = session.currentUrl();
		target.submit().waitForStatus("待部门审核");
		session.logout();

		session.login("reviewer");
		session.openUrl(targetUrl);
		new TargetPage(session).returnWith("请把宣讲场次提高到不少于50场，与上年实际完成数相当。", "良", "中").waitForStatus("已退回");
		session.logout();

		session.login("filler");
		session.openUrl(targetUrl);
		target = new TargetPage(session);
		assertThat(target.returnOpinion()).contains("不少于50场");
		session.screenshot("target-returned");
		target = target.edit().changeValue("≥40场", "≥50场").save();
		target.indicatorsShowing("≥50场");
		target.submit().waitForStatus("待部门审核");
		session.logout();

		session.login("reviewer");
		session.openUrl(targetUrl);
		new TargetPage(session).approve("同意。", "优", "良").waitForStatus("待财政审核");
		session.logout();

		session.login("finance");
		session.openUrl(targetUrl);
		target = new TargetPage(session).approve("予以批复。", "良", "良").waitForStatus("已批复");
		assertThat(target.reviews()).contains("退回", "不少于50场", "财政审核");
		session.screenshot("target-approved");

		// the finance bureau's overview: every status of the year, and the league's
		// department target
		TargetList targets = TargetList.open(session);
		assertThat(targets.projectTargets()).contains("青年讲师团基层宣讲", "已批复", "待财政审核");
		session.screenshot("targets-finance");
		assertThat(targets.department("共青团示例市委员会").keyTasks()).contains("金额合计");
		session.screenshot("target-department");
		session.open("/catalogue");
		assertThat(session.pageSource()).contains("财政通用指标库");
		session.screenshot("catalogue");
	}

	@Test
	void theReviewerSeesExecutionWithItsLightsAndCharts() throws Exception {
		session.login("reviewer");
		session.goTo("预算执行");
		var overview = new ExecutionPages.Overview(session);
		String table = overview.table();
		// the demo keeps some projects far behind the time line: they are red ("滞后")
		assertThat(table).contains("共青团示例市委员会", "示例市青少年宫", "合计");
		if (LocalDate.now(PerfDeskApplication.ZONE).getMonthValue() > 1) {
			assertThat(table).contains("滞后", "正常");
		}
		assertThat(overview.rankingChartDrawn()).isTrue();
		session.screenshot("execution-overview");
		var project = overview.project("YL" + DemoYear.current() + "-03 预防青少年违法犯罪专项");
		assertThat(project.chartDrawn()).isTrue();
		assertThat(project.chartTable()).contains("累计执行数", "1 月");
		session.screenshot("execution-project");
		var league = ExecutionPages.Departments.open(session).department("共青团示例市委员会");
		assertThat(league.summary()).contains("基本支出");
		session.screenshot("execution-department");
	}

	@Test
	void theDepartmentSeesTheMonitoringRoundWithItsRedItemsFirstAndTheChart() throws Exception {
		Assumptions.assumeTrue(LocalDate.now(PerfDeskApplication.ZONE).getMonthValue() > 1,
				"the demo opens the current year's round only once a month of the year is over");
		session.login("reviewer");
		session.goTo("运行监控");
		var round = new MonitoringPages.Rounds(session).first();
		var lines = round.lines();
		assertThat(lines).isNotEmpty();
		assertThat(lines.get(0).light()).isEqualTo("RED");
		assertThat(lines.get(0).text()).contains("滞后");
		// the demo's slow project is among the red lines (another test of this class may
		// add a red one of its own)
		assertThat(lines).anySatisfy(line -> {
			assertThat(line.light()).isEqualTo("RED");
			assertThat(line.text()).contains("青年就业创业扶持");
		});
		assertThat(round.rateChartDrawn()).isTrue();
		assertThat(round.rateTable()).contains("执行率");
		assertThat(round.reminders()).isNotBlank();
		session.screenshot("monitoring-round");
		assertThat(round.firstReport().indicators()).contains("完成目标可能性");
		session.screenshot("monitoring-report");
	}

	@Test
	void theLeaguesFillerFinishesTheDraftedReportWithAProposedParagraphAndAWrongFigureIsFound() throws Exception {
		int previous = org.perfdesk.DemoYear.current() - 1;
		session.login("filler");
		ReportPages.Editor report = ReportPages.YearList.open(session, previous).view("共青团示例市委员会");
		assertThat(report.title()).isEqualTo(previous + "年度部门整体支出绩效自评报告");
		assertThat(report.status()).isEqualTo("草稿");
		assertThat(report.generated("三公经费")).contains("“三公”经费支出情况（单位：万元）", "公务接待费", "合计");
		assertThat(report.findings()).contains("未发现数字错误");
		session.fullPage("report-editor");
		// the box keeps what was typed and gets the proposal after it
		report.write("存在的问题", "一是个别项目启动偏晚。");
		String proposal = report.proposal("存在的问题");
		report.takeProposal("存在的问题");
		assertThat(report.narrative("存在的问题")).startsWith("一是个别项目启动偏晚。").endsWith(proposal.strip());
		report.write("其他说明", "全年基本支出 1.00 万元。");
		report = report.save();
		assertThat(report.version()).isEqualTo("第 2 版");
		assertThat(report.findings()).contains("错误：", "“其他说明”中写的“支出 1.00 万元”");
		session.fullPage("report-finding");
	}

	@Test
	void theLeaguesFillerGroupsProjectsIntoASpecialFundAndGetsItsReportByWorkLine() throws Exception {
		int previous = org.perfdesk.DemoYear.current() - 1;
		session.login("filler");
		ReportPages.Editor report = ReportPages.YearList.open(session, previous, "SPECIAL_FUND")
			.createFund("团员教育专项资金", "用于团员和青年的主题教育。", "YL" + previous + "-04", "YL" + previous + "-06");
		assertThat(report.title()).isEqualTo(previous + "年度专项资金绩效自评报告");
		assertThat(report.generated("资金支出")).contains("专项资金支出情况（单位：万元）", "合计", "2 个项目");
		assertThat(report.generated("分项绩效")).contains("（一）", "（二）");
		assertThat(report.findings()).contains("未发现数字错误");
		session.fullPage("fund-report");
		// the list of the year now holds the new fund beside the demo one
		ReportPages.YearList list = ReportPages.YearList.open(session, previous, "SPECIAL_FUND");
		assertThat(list.table()).contains("团员教育专项资金");
	}

	@Test
	void theLeaguesFillerExportsLastYearsDisclosurePackAndWatchesItsProgress() throws Exception {
		session.login("filler");
		var form = PublicationPages.Form.open(session);
		var progress = form.start(DemoYear.current() - 1, "FINAL", "DOCX");
		// the page follows the job in the background (htmx every 2 s) until it is done
		List<String> seen = progress.watchUntilFinished(java.time.Duration.ofMinutes(2));
		progress.waitUntilTheBarIsFull();
		session.fullPage("publication-done");
		assertThat(progress.status()).isEqualTo("已完成");
		assertThat(seen).last().isEqualTo("100%");
		assertThat(progress.counts()).matches("已生成 (\\d+) / \\1 个文件.*");
		assertThat(progress.downloadLabel()).contains("决算公开包", "共青团示例市委员会", ".zip");
		List<String> entries = progress.downloadedEntries();
		assertThat(entries).contains("目录.txt");
		assertThat(entries).anyMatch(n -> n.contains("部门整体支出绩效自评表") && n.endsWith(".docx"));
		assertThat(entries).noneMatch(n -> n.endsWith(".pdf") || n.endsWith(".xlsx"));
		// and the list of 我的导出 shows it finished
		assertThat(PublicationPages.Form.open(session).exports()).anyMatch(r -> r.contains("已完成"));
	}

	@Test
	void aFillerImportsAPublishedSelfEvaluationSeesItsWrongRateCorrectsAndArchivesIt() throws Exception {
		Path fixture;
		try (var files = Files.list(Path.of("src/test/resources/importing/fixtures"))) {
			fixture = files.filter(f -> f.getFileName().toString().endsWith("-rate-mismatch.md"))
				.findFirst()
				.orElseThrow();
		}
		session.login("filler");
		var preview = ImportPages.Upload.open(session).read(fixture);
		assertThat(preview.findings()).contains("RATE_MISMATCH", "执行率：表中为 98.00%");
		assertThat(preview.indicators()).contains("参训青年人数", "≥600人", "652人");
		assertThat(preview.marks()).contains("项目名称=青年就业见习培训专项", "全年预算数=118.5", "三级指标=参训青年人数");
		session.fullPage("import-preview");
		var archive = preview.correctUnit("某市青年就业创业服务中心").archive();
		assertThat(archive.table()).contains("-rate-mismatch.md", "某市青年就业创业服务中心", "RATE_MISMATCH");
		assertThat(archive.filterByCode("MISSED_BUT_FULL").table()).doesNotContain("-rate-mismatch.md");
		assertThat(archive.filterByCode("RATE_MISMATCH").table()).contains("-rate-mismatch.md");
		session.fullPage("import-archive");
	}

	@Test
	void aFillerStartsAProjectTargetFromAnImportedTargetTableAndSavesItAsADraft() throws Exception {
		int year = DemoYear.current();
		session.login("filler");
		// a project of this year without a target, as one is in January
		session.goTo("项目库");
		String code = "YL" + year + "-77";
		new ProjectList(session).registerNew()
			.code(code)
			.name("青年志愿服务能力提升")
			.manager("周青")
			.type("一次性")
			.fiscalAppropriation("36")
			.purpose("培训青年志愿者骨干，提升志愿服务规范化水平。")
			.register();
		Path table;
		try (var files = Files.list(Path.of("src/test/resources/importing/fixtures"))) {
			table = files.filter(f -> f.getFileName().toString().endsWith("-project-target-application.md"))
				.findFirst()
				.orElseThrow();
		}
		Path file = Files.createTempDirectory("import").resolve("绩效目标申报表.md");
		Files.writeString(file, Files.readString(table).replace("2024年度", year + "年度"));
		var preview = ImportPages.Upload.open(session).read(file);
		assertThat(preview.indicators()).contains("培训志愿者骨干人数", "≥300人");
		TargetForm form = preview.startProjectTarget(code + " 青年志愿服务能力提升");
		assertThat(session.text(By.cssSelector("[role=status]"))).contains("已带入导入文书中的 6 个指标");
		TargetPage target = form.annualObjective("培训志愿者骨干，提升志愿服务规范化水平。").save();
		assertThat(target.status()).isEqualTo("草稿");
		assertThat(target.indicators()).contains("培训志愿者骨干人数", "≥300人", "参训志愿者满意度", "≥90%");
		session.fullPage("import-target-draft");
	}

	@Test
	void aFormPagePrintsItsTablesWithoutTheNavbarButtonsAndForms() throws Exception {
		session.login("filler");
		TargetPage target = TargetList.open(session).firstProject();
		// the 打印 button opens the browser's print dialog (data-print in print.js)
		assertThat(session.print()).isEqualTo(1);
		// what the print stylesheet leaves on A4 portrait: the title and the tables, not
		// the navbar, buttons or forms
		Session.Paper paper = session.printed("target-printed");
		assertThat(paper.width()).isCloseTo(595.3f, org.assertj.core.api.Assertions.within(2f));
		assertThat(paper.text()).contains(flat(target.title()), flat(target.firstIndicatorCell()), "绩效指标")
			.doesNotContain("预算年度", "退出", "导出Excel", "导出PDF", "打印", "预算绩效管理系统", "PerfDesk");
	}

	@Test
	void theMonitoringReportPrintsItsIndicatorsButNotItsForms() throws Exception {
		Assumptions.assumeTrue(LocalDate.now(PerfDeskApplication.ZONE).getMonthValue() > 1,
				"the demo opens the current year's round only once a month of the year is over");
		session.login("reviewer");
		session.goTo("运行监控");
		var report = new MonitoringPages.Rounds(session).first().firstReport();
		String indicator = report.firstIndicatorName();
		// the indicators stand in the report's form, which prints (pd-print-keep); the
		// review and decision forms do not
		Session.Paper paper = session.printed("monitoring-report-printed");
		assertThat(paper.text()).contains("绩效指标执行情况", "完成目标可能性", flat(indicator), "审核记录")
			.doesNotContain("下载监控表", "审核意见（退回时必填）", "退回修改", "记录处理决定", "保存", "预算绩效管理系统");
	}

	/** Without white space: a printed cell wraps inside its column. */
	private static String flat(String text) {
		return text.replaceAll("\\s+", "");
	}

	@Test
	void aFillerEvaluatesLastYearsProjectSeesTheScoresWithTheirArithmeticAndSubmits() throws Exception {
		int previous = DemoYear.current() - 1;
		// the 青少年宫's project of the ended year was left without a self-evaluation in the
		// demo
		Workbench home = session.login("palace");
		session.fullPage("palace-home");
		Workbench.Todo todo = home.todo("开展 " + previous + " 年度项目绩效自评");
		assertThat(todo.text()).contains("青少年校外素质教育活动");
		// the to-do switches the header to the ended year and opens 绩效自评
		todo.follow();
		var list = new EvaluationPages.YearList(session).waitForYear(previous);
		assertThat(list.pending()).contains("待自评", "青少年校外素质教育活动");
		session.fullPage("evaluation-list");

		// the form: 实际完成值 for every indicator, one of them short of its target, with its
		// deviation reason
		EvaluationPages.Form form = list.startFirst();
		form.executionReason("部分寒假实践活动的交通费于次年1月结算。").completion("全年开设艺术、科技、体育公益课程，组织寒暑假校外实践活动，课程班次略少于计划。");
		var rows = form.rows();
		assertThat(rows).hasSizeGreaterThan(4);
		int shortRow = -1;
		String shortWeight = null;
		for (EvaluationPages.Row row : rows) {
			String target = row.target();
			String weight = row.weight();
			Matcher number = Pattern.compile("^[≥≤=]?([0-9.]+)(.*)$").matcher(target);
			if (target.contains("底前")) {
				// a 时限 indicator: the rules do not score dates, so the filler scores it
				// with a reason
				row.actual("12月下旬全部完成").score(weight).scoreReason("全部课程和实践活动均按期完成。");
			}
			else if (number.matches() && target.startsWith("≥") && shortRow < 0) {
				// 80% of the target: scored in proportion, so the deviation must be
				// explained
				BigDecimal short_ = new BigDecimal(number.group(1)).multiply(new BigDecimal("0.8"));
				row.actual(short_.stripTrailingZeros().toPlainString() + number.group(2))
					.reason("两名外聘教师年中离职，部分班次停开。改进措施：建立兼职教师储备库，提前一学期排课。");
				shortRow = row.index();
				shortWeight = weight;
			}
			else if (number.matches()) {
				row.actual(number.group(1) + number.group(2));
			}
		}
		assertThat(shortRow).isNotNegative();
		session.fullPage("evaluation-form");

		// the table as on paper: each score with its arithmetic, the total and the grade
		EvaluationPages.Sheet sheet = form.save();
		assertThat(sheet.status()).isEqualTo("草稿");
		var scored = sheet.indicators();
		assertThat(scored).hasSameSizeAs(rows);
		BigDecimal expectedShort = new BigDecimal(shortWeight).multiply(new BigDecimal("0.8"))
			.setScale(2, RoundingMode.HALF_UP);
		ScoredLine shortLine = scored.get(shortRow);
		assertThat(shortLine.score()).isEqualTo(expectedShort.toPlainString());
		assertThat(shortLine.explanation()).contains("÷", "×").endsWith("= " + expectedShort.toPlainString() + " 分");
		assertThat(shortLine.text()).contains("两名外聘教师年中离职");
		BigDecimal sum = new BigDecimal(sheet.executionScore());
		assertThat(sheet.executionExplanation()).contains("执行率");
		for (ScoredLine line : scored) {
			assertThat(line.explanation()).isNotBlank();
			sum = sum.add(new BigDecimal(line.score()));
		}
		BigDecimal total = new BigDecimal(sheet.total());
		assertThat(total).isEqualByComparingTo(sum);
		assertThat(sheet.grade()).isEqualTo("等级：" + grade(total));
		assertThat(sheet.blocked()).isFalse();
		session.fullPage("evaluation-sheet");

		sheet.submit();
		assertThat(sheet.editable()).isFalse();
		session.fullPage("evaluation-submitted");
		session.logout();

		// the finance bureau, still on the running year, switches to the ended one: the
		// demo's tables, graded
		session.login("finance");
		session.fullPage("finance-home");
		var year = EvaluationPages.YearList.open(session).switchToEnded().waitForYear(previous);
		assertThat(year.evaluations()).contains("青少年校外素质教育活动", "待部门审核", "已批复", "待财政审核", "已退回");
		assertThat(year.scoreChartDrawn()).isTrue();
		session.fullPage("evaluation-list-finance");
		// a demo table with a score lowered by hand and an over-achieved indicator, as
		// the finance bureau reads it
		assertThat(year.open("青年志愿者行动").table()).contains("手工调整", "超额完成", "调整理由");
		session.fullPage("evaluation-sheet-adjusted");
	}

	/** 优 from 90, 良 from 80, 中 from 60, otherwise 差. */
	static String grade(BigDecimal total) {
		return total.compareTo(BigDecimal.valueOf(90)) >= 0 ? "优" : total.compareTo(BigDecimal.valueOf(80)) >= 0 ? "良"
				: total.compareTo(BigDecimal.valueOf(60)) >= 0 ? "中" : "差";
	}

}
