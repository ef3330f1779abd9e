package org.perfdesk.workbench;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.perfdesk.budget.Project;
import org.perfdesk.budget.ProjectManagement;
import org.perfdesk.monitoring.MonitoringLine;
import org.perfdesk.monitoring.MonitoringManagement;
import org.perfdesk.monitoring.MonitoringRound;
import org.perfdesk.monitoring.ReportStatus;
import org.perfdesk.monitoring.RoundOverview;
import org.perfdesk.org.Account;
import org.perfdesk.org.AccountManagement;
import org.perfdesk.org.CurrentUser;
import org.perfdesk.org.DataScope;
import org.perfdesk.org.OrgDirectory;
import org.perfdesk.org.Role;
import org.perfdesk.report.Report;
import org.perfdesk.report.ReportManagement;
import org.perfdesk.review.ReviewRule;
import org.perfdesk.shared.Amount;
import org.perfdesk.shared.FiscalYear;
import org.perfdesk.targets.PerformanceTarget;
import org.perfdesk.targets.TargetManagement;
import org.perfdesk.targets.TargetStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * 工作台. Stages whose pages do not exist yet show zero with a note, rather than a made-up
 * number; each later module adds its own count here. To-dos come in the order of their
 * urgency: monitoring reports (a round has a deadline), then self-evaluations
 * ({@link SelfEvaluationStage}), then targets and projects.
 */
@Controller
class WorkbenchController {

	private final CurrentUser currentUser;

	private final ProjectManagement projects;

	private final AccountManagement accounts;

	private final OrgDirectory directory;

	private final TargetManagement targets;

	private final MonitoringManagement monitoring;

	private final SelfEvaluationStage selfEvaluation;

	private final ReportManagement reports;

	private final Clock clock;

	WorkbenchController(CurrentUser currentUser, ProjectManagement projects, AccountManagement accounts,
			OrgDirectory directory, TargetManagement targets, MonitoringManagement monitoring,
			SelfEvaluationStage selfEvaluation, ReportManagement reports, Clock clock) {
		this.reports = reports;
		this.targets = targets;
		this.selfEvaluation = selfEvaluation;
		this.monitoring = monitoring;
		this.currentUser = currentUser;
		this.projects = projects;
		this.accounts = accounts;
		this.directory = directory;
		this.clock = clock;
	}

	@GetMapping("/")
	String home(Model model) {
		DataScope scope = currentUser.scope();
		FiscalYear year = currentUser.fiscalYear();
		List<Project> list = projects.list(scope, year, null);
		Amount total = list.stream().map(Project::totalBudget).reduce(Amount.ZERO, Amount::plus);
		model.addAttribute("projectCount", list.size());
		model.addAttribute("projectTotal", total);
		List<PerformanceTarget> declared = scope.role() == Role.ADMINISTRATOR ? List.of()
				: targets.list(scope, year, null);
		RoundOverview round = scope.role() == Role.ADMINISTRATOR ? null : openRound(scope, year);
		SelfEvaluationStage.Progress evaluated = selfEvaluation.progress(scope, year);
		model.addAttribute("stages",
				stages(list, declared, round, evaluated.stage(), reportStage(scope, evaluated.year())));
		List<Todo> todos = monitoringTodos(scope, round);
		todos.addAll(evaluated.todos(scope));
		todos.addAll(reportTodos(scope, evaluated.year()));
		todos.addAll(todos(scope, year, list, declared));
		if (todos.isEmpty() && !list.isEmpty() && scope.role() != Role.ADMINISTRATOR) {
			todos.add(new Todo("查看 " + year + " 年度 " + list.size() + " 个项目的预算登记情况", "/projects"));
		}
		model.addAttribute("todos", todos);
		model.addAttribute("chart", budgetChart(scope, list));
		return "workbench/home";
	}

	/** One bar of the budget chart and one row of the table beside it, in 万元. */
	record BudgetBar(String label, String wan) {
	}

