package org.perfdesk.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.perfdesk.budget.Project;
import org.perfdesk.budget.ProjectDraft;
import org.perfdesk.budget.ProjectManagement;
import org.perfdesk.budget.ProjectType;
import org.perfdesk.evaluation.department.DepartmentSelfEvaluationManagement;
import org.perfdesk.evaluation.SelfEvaluationManagement;
import org.perfdesk.execution.department.DepartmentFiguresInput;
import org.perfdesk.execution.department.DepartmentFiguresManagement;
import org.perfdesk.execution.ExecutionManagement;
import org.perfdesk.monitoring.MonitoringManagement;
import org.perfdesk.org.AccountManagement;
import org.perfdesk.org.DataScope;
import org.perfdesk.org.OrgDirectory;
import org.perfdesk.org.Role;
import org.perfdesk.org.Unit;
import org.perfdesk.org.UnitKind;
import org.perfdesk.org.UnitManagement;
import org.perfdesk.report.ReportManagement;
import org.perfdesk.shared.Amount;
import org.perfdesk.shared.FiscalYear;
import org.perfdesk.targets.TargetManagement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the demo city when the database has no unit yet. All texts are written for
 * PerfDesk.
 */
@Component
@ConditionalOnProperty(name = "perfdesk.demo.enabled", havingValue = "true")
class DemoData implements SmartLifecycle {

	static final String PASSWORD = AccountManagement.DEMO_PASSWORD;

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	private final OrgDirectory directory;

	private final UnitManagement units;

	private final AccountManagement accounts;

	private final ProjectManagement projects;

	private final TargetManagement targets;

	private final DepartmentFiguresManagement departmentFigures;

	private final ExecutionManagement execution;

	private final MonitoringManagement monitoring;

	private final DepartmentSelfEvaluationManagement departmentEvaluations;

	private final SelfEvaluationManagement evaluations;

	private final ReportManagement reports;

	private final org.perfdesk.report.fund.SpecialFunds funds;

	private final Clock clock;

	private final TransactionTemplate transactions;

	private volatile boolean running;

	DemoData(OrgDirectory directory, UnitManagement units, AccountManagement accounts, ProjectManagement projects,
			TargetManagement targets, DepartmentFiguresManagement departmentFigures, ExecutionManagement execution,
			MonitoringManagement monitoring, SelfEvaluationManagement evaluations,
			DepartmentSelfEvaluationManagement departmentEvaluations, ReportManagement reports,
			org.perfdesk.report.fund.SpecialFunds funds, Clock clock, PlatformTransactionManager transactionManager) {
		this.reports = reports;
		this.funds = funds;
		this.monitoring = monitoring;
		this.evaluations = evaluations;
		this.departmentEvaluations = departmentEvaluations;
		this.execution = execution;
		this.departmentFigures = departmentFigures;
		this.transactions = new TransactionTemplate(transactionManager);
		this.targets = targets;
		this.directory = directory;
		this.units = units;
		this.accounts = accounts;
		this.projects = projects;
		this.clock = clock;
	}

	/**
	 * One demo project: code suffix, name, type, the unit it belongs to ({@code league},
	 * {@code palace}, {@code centre} or {@code women}), first year of the period
	 * (relative: 0 = current year), amounts in 万元 for the previous and the current year
	 * ({@code null} = not in that year), person responsible and purpose.
	 */
	record Sample(String code, String name, ProjectType type, String unit, int startOffset, int endOffset,
			String previousWan, String currentWan, String carryOverWan, String manager, String purpose) {
	}

