package org.perfdesk.browser;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDateTime;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.perfdesk.DemoYear;
import org.perfdesk.browser.EvaluationPages.ScoredLine;
import org.perfdesk.browser.MonitoringPages.Line;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A year in the life of one project, told as the clerk of the 共青团示例市委员会 would tell it: in
 * January she registers a new project and declares its 绩效目标; the department's reviewer
 * sends it back with an opinion, she corrects it, the department and then the finance
 * bureau (财政局) approve it. Through the year she records what was spent each month. In
 * August the finance bureau opens the 绩效运行监控 round for January to July; she fills the
 * project's 监控表, which the department and the finance bureau review. In December she
 * records the last months, and in January of the next year, the year being over, she
 * fills the project's 绩效自评表, which both reviewers approve.
 * <p>
 * The year has to pass for that: the application reads the date from its {@link Clock},
 * and this test gives it a {@link MovableClock} that starts on 6 January of this year
 * (the demo city is loaded as of that day, with last year's data complete and nothing
 * spent yet this year) and is moved forward between the chapters. Self-evaluation opens
 * only for an ended year, monthly figures cannot be recorded for a month not yet begun,
 * so there is no other honest way through. Its own Spring context, then, not the one of
 * {@link BrowserTests}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ExtendWith(Browser.class)
class ProjectLifecycleBrowserTests {

	static final int YEAR = DemoYear.current();

	static final MovableClock CALENDAR = new MovableClock(LocalDateTime.of(YEAR, 1, 6, 9, 0));

	static final String PROJECT = "青少年网络素养提升行动";

	static final String CODE = "YL" + YEAR + "-31";

	/** The application's clock, which this test moves. */
	@TestConfiguration(proxyBeanMethods = false)
	static class TheYear {