	/**
	 * A 填报人 sees its projects; everybody else sees the budget per unit, largest first,
	 * because with a dozen projects across units the split between units is what a
	 * reviewer looks at first.
	 */
	private List<BudgetBar> budgetChart(DataScope scope, List<Project> list) {
		java.util.Map<String, Amount> byLabel = new java.util.LinkedHashMap<>();
		for (Project p : list) {
			String label = scope.role() == Role.UNIT_FILLER ? p.name() : directory.nameOf(p.unitId());
			byLabel.merge(label, p.totalBudget(), Amount::plus);
		}
		return byLabel.entrySet()
			.stream()
			.sorted(java.util.Map.Entry.<String, Amount>comparingByValue().reversed())
			.map(e -> new BudgetBar(e.getKey(), e.getValue().toWan(Amount.DEFAULT_WAN_SCALE).toPlainString()))
			.toList();
	}

	/** The year's open monitoring round as the user sees it, if one is open. */
	private RoundOverview openRound(DataScope scope, FiscalYear year) {
		return monitoring.rounds(scope, year)
			.stream()
			.filter(MonitoringRound::open)
			.findFirst()
			.map(r -> monitoring.overview(scope, r.id()))
			.orElse(null);
	}

	/**
	 * The reports of the year in season that wait for this user: the department's 填报人
	 * writes one not yet opened, finishes a draft or corrects a returned one; a reviewer
	 * reviews one at their level.
	 */
	private List<Todo> reportTodos(DataScope scope, FiscalYear year) {
		List<Todo> todos = new java.util.ArrayList<>();
		if (scope.role() == Role.ADMINISTRATOR) {
			return todos;
		}
		for (ReportManagement.Line l : reports.departmentReports(scope, year)) {
			String name = l.subject().name();
			Report r = l.report();
			if (l.mayOpen()) {
				todos.add(new Todo("撰写 " + year.value() + " 年度部门整体支出绩效自评报告：" + name, "/reports?year=" + year.value()));
			}
			else if (r != null && reports.mayEdit(scope, r)) {
				todos.add(new Todo(r.status() == org.perfdesk.report.ReportStatus.RETURNED
						? "自评报告被退回：" + name + "，请按审核意见修改后重新提交" : "继续撰写自评报告（尚未提交）：" + name, "/reports/" + r.id()));
			}
			else if (r != null && ReportManagement.mayReview(scope, r)) {
				todos.add(new Todo("审核自评报告：" + name, "/reports/" + r.id()));
			}
		}
		// the project, special-fund and monitoring reports already opened: no report of
		// these kinds is expected of everyone, so only those begun are to-dos
		for (Report r : reports.list(scope, year)) {
			if (r.kind() == org.perfdesk.report.ReportKind.DEPARTMENT) {
				continue;
			}
			String what = r.kind().label();
			if (reports.mayEdit(scope, r)) {
				todos.add(new Todo(r.status() == org.perfdesk.report.ReportStatus.RETURNED ? what + "被退回，请按审核意见修改后重新提交"
						: "继续撰写" + what + "（尚未提交）", "/reports/" + r.id()));
			}
			else if (ReportManagement.mayReview(scope, r)) {
				todos.add(new Todo("审核" + what, "/reports/" + r.id()));
			}
		}
		return todos;
	}

	/**
	 * 报告: the reports of the year whose self-evaluations are in season, and how many of
	 * them are approved.
	 */
	private CycleStage reportStage(DataScope scope, FiscalYear year) {
		List<Report> written = reports.list(scope, year);
		long approved = written.stream().filter(r -> r.status() == org.perfdesk.report.ReportStatus.APPROVED).count();
		return new CycleStage("报告", written.size(), "份 " + year.value() + " 年度自评报告（已批复 " + approved + " 份）",
				"/reports?year=" + year.value());
	}