	static final List<Sample> SAMPLES = List.of(
			new Sample("01", "青少年事业发展专项", ProjectType.RECURRING, "league", -1, 0, "78.50", "82.00", "0", "周晓岚",
					"用于全市青少年思想引领、团员青年教育培训和基层团组织活动阵地的日常运行。"),
			new Sample("02", "青年志愿者行动", ProjectType.RECURRING, "league", -1, 0, "34.00", "36.80", "2.15", "陈一鸣",
					"组织赛会服务、社区关爱和应急志愿服务，开展志愿者招募、培训、保险和表彰。"),
			new Sample("03", "预防青少年违法犯罪专项", ProjectType.RECURRING, "league", -1, 0, "19.60", "21.00", "0", "刘思远",
					"开展法治宣传进校园、重点青少年群体帮扶和青少年维权热线运行。"),
			new Sample("04", "纪念五四系列活动", ProjectType.RECURRING, "league", -1, 0, "11.20", "12.50", "0", "王雅婷",
					"举办五四青年节主题团日、优秀青年表彰和新团员入团仪式。"),
			new Sample("05", "西部计划地方项目", ProjectType.CONTINUING, "league", -3, 1, "146.00", "152.40", "8.60", "赵振华",
					"保障地方项目志愿者的生活补贴、保险、岗前培训和期满考核。"),
			new Sample("06", "共青团示例市第八次代表大会经费", ProjectType.ONE_OFF, "league", -1, -1, "28.70", null, "0", "孙立新",
					"用于团代会代表选举、会议组织、材料印制和会务保障。"),
			new Sample("07", "青年就业创业扶持", ProjectType.CONTINUING, "league", -1, 1, "43.00", "47.50", "0", "黄嘉怡",
					"举办青年创业大赛和就业见习对接，为青年创业项目提供培训与小额贴息。"),
			new Sample("08", "希望工程助学", ProjectType.RECURRING, "league", -1, 0, "24.00", "26.00", "0", "马天宇",
					"资助家庭困难的在校学生，开展希望工程圆梦行动和结对帮扶回访。"),
			new Sample("09", "青少年心理健康关爱行动", ProjectType.ONE_OFF, "league", 0, 0, null, "15.80", "0", "林可欣",
					"开展中小学生心理健康讲座、团体辅导和心理服务热线值守。"),
			new Sample("10", "青少年校外素质教育活动", ProjectType.RECURRING, "palace", -1, 0, "58.00", "61.20", "0", "郭静怡",
					"开设艺术、科技和体育公益课程，组织寒暑假校外实践活动。"),
			new Sample("11", "12355青少年服务台运行", ProjectType.RECURRING, "centre", -1, 0, "17.40", "18.30", "0", "何俊杰",
					"保障青少年服务热线、线上咨询平台和心理咨询志愿者队伍的运行。"),
			new Sample("12", "妇女儿童权益保障", ProjectType.RECURRING, "women", -1, 0, "32.00", "33.60", "0", "吴秀兰",
					"开展妇女儿童法律援助、家庭教育指导和权益维护宣传。"),
			new Sample("13", "巾帼创业培训", ProjectType.CONTINUING, "women", -1, 1, "21.00", "22.40", "0", "郑丽娟",
					"为城乡妇女提供创业技能培训和手工产品展销对接。"));

	/**
	 * Loads before the web server opens its port (phase 0; the server starts in a late
	 * phase), so that nobody can reach the login page while the demo accounts do not
	 * exist yet. Loading the targets through the review workflow takes a few seconds,
	 * long enough for a client that waits for /login to sign in too early.
	 */
	@Override
	public void start() {
		if (!running) {
			transactions.executeWithoutResult(status -> load());
			running = true;
		}
	}