		@Bean
		@Primary
		Clock movableClock() {
			return CALENDAR;
		}

	}

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
			// every page of the story ran its scripts under the Content-Security-Policy,
			// with nothing refused
			session.close();
		}
	}

	@Test
	void aProjectGoesThroughItsWholeYear() throws Exception {
		// January: the budget is known, the project is registered and its target declared
		// and approved
		theClerkRegistersTheProject();
		theClerkDeclaresItsTarget();
		theDepartmentReturnsItWithAnOpinion();
		theClerkCorrectsItAndSubmitsAgain();
		theDepartmentAndTheFinanceBureauApproveIt();

		// early August: seven months of spending, and the finance bureau's mid-year
		// monitoring
		CALENDAR.travelTo(LocalDateTime.of(YEAR, 8, 3, 9, 30));
		theClerkRecordsWhatWasSpentUntilJuly();
		theFinanceBureauOpensTheMonitoringRound();
		theClerkFillsTheMonitoringReport();
		theDepartmentAndTheFinanceBureauReviewTheReport();

		// the end of December: the last months' spending
		CALENDAR.travelTo(LocalDateTime.of(YEAR, 12, 28, 15, 0));
		theClerkRecordsTheRestOfTheYear();

		// January of the next year: the year is over, the project is self-evaluated
		CALENDAR.travelTo(LocalDateTime.of(YEAR + 1, 1, 12, 9, 0));
		theClerkEvaluatesTheYear();
		theDepartmentAndTheFinanceBureauApproveTheEvaluation();
	}

	/**
	 * 项目库 → 登记项目: 8 万元 of this year's appropriation; the workbench then asks for the
	 * project's target.
	 */
	void theClerkRegistersTheProject() throws Exception {
		Workbench home = session.login("filler");
		assertThat(home.title()).isEqualTo(YEAR + " 年度绩效管理流程");
		session.goTo("项目库");
		ProjectForm form = new ProjectList(session).registerNew();
		assertThat(form.title()).isEqualTo("登记项目（" + YEAR + " 年度）");
		ProjectPage project = form.code(CODE)
			.name(PROJECT)
			.manager("李晓青")
			.type("一次性")
			.fiscalAppropriation("8")
			.purpose("面向全市中小学生开展网络素养宣讲和家长课堂，提升青少年安全文明上网能力。")
			.register();
		assertThat(project.name()).isEqualTo(PROJECT);
		assertThat(project.total()).isEqualTo("8.00");
		assertThat(project.history()).contains("项目名称", PROJECT);
		assertThat(home.open().todos()).contains("为项目“" + PROJECT + "”填报绩效目标（预算 8.00 万元）");
	}

	/**
	 * The to-do opens the form with a row for each required category; she fills the six
	 * indicators (100 points), the 资金支出计划, lets 检查 run the rules, saves the draft and
	 * submits it.
	 */
	void theClerkDeclaresItsTarget() throws Exception {
		new Workbench(session).todo("为项目“" + PROJECT + "”填报绩效目标").follow();
		TargetForm form = new TargetForm(session);
		assertThat(form.title()).contains(YEAR + " 年度");
		form.annualObjective("全年开展青少年网络素养宣讲不少于30场，学生网络安全知识测试合格率不低于90%，参加家长课堂的家长亲子上网沟通改善比例不低于80%。")
			.fiscalFunds("8")
			.spendingPlan("20", "50", "75", "100")
			.indicator(0, "项目总成本", "≤8万元", "10", "不超预算得10分，每超1%扣1分")
			.indicator(1, "网络素养宣讲场次", "≥30场", "30", "完成值/指标值×30分，最高30分")
			.indicator(2, "学生网络安全知识测试合格率", "≥90%", "20", "达到指标值得20分，每低1个百分点扣2分")
			.indicator(3, "宣讲完成时间", "11月底前", "10", "按期完成得10分，每延期1个月扣3分")
			.indicator(4, "家长亲子上网沟通改善比例", "≥80%", "20", "完成值/指标值×20分，最高20分")
			.indicator(5, "学生和家长满意度", "≥90%", "10", "达到指标值得10分，每低1个百分点扣1分");
		assertThat(form.weightTotal()).isEqualTo("100");
		assertThat(form.check()).contains("检查完毕，未发现问题");
		session.screenshot("lifecycle-01-target-form");

		TargetPage target = form.save().waitForStatus("草稿");
		assertThat(target.indicators()).contains("网络素养宣讲场次", "≥30场", "家长亲子上网沟通改善比例", "≥80%");
		assertThat(target.findings()).contains("未发现问题");
		assertThat(target.spendingPlan()).contains("20%", "50%", "75%", "100%");
		target.submit().waitForStatus("待部门审核");
		assertThat(target.editable()).isFalse();
		session.logout();
	}

	/**
	 * The league's reviewer (团市委财务) finds it among the to-dos and returns it: 30 sessions
	 * are too few.
	 */
	void theDepartmentReturnsItWithAnOpinion() throws Exception {
		session.login("reviewer").todo("审核绩效目标：" + CODE + " " + PROJECT + " 绩效目标").follow();
		TargetPage target = new TargetPage(session);
		assertThat(target.status()).isEqualTo("待部门审核");
		assertThat(target.reviewable()).isTrue();
		target.returnWith("请将宣讲场次提高至不少于40场，与团市委年度工作要点一致。", "良", "中").waitForStatus("已退回");
		session.logout();
	}

	/**
	 * The clerk reads the opinion at the top of the target, raises the objective and the
	 * value, saves, submits.
	 */
	void theClerkCorrectsItAndSubmitsAgain() throws Exception {
		Workbench home = session.login("filler");
		home.todo("绩效目标被退回：" + CODE + " " + PROJECT + " 绩效目标，请按审核意见修改后重新提交").follow();
		TargetPage target = new TargetPage(session);
		assertThat(target.status()).isEqualTo("已退回");
		assertThat(target.returnOpinion()).contains("不少于40场", "适当性 中");
		session.screenshot("lifecycle-02-target-returned");
		target = target.edit()
			.annualObjective("全年开展青少年网络素养宣讲不少于40场，学生网络安全知识测试合格率不低于90%，参加家长课堂的家长亲子上网沟通改善比例不低于80%。")
			.changeValue("≥30场", "≥40场")
			.save();
		assertThat(target.indicatorsShowing("≥40场")).doesNotContain("≥30场");
		assertThat(target.annualObjective()).contains("不少于40场");
		target.submit().waitForStatus("待部门审核");
		session.logout();
	}

	/**
	 * The department approves, and then the finance bureau: 已批复, with the whole review
	 * trail.
	 */
	void theDepartmentAndTheFinanceBureauApproveIt() throws Exception {
		session.login("reviewer").todo("审核绩效目标：" + CODE + " " + PROJECT).follow();
		new TargetPage(session).approve("修改后目标明确、指标量化，同意报财政审核。", "优", "良").waitForStatus("待财政审核");
		session.logout();

		Workbench home = session.login("finance");
		home.todo("审核绩效目标：" + CODE + " " + PROJECT).follow();
		TargetPage target = new TargetPage(session).approve("予以批复。", "良", "良").waitForStatus("已批复");
		assertThat(target.reviews()).contains("部门审核", "财政审核", "退回", "通过", "不少于40场", "予以批复");
		session.fullPage("lifecycle-03-target-approved");
		session.logout();
	}

	/**
	 * 预算执行: on the project's page she records the months in which something was paid,
	 * April and July.
	 */
	void theClerkRecordsWhatWasSpentUntilJuly() throws Exception {
		session.login("filler");
		session.goTo("预算执行");
		var overview = new ExecutionPages.Overview(session);
		assertThat(overview.line(PROJECT)).contains("8.00");
		var project = overview.projectNamed(PROJECT);
		assertThat(project.title()).isEqualTo(CODE + " " + PROJECT);
		project.record(4, "2.2").record(7, "2.6");
		assertThat(project.month(4)).contains("2.20", "27.50%");
		assertThat(project.month(7)).contains("2.60", "4.80", "60.00%");
		// 4.80 of 8.00 万元 spent: 执行率 60%, not behind the calendar
		assertThat(project.budgetTotal()).contains("8.00", "4.80", "60.00%");
		assertThat(project.progress()).contains("正常");
		assertThat(project.chartDrawn()).isTrue();
		session.fullPage("lifecycle-04-execution-july");
		session.logout();
	}

	/**
	 * 财政局 opens the round on January to July, to be reported by 15 August; the project is
	 * on its list.
	 */
	void theFinanceBureauOpensTheMonitoringRound() throws Exception {
		session.login("finance");
		session.goTo("运行监控");
		var rounds = new MonitoringPages.Rounds(session);
		assertThat(rounds.rounds()).contains("本年度尚未发起绩效运行监控");
		var round = rounds.openRound(7, YEAR + "-08-15");
		assertThat(round.title()).isEqualTo(YEAR + " 年 1–7 月 绩效运行监控");
		Line line = round.line(PROJECT);
		// 60% spent by the end of July against 58.33% of the year gone and 58.33%
		// planned: green
		assertThat(line.light()).isEqualTo("GREEN");
		assertThat(line.text()).contains("未填报", "60.00%");
		assertThat(round.reminders()).contains("共青团示例市委员会");
		session.logout();
	}

	/**
	 * The workbench tells the clerk to fill the 监控表 by the deadline. One indicator is in
	 * doubt (the parents' classes stopped over the summer): 有可能, with its cause and what
	 * is done about it; then she submits.
	 */
	void theClerkFillsTheMonitoringReport() throws Exception {
		Workbench home = session.login("filler");
		home.todo("填写绩效运行监控表（" + YEAR + " 年 1–7 月，" + YEAR + "-08-15 前报送）：" + CODE + " " + PROJECT).follow();
		var report = new MonitoringPages.Report(session);
		assertThat(report.title()).isEqualTo(CODE + " " + PROJECT + " 项目支出绩效目标执行监控表");
		assertThat(report.status()).isEqualTo("未填报");
		assertThat(report.funds()).contains("8.00", "4.80", "60.00%", "正常");
		assertThat(report.rows()).isEqualTo(6);
		report.progress("1–7月已开展网络素养宣讲18场，覆盖学生6200人次；家长课堂受暑期影响暂停，下半年集中开展。")
			.indicator(0, "已支出4.8万元", "7.8万元", "确定能")
			.indicator(1, "18场", "42场", "确定能")
			.indicator(2, "92%", "92%", "确定能")
			.indicator(3, "按计划推进", "11月底前完成", "确定能")
			.indicator(4, "70%", "75%", "有可能")
			.deviation(4, "人员保障", "暑期家长课堂讲师不足，部分场次推迟，家长参与偏少。", "联合市妇联家庭教育讲师团补充讲师，9–11月每周增开2场。")
			.indicator(5, "暂未开展调查", "90%", "确定能");
		report.save();
		assertThat(report.message()).contains("监控表已保存");
		assertThat(report.status()).isEqualTo("草稿");
		assertThat(report.indicators()).contains("有可能", "人员保障", "联合市妇联家庭教育讲师团补充讲师");
		report.submit();
		session.fullPage("lifecycle-05-monitoring-report");
		session.logout();
	}

	/**
	 * The department approves the 监控表, the finance bureau too, and records its decision:
	 * 继续执行.
	 */
	void theDepartmentAndTheFinanceBureauReviewTheReport() throws Exception {
		session.login("reviewer").todo("审核绩效运行监控表：" + CODE + " " + PROJECT).follow();
		var report = new MonitoringPages.Report(session);
		assertThat(report.reviewable()).isTrue();
		report.approve("同意。请抓紧落实家长课堂补充讲师。").waitForStatus("待财政审核");
		session.logout();

		session.login("finance").todo("审核绩效运行监控表：" + CODE + " " + PROJECT).follow();
		report = new MonitoringPages.Report(session).approve("同意。").waitForStatus("已审核");
		report.decide("继续执行", "执行进度正常，继续执行；家长课堂请在9月底前补足场次。");
		assertThat(report.decision()).contains("继续执行", "家长课堂请在9月底前补足场次");
		assertThat(report.reviews()).contains("部门审核", "财政审核", "请抓紧落实家长课堂补充讲师");

		// the round's list: the project reported, in doubt on one indicator and short of
		// it by the projection
		session.goTo("运行监控");
		var round = new MonitoringPages.Rounds(session).first();
		Line line = round.line(PROJECT);
		assertThat(line.text()).contains("已审核", "继续执行", "有可能", "1 项预计未达标");
		assertThat(round.submittedCount()).isEqualTo("1");
		session.fullPage("lifecycle-06-monitoring-round");
		session.logout();
	}

	/** October and December: 7.60 of 8.00 万元 spent in the year, 95%. */
	void theClerkRecordsTheRestOfTheYear() throws Exception {
		session.login("filler");
		var project = ExecutionPages.Overview.open(session).projectNamed(PROJECT);
		project.record(10, "1.8").record(12, "1.0");
		assertThat(project.month(10)).contains("1.80", "6.60", "82.50%");
		assertThat(project.month(12)).contains("1.00", "7.60", "95.00%");
		assertThat(project.budgetTotal()).contains("8.00", "7.60", "95.00%");
		session.screenshot("lifecycle-07-execution-december");
		session.logout();
	}

	/**
	 * In the new year the workbench offers last year's self-evaluation. The table brings
	 * the year's spending from 预算执行 and the indicators from the approved target; she
	 * enters what was achieved (one indicator short, so explained), scores the deadline
	 * indicator herself, saves, checks the arithmetic and submits.
	 */
	void theClerkEvaluatesTheYear() throws Exception {
		Workbench home = session.login("filler");
		assertThat(home.title()).isEqualTo((YEAR + 1) + " 年度绩效管理流程");
		// the to-do switches the header to the ended year and opens 绩效自评
		home.todo("开展 " + YEAR + " 年度项目绩效自评：" + CODE + " " + PROJECT).follow();
		var list = new EvaluationPages.YearList(session).waitForYear(YEAR);
		assertThat(list.pending()).contains(PROJECT);

		EvaluationPages.Form form = list.start(PROJECT);
		form.executionReason("部分宣讲物料费用未达结算条件，结余0.4万元按规定收回。")
			.completion("全年开展网络素养宣讲41场，学生网络安全知识测试合格率93%；家长亲子上网沟通改善比例72%，略低于目标。");
		var rows = form.rows();
		assertThat(rows).hasSize(6);
		assertThat(rows.get(1).target()).isEqualTo("≥40场");
		rows.get(0).actual("7.6万元");
		rows.get(1).actual("41场");
		rows.get(2).actual("93%");
		// a 时限 indicator: the rules do not score dates, so the clerk scores it with her
		// reason
		rows.get(3).actual("11月20日全部完成").score(rows.get(3).weight()).scoreReason("11月20日完成全部宣讲，早于计划。");
		// 72% against 80%: scored in proportion, so the deviation must be explained
		rows.get(4).actual("72%").reason("暑期家长课堂讲师不足，课堂次数少于计划。改进措施：建立家庭教育讲师储备库，提前排课。");
		rows.get(5).actual("95%");
		String benefitWeight = rows.get(4).weight();
		session.screenshot("lifecycle-08-evaluation-form");

		EvaluationPages.Sheet sheet = form.save();
		assertThat(sheet.status()).isEqualTo("草稿");
		assertThat(sheet.title()).isEqualTo(YEAR + " 年度项目支出绩效自评表");
		// the objective and the indicators are those of the approved target, as corrected
		// after the return
		assertThat(sheet.table()).contains("不少于40场", "≥40场");
		assertThat(sheet.funds()).contains("8.00", "7.60", "95.00%");
		// 95% spent earns 9.50 of the 10 points for 预算执行
		assertThat(sheet.executionScore()).isEqualTo("9.50");
		assertThat(sheet.executionExplanation()).contains("执行率 95.00%");
		var scored = sheet.indicators();
		assertThat(scored).hasSize(6);
		BigDecimal expected = new BigDecimal(benefitWeight).multiply(new BigDecimal("0.9"))
			.setScale(2, RoundingMode.HALF_UP);
		ScoredLine benefit = scored.get(4);
		assertThat(benefit.score()).isEqualTo(expected.toPlainString());
		assertThat(benefit.explanation()).contains("÷", "×").endsWith("= " + expected.toPlainString() + " 分");
		assertThat(benefit.text()).contains("家庭教育讲师储备库");
		assertThat(scored.get(3).text()).contains("手工评分");
		BigDecimal sum = new BigDecimal(sheet.executionScore());
		for (ScoredLine line : scored) {
			sum = sum.add(new BigDecimal(line.score()));
		}
		BigDecimal total = new BigDecimal(sheet.total());
		assertThat(total).isEqualByComparingTo(sum);
		// everything else in full: 100 less 0.50 for the spending and 1.80 for the
		// parents' classes
		assertThat(sheet.total()).isEqualTo("97.70");
		assertThat(sheet.grade()).isEqualTo("等级：优");
		assertThat(sheet.blocked()).isFalse();
		sheet.submit();
		assertThat(sheet.editable()).isFalse();
		session.screenshot("lifecycle-09-evaluation-submitted");
		session.logout();
	}

	/**
	 * The reviewer's to-do names the total; the department approves, then the finance
	 * bureau: 已批复.
	 */
	void theDepartmentAndTheFinanceBureauApproveTheEvaluation() throws Exception {
		Workbench.Todo todo = session.login("reviewer").todo("审核项目自评表：" + CODE + " " + PROJECT);
		String total = todo.text().replaceAll(".*总分 ([0-9.]+).*", "$1");
		todo.follow();
		var sheet = new EvaluationPages.Sheet(session);
		assertThat(sheet.total()).isEqualTo(total);
		assertThat(sheet.reviewable()).isTrue();
		sheet.approve("自评依据充分，同意。").waitForStatus("待财政审核");
		session.logout();

		session.login("finance").todo("审核项目自评表：" + CODE + " " + PROJECT).follow();
		sheet = new EvaluationPages.Sheet(session).approve("予以确认。").waitForStatus("已批复");
		assertThat(sheet.reviews()).contains("部门审核", "财政审核", "自评依据充分", "予以确认");
		assertThat(sheet.editable()).isFalse();
		session.fullPage("lifecycle-10-evaluation-approved");

		// the year's list, as the finance bureau reads it: the project approved with its
		// total and grade
		var year = EvaluationPages.YearList.open(session).switchToEnded().waitForYear(YEAR);
		assertThat(year.line(PROJECT)).contains("已批复", "97.70", "优");
		session.logout();
	}

}