	private static List<CycleStage> stages(List<Project> list, List<PerformanceTarget> declared, RoundOverview round,
			CycleStage evaluation, CycleStage report) {
		long projectTargets = declared.stream().filter(PerformanceTarget::isProject).count();
		long underReview = declared.stream()
			.filter(t -> t.status() == TargetStatus.SUBMITTED || t.status() == TargetStatus.DEPARTMENT_APPROVED)
			.count();
		return List.of(
				new CycleStage(
						"目标申报", Math.max(0, list.size() - projectTargets), "个项目尚未申报绩效目标", "/targets?status=NONE"),
				new CycleStage("审核", underReview, "份目标在审核中", "/targets"),
				round == null ? new CycleStage("运行监控", 0, "本年度没有进行中的监控", "/monitoring")
						: new CycleStage("运行监控", round.total(), "个项目在监控中（已报送 " + round.submitted() + " 个）",
								"/monitoring/rounds/" + round.round().id()),
				evaluation, report);
	}

	/**
	 * The open round's reports that wait for this user: a filler's reports not yet
	 * submitted (or returned), a reviewer's reports at their level. First in the list,
	 * because a monitoring round has a deadline.
	 */
	private List<Todo> monitoringTodos(DataScope scope, RoundOverview round) {
		var todos = new ArrayList<Todo>();
		if (round == null) {
			return todos;
		}
		String base = "/monitoring/rounds/" + round.round().id() + "/targets/";
		for (MonitoringLine line : round.lines()) {
			ReportStatus status = line.reportStatus();
			if (scope.role() == Role.UNIT_FILLER && scope.canWrite(line.unitId())
					&& (status == null || status.editable())) {
				todos.add(new Todo(
						"填写绩效运行监控表（" + round.round().label() + "，" + round.round().deadline() + " 前报送）：" + line.label(),
						base + line.targetId()));
			}
			else if (status != null
					&& ReviewRule.mayReview(scope, MonitoringManagement.awaiting(status), line.unitId())) {
				todos.add(new Todo("审核绩效运行监控表：" + line.label(), base + line.targetId()));
			}
		}
		return todos;
	}

	private List<Todo> todos(DataScope scope, FiscalYear year, List<Project> list, List<PerformanceTarget> declared) {
		var todos = new ArrayList<Todo>();
		Set<Long> withTarget = declared.stream()
			.map(PerformanceTarget::projectId)
			.filter(java.util.Objects::nonNull)
			.collect(Collectors.toSet());
		if (scope.role() == Role.UNIT_FILLER) {
			if (list.isEmpty()) {
				todos.add(new Todo("登记本单位 " + year + " 年度的项目", "/projects/new"));
			}
			for (PerformanceTarget t : declared) {
				if (t.status() == TargetStatus.RETURNED && scope.canWrite(t.unitId())) {
					todos.add(new Todo("绩效目标被退回：" + targets.label(scope, t) + "，请按审核意见修改后重新提交", "/targets/" + t.id()));
				}
			}
			for (Project p : list) {
				if (!withTarget.contains(p.id()) && scope.canWrite(p.unitId())) {
					todos.add(new Todo("为项目“" + p.name() + "”填报绩效目标（预算 " + p.totalBudget().formatWan() + " 万元）",
							"/targets/new?project=" + p.id()));
				}
			}
		}
		else if (scope.role() == Role.DEPARTMENT_REVIEWER || scope.role() == Role.FINANCE_REVIEWER) {
			for (PerformanceTarget t : declared) {
				if (targets.mayReview(scope, t)) {
					todos.add(new Todo("审核绩效目标：" + targets.label(scope, t), "/targets/" + t.id()));
				}
			}
		}
		else if (scope.role() == Role.ADMINISTRATOR) {
			LocalDateTime now = LocalDateTime.now(clock);
			for (Account a : accounts.all()) {
				if (a.isLockedAt(now)) {
					todos.add(new Todo("账号 " + a.username() + "（" + a.displayName() + "）因多次密码错误被锁定，可重置密码解锁",
							"/accounts/" + a.id()));
				}
			}
		}
		return todos;
	}

}