	@Override
	public void stop() {
		running = false;
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	@Override
	public int getPhase() {
		return 0;
	}

	void load() {
		if (!directory.isEmpty()) {
			return;
		}
		FiscalYear current = FiscalYear.current(clock);
		Unit bureau = units.create(UnitKind.FINANCE_BUREAU, null, "100", "示例市财政局");
		Unit league = units.create(UnitKind.DEPARTMENT, bureau.id(), "201", "共青团示例市委员会");
		Unit palace = units.create(UnitKind.BUDGET_UNIT, league.id(), "201001", "示例市青少年宫");
		Unit centre = units.create(UnitKind.BUDGET_UNIT, league.id(), "201002", "示例市青少年服务中心");
		Unit women = units.create(UnitKind.DEPARTMENT, bureau.id(), "202", "示例市妇女联合会");

		accounts.seedDemoAccount("admin", "系统管理员", Role.ADMINISTRATOR, bureau.id());
		accounts.seedDemoAccount("finance", "财政局绩效科 李审核", Role.FINANCE_REVIEWER, bureau.id());
		accounts.seedDemoAccount("reviewer", "团市委财务 张审核", Role.DEPARTMENT_REVIEWER, league.id());
		accounts.seedDemoAccount("filler", "团市委办公室 王填报", Role.UNIT_FILLER, league.id());
		accounts.seedDemoAccount("filler2", "市妇联 陈填报", Role.UNIT_FILLER, women.id());
		accounts.seedDemoAccount("palace", "青少年宫 刘填报", Role.UNIT_FILLER, palace.id());
		accounts.seedDemoAccount("centre", "服务中心 周填报", Role.UNIT_FILLER, centre.id());

		List<Project> registered = new ArrayList<>();
		Map<Long, String> sampleCode = new HashMap<>();
		for (FiscalYear year : List.of(current.previous(), current)) {
			for (Sample s : SAMPLES) {
				String wan = year.equals(current) ? s.currentWan() : s.previousWan();
				if (wan == null) {
					continue;
				}
				Unit unit = switch (s.unit()) {
					case "palace" -> palace;
					case "centre" -> centre;
					case "women" -> women;
					default -> league;
				};
				String prefix = unit == women ? "WF" : "YL";
				var draft = new ProjectDraft(unit.id(), year.value(), prefix + year.value() + "-" + s.code(), s.name(),
						s.type(), current.value() + s.startOffset(),
						Math.max(current.value() + s.endOffset(), year.value()), s.manager(), yuan(wan),
						yuan(year.equals(current) ? s.carryOverWan() : "0"), BigDecimal.ZERO, s.purpose());
				Project p = projects.register(new DataScope(Role.UNIT_FILLER, unit.id(), false, Set.of(unit.id())),
						draft);
				registered.add(p);
				sampleCode.put(p.id(), s.code());
			}
		}
		Set<Long> leagueSubtree = Set.of(league.id(), palace.id(), centre.id());
		new DemoTargets(targets).load(current, registered, sampleCode, league, leagueSubtree, women);
		loadDepartmentFigures(current, league, women);
		new DemoExecution(execution).load(current, LocalDate.now(clock), registered, sampleCode);
		new DemoMonitoring(monitoring, bureau.id(), league.id(), leagueSubtree, women.id()).load(current,
				LocalDate.now(clock));
		new DemoEvaluations(evaluations, bureau.id(), league.id(), leagueSubtree, women.id()).load(current, sampleCode);
		new DemoDepartmentEvaluations(departmentEvaluations).load(current, league.id(), leagueSubtree);
		new DemoReports(reports, funds).load(current, league.id());
		log.info("已载入演示数据：示例市，{} 与 {} 两个预算年度；演示账号密码 {}", current.previous(), current, PASSWORD);
	}

	/**
	 * 部门整体支出数据 of both departments: the previous year spent almost in full, the current
	 * year about as far as the calendar, the league's 三公经费 well under budget. Amounts in
	 * 万元.
	 */
	private void loadDepartmentFigures(FiscalYear current, Unit league, Unit women) {
		// the year before last only for the league's 三公经费, the base of the previous
		// year's “三公经费”变动率
		departmentFigures.save(new DataScope(Role.UNIT_FILLER, league.id(), false, Set.of(league.id())), league.id(),
				current.previous().previous(),
				figures(true, "178.90", "31.50", "0", "0", "3.90", "1.50", "40.00", 28, 26), 0);
		for (FiscalYear year : List.of(current.previous(), current)) {
			boolean past = !year.equals(current);
			departmentFigures.save(new DataScope(Role.UNIT_FILLER, league.id(), false, Set.of(league.id())),
					league.id(), year, figures(past, "186.40", "32.80", "0", "0", "3.60", "1.20", "45.00", 28, 26), 0);
			departmentFigures.save(new DataScope(Role.UNIT_FILLER, women.id(), false, Set.of(women.id())), women.id(),
					year, figures(past, "142.10", "25.30", "1.50", "0", "2.80", "0.90", "18.00", 22, 23), 0);
		}
	}

	/**
	 * Spent = budget × 0.97 for a closed year, × 0.78 for the current one; 因公出国 is never
	 * spent in the demo.
	 */
	private static DepartmentFiguresInput figures(boolean past, String personnel, String operating, String overseas,
			String vehiclePurchase, String vehicleOperation, String reception, String procurement, int authorised,
			int actual) {
		BigDecimal share = new BigDecimal(past ? "0.97" : "0.78");
		return new DepartmentFiguresInput(yuan(personnel), spent(personnel, share), yuan(operating),
				spent(operating, share), yuan(overseas), BigDecimal.ZERO, yuan(vehiclePurchase),
				spent(vehiclePurchase, share), yuan(vehicleOperation), spent(vehicleOperation, share), yuan(reception),
				spent(reception, new BigDecimal("0.6")), yuan(procurement), spent(procurement, share),
				BigDecimal.valueOf(authorised), BigDecimal.valueOf(actual));
	}

	private static BigDecimal spent(String wan, BigDecimal share) {
		return yuan(wan).multiply(share).setScale(2, java.math.RoundingMode.HALF_UP);
	}

	private static BigDecimal yuan(String wan) {
		return Amount.ofWan(new BigDecimal(wan)).yuan();
	}

}
