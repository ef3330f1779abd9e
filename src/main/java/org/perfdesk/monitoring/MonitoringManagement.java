package org.perfdesk.monitoring;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.perfdesk.execution.AlertThresholds;
import org.perfdesk.execution.ExecutionFigures;
import org.perfdesk.execution.ExecutionManagement;
import org.perfdesk.execution.ProgressLight;
import org.perfdesk.execution.ProjectExecution;
import org.perfdesk.monitoring.checks.ReportChecks;
import org.perfdesk.org.DataScope;
import org.perfdesk.org.OrgDirectory;
import org.perfdesk.org.Role;
import org.perfdesk.review.ReviewDecision;
import org.perfdesk.review.ReviewLevel;
import org.perfdesk.review.ReviewRule;
import org.perfdesk.shared.ConcurrentChange;
import org.perfdesk.shared.FiscalYear;
import org.perfdesk.shared.PlainText;
import org.perfdesk.shared.RecordChanged;
import org.perfdesk.shared.RecordChanged.Action;
import org.perfdesk.shared.RecordNotFound;
import org.perfdesk.shared.RecordType;
import org.perfdesk.shared.RuleViolation;
import org.perfdesk.targets.Indicator;
import org.perfdesk.targets.PerformanceTarget;
import org.perfdesk.targets.SpendingCheckpointSettings;
import org.perfdesk.targets.SpendingPlan;
import org.perfdesk.targets.TargetKind;
import org.perfdesk.targets.TargetManagement;
import org.perfdesk.targets.TargetStatus;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens and closes monitoring rounds, lists their lines (预警清单) and reminders, and keeps
 * the units' reports (监控表) through save, submission and the two reviews. Every method
 * takes the caller's {@link DataScope}: a report or target outside it is not found; only
 * the unit's 填报人 writes, only the finance bureau opens and closes rounds, reviewers act
 * only on what waits for their level.
 */
@Service
@Transactional
public class MonitoringManagement {

	static final int MAX_DECISION_NOTE = 1000;

	private final MonitoringRepository repository;

	private final TargetManagement targets;

	private final SpendingCheckpointSettings checkpoints;

	private final ExecutionManagement execution;

	private final OrgDirectory directory;

	private final MonitoringSettings settings;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	MonitoringManagement(MonitoringRepository repository, TargetManagement targets, ExecutionManagement execution,
			OrgDirectory directory, MonitoringSettings settings, ApplicationEventPublisher events, Clock clock,
			SpendingCheckpointSettings checkpoints) {
		this.checkpoints = checkpoints;
		this.repository = repository;
		this.targets = targets;
		this.execution = execution;
		this.directory = directory;
		this.settings = settings;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * The cut-off month a new round proposes ({@code perfdesk.monitoring.cut-off-month},
	 * 7 by default).
	 */
	public int defaultCutOffMonth() {
		return settings.cutOffMonth();
	}

	/** The light thresholds ({@code perfdesk.alerts.*}, module execution). */
	public AlertThresholds alertThresholds() {
		return execution.alertThresholds();
	}

	@Transactional(readOnly = true)
	public List<MonitoringRound> rounds(DataScope scope, FiscalYear year) {
		return repository.rounds(year.value());
	}

	@Transactional(readOnly = true)
	public MonitoringRound round(DataScope scope, long id) {
		return repository.findRound(id).orElseThrow(() -> new RecordNotFound("监控轮次", id));
	}

	/**
	 * 发起监控: the finance bureau opens a round on execution from January to the cut-off
	 * month ({@code null} for the default). One round per year and month; the deadline is
	 * not before the end of the cut-off month.
	 */
	public MonitoringRound openRound(DataScope scope, FiscalYear year, Integer cutOffMonth, LocalDate deadline,
			String openedBy) {
		if (scope.role() != Role.FINANCE_REVIEWER) {
			throw new AccessDeniedException("只有财政审核人可以发起监控轮次");
		}
		int month = cutOffMonth == null ? settings.cutOffMonth() : cutOffMonth;
		var errors = new LinkedHashMap<String, String>();
		if (month < 1 || month > 12) {
			errors.put("cutOffMonth", "截止月份须在 1 到 12 之间");
		}
		else if (repository.roundExists(year.value(), month)) {
			errors.put("cutOffMonth", year.value() + " 年已有截至 " + month + " 月的监控轮次");
		}
		if (deadline == null) {
			errors.put("deadline", "请填写报送截止日期");
		}
		else if (month >= 1 && month <= 12 && deadline.isBefore(YearMonth.of(year.value(), month).atEndOfMonth())) {
			errors.put("deadline", "报送截止日期不能早于 " + year.value() + " 年 " + month + " 月底（须在截止月份结束后报送）");
		}
		if (!errors.isEmpty()) {
			throw new RuleViolation(errors);
		}
		long id = repository.insertRound(year.value(), month, deadline, openedBy == null ? "" : openedBy);
		MonitoringRound round = repository.findRound(id).orElseThrow();
		events.publishEvent(new RecordChanged(Action.CREATE, RecordType.MONITORING_ROUND.name(), id, round.label(),
				scope.ownUnitId(), year.value(), RecordChanged.diff(null, roundFields(round))));
		return round;
	}

	/** 结束监控: no more saving or submitting; reviews under way may finish. */
	public MonitoringRound closeRound(DataScope scope, long id, int version) {
		if (scope.role() != Role.FINANCE_REVIEWER) {
			throw new AccessDeniedException("只有财政审核人可以结束监控轮次");
		}
		MonitoringRound before = round(scope, id);
		if (!before.open()) {
			throw new RuleViolation("status", "该监控轮次已结束");
		}
		if (!repository.closeRound(id, version)) {
			throw new ConcurrentChange("监控轮次");
		}
		MonitoringRound after = repository.findRound(id).orElseThrow();
		events.publishEvent(new RecordChanged(Action.UPDATE, RecordType.MONITORING_ROUND.name(), id, after.label(),
				scope.ownUnitId(), after.fiscalYear(), RecordChanged.diff(roundFields(before), roundFields(after))));
		return after;
	}

	/**
	 * The lines of a round within the scope (one per approved current project or
	 * department target of the year), worst first, with the counts per light, the reports
	 * submitted and the 提醒名单.
	 */
	@Transactional(readOnly = true)
	public RoundOverview overview(DataScope scope, long roundId) {
		MonitoringRound round = round(scope, roundId);
		Map<Long, MonitoringReport> reports = repository.reportsOfRound(roundId)
			.stream()
			.collect(Collectors.toMap(MonitoringReport::targetId, Function.identity()));
		Map<Long, MonitoringDecision> decisions = repository.decisionsOfRound(roundId);
		var lines = new ArrayList<MonitoringLine>();
		List<PerformanceTarget> current = targets.list(scope, FiscalYear.of(round.fiscalYear()), null)
			.stream()
			.filter(t -> t.kind() == TargetKind.PROJECT || t.kind() == TargetKind.DEPARTMENT)
			.toList();
		var currentIds = current.stream().map(PerformanceTarget::id).collect(Collectors.toSet());
		// a report stays on its line after its target was adjusted: the line shows the
		// approved version it was
		// written on, in place of the project's (or department's) new version
		var reportedSubjects = new java.util.HashSet<String>();
		for (MonitoringReport r : reports.values()) {
			if (!currentIds.contains(r.targetId()) && scope.canRead(r.unitId())) {
				PerformanceTarget t = targets.find(scope, r.targetId());
				if (t.status() == TargetStatus.APPROVED) {
					lines.add(line(scope, round, t, r, decisions.get(t.id())));
					reportedSubjects.add(subject(t));
				}
			}
		}
		for (PerformanceTarget t : current) {
			if (t.status() == TargetStatus.APPROVED
					&& (!reportedSubjects.contains(subject(t)) || reports.containsKey(t.id()))) {
				lines.add(line(scope, round, t, reports.get(t.id()), decisions.get(t.id())));
			}
		}
		List<MonitoringLine> sorted = MonitoringLine.sorted(lines);
		Map<ProgressLight, Long> counts = new EnumMap<>(ProgressLight.class);
		for (ProgressLight l : ProgressLight.values()) {
			counts.put(l, sorted.stream().filter(x -> x.light() == l).count());
		}
		long submitted = sorted.stream().filter(l -> l.reportStatus() != null && l.reportStatus().submitted()).count();
		boolean overdue = round.overdue(LocalDate.now(clock));
		Map<Long, Integer> pending = new TreeMap<>();
		for (MonitoringLine l : sorted) {
			if (l.reportStatus() == null || !l.reportStatus().submitted()) {
				pending.merge(l.unitId(), 1, Integer::sum);
			}
		}
		List<Reminder> reminders = pending.entrySet()
			.stream()
			.map(e -> new Reminder(e.getKey(), directory.nameOf(e.getKey()), e.getValue(), overdue))
			.toList();
		return new RoundOverview(round, sorted, counts, submitted, reminders, overdue);
	}

	/** The lines of a round, worst first. */
	@Transactional(readOnly = true)
	public List<MonitoringLine> lines(DataScope scope, long roundId) {
		return overview(scope, roundId).lines();
	}

	/**
	 * The saved report of a target in a round, or a new draft prefilled from the target
	 * (not saved).
	 */
	@Transactional(readOnly = true)
	public MonitoringReport report(DataScope scope, long roundId, long targetId) {
		MonitoringRound round = round(scope, roundId);
		PerformanceTarget target = monitoredTarget(scope, round, targetId);
		return repository.findReport(roundId, targetId).orElseGet(() -> blank(round, target));
	}

	/** The report page: target, line, report, reviews and what the caller may do. */
	@Transactional(readOnly = true)
	public ReportSheet sheet(DataScope scope, long roundId, long targetId) {
		MonitoringRound round = round(scope, roundId);
		PerformanceTarget target = monitoredTarget(scope, round, targetId);
		MonitoringReport report = repository.findReport(roundId, targetId).orElseGet(() -> blank(round, target));
		MonitoringDecision decision = report.saved() ? repository.findDecision(report.id()).orElse(null) : null;
		MonitoringLine line = line(scope, round, target, report.saved() ? report : null, decision);
		List<MonitoringReview> reviews = report.saved() ? repository.reviews(report.id()) : List.of();
		boolean mayEdit = round.open() && report.editable() && scope.canWrite(target.unitId());
		return new ReportSheet(round, target, line, report, reviews, mayEdit, mayReview(scope, report),
				awaiting(report.status()), decision, decision == null && mayDecide(scope, report));
	}

	/**
	 * 监控结果处理 (财预〔2019〕136号): the finance bureau's reviewer records, once, what follows
	 * from a submitted or approved 监控表 — 继续执行, 调整目标, 调减预算 or 暂停 — with a note. 调整目标 and
	 * 调减预算 start an adjustment of the monitored target
	 * ({@link TargetManagement#startAdjustment}): a new draft revision with the reason
	 * "绩效运行监控（round）：note" that the unit's 填报人 edits and resubmits; refused when that
	 * target is no longer the current approved version. Audited on the report.
	 */
	public MonitoringDecision decide(DataScope scope, long roundId, long targetId, DecisionKind kind, String note,
			String decidedBy) {
		MonitoringRound round = round(scope, roundId);
		PerformanceTarget target = monitoredTarget(scope, round, targetId);
		if (scope.role() != Role.FINANCE_REVIEWER) {
			throw new AccessDeniedException("只有财政审核人可以作出监控结果处理决定");
		}
		MonitoringReport report = repository.findReport(roundId, targetId)
			.orElseThrow(() -> new RuleViolation("status", "该监控表尚未填报，报送后才能作出处理决定"));
		if (!report.status().submitted()) {
			throw new RuleViolation("status", "监控表当前状态为“" + report.status().label() + "”，报送（待审核或已审核）后才能作出处理决定");
		}
		repository.findDecision(report.id()).ifPresent(d -> {
			throw new RuleViolation("decision", "该监控表已作出处理决定（" + d.kind().label() + "），不能重复处理");
		});
		String text = note == null ? "" : note.strip();
		var errors = new LinkedHashMap<String, String>();
		if (kind == null) {
			errors.put("decision", "请选择处理结果：继续执行、调整目标、调减预算或暂停");
		}
		if (text.isEmpty()) {
			errors.put("note", "请填写处理意见，写明理由和要求");
		}
		else if (!PlainText.MULTI_LINE.accepts(text)) {
			errors.put("note", PlainText.message("处理意见"));
		}
		else if (text.length() > MAX_DECISION_NOTE) {
			errors.put("note", "处理意见过长：" + text.length() + " 字，上限 " + MAX_DECISION_NOTE + " 字");
		}
		if (!errors.isEmpty()) {
			throw new RuleViolation(errors);
		}
		PerformanceTarget adjusted = null;
		if (kind.adjustsTarget()) {
			adjusted = targets.startAdjustment(scope, target.id(), "绩效运行监控（" + round.label() + "）：" + text);
		}
		repository.insertDecision(report.id(), kind, text, decidedBy == null ? "" : decidedBy,
				adjusted == null ? null : adjusted.id(), adjusted == null ? null : adjusted.revision());
		MonitoringDecision decision = repository.findDecision(report.id()).orElseThrow();
		var fields = new LinkedHashMap<String, String>();
		fields.put("监控结果处理", kind.label());
		fields.put("处理意见", text);
		if (adjusted != null) {
			fields.put("目标调整", "第 " + adjusted.revision() + " 版（草稿，待单位修改后重新提交）");
		}
		events.publishEvent(new RecordChanged(Action.UPDATE, RecordType.MONITORING_REPORT.name(), report.id(),
				label(scope, target), report.unitId(), round.fiscalYear(), RecordChanged.diff(null, fields)));
		return decision;
	}

	/**
	 * True when this user may record the 监控结果处理 of the report now (the finance bureau,
	 * once it was reported).
	 */
	public static boolean mayDecide(DataScope scope, MonitoringReport report) {
		return scope.role() == Role.FINANCE_REVIEWER && report.saved() && report.status().submitted()
				&& scope.canRead(report.unitId());
	}

	/**
	 * 保存监控表: by the unit's 填报人 while the round is open and the report a draft or
	 * returned. Refused whole when a rule is broken ({@link ReportChecks}); a stale
	 * {@code version} is refused. The first save creates the report ({@code version} is
	 * then ignored).
	 */
	public MonitoringReport save(DataScope scope, long roundId, long targetId, ReportInput input, Integer version) {
		MonitoringRound round = round(scope, roundId);
		PerformanceTarget target = monitoredTarget(scope, round, targetId);
		if (!scope.canWrite(target.unitId())) {
			throw new AccessDeniedException("只有本单位填报人可以填写监控表");
		}
		if (!round.open()) {
			throw new RuleViolation("round", "监控轮次已结束，不能再保存");
		}
		var existing = repository.findReport(roundId, targetId);
		MonitoringReport before = existing.orElseGet(() -> blank(round, target));
		if (!before.editable()) {
			throw new RuleViolation("status", "监控表当前状态为“" + before.status().label() + "”，不能修改");
		}
		List<MonitoredIndicator> rows = rows(before, input);
		String progress = input.progressText() == null ? "" : input.progressText().strip();
		var errors = ReportChecks.problems(progress, rows, figures(scope, round, target).light(), round.cutOffMonth());
		if (!errors.isEmpty()) {
			throw new RuleViolation(errors);
		}
		MonitoringReport after;
		if (existing.isEmpty()) {
			repository.insertReport(new MonitoringReport(null, roundId, targetId, target.projectId(), target.unitId(),
					ReportStatus.DRAFT, progress, null, null, 0, null, rows));
			after = repository.findReport(roundId, targetId).orElseThrow();
			publish(Action.CREATE, after, round, label(scope, target), null);
			return after;
		}
		if (version == null || !repository.updateContent(before.id(), version, progress, rows)) {
			throw new ConcurrentChange("监控表");
		}
		after = repository.findReport(roundId, targetId).orElseThrow();
		publish(Action.UPDATE, after, round, label(scope, target), auditFields(before));
		return after;
	}

	/** 提交: checks again and freezes 全年预算数 and 1–N月执行数 as of the cut-off month. */
	public MonitoringReport submit(DataScope scope, long roundId, long targetId, int version) {
		MonitoringRound round = round(scope, roundId);
		PerformanceTarget target = monitoredTarget(scope, round, targetId);
		if (!scope.canWrite(target.unitId())) {
			throw new AccessDeniedException("只有本单位填报人可以提交监控表");
		}
		if (!round.open()) {
			throw new RuleViolation("round", "监控轮次已结束，不能再提交");
		}
		MonitoringReport before = repository.findReport(roundId, targetId)
			.orElseThrow(() -> new RuleViolation("status", "请先保存监控表再提交"));
		if (!before.editable()) {
			throw new RuleViolation("status", "监控表当前状态为“" + before.status().label() + "”，不能提交");
		}
		ExecutionFigures figures = figures(scope, round, target);
		var errors = ReportChecks.problems(before.progressText(), before.indicators(), figures.light(),
				round.cutOffMonth());
		if (!errors.isEmpty()) {
			throw new RuleViolation(errors);
		}
		return changeStatus(before, version, ReportStatus.SUBMITTED, Action.SUBMIT, round, label(scope, target),
				figures.fullYearBudget().total(), figures.executed().total());
	}

	/**
	 * 审核: the department's reviewer, then the finance bureau's; 退回 needs an opinion and
	 * reopens the report.
	 */
	public MonitoringReport review(DataScope scope, long roundId, long targetId, int version, ReviewDecision decision,
			String opinion, String reviewer) {
		MonitoringRound round = round(scope, roundId);
		PerformanceTarget target = monitoredTarget(scope, round, targetId);
		MonitoringReport before = repository.findReport(roundId, targetId)
			.orElseThrow(() -> new RuleViolation("status", "该监控表尚未填报"));
		ReviewLevel level = awaiting(before.status());
		if (level == null) {
			throw new RuleViolation("status", "监控表当前状态为“" + before.status().label() + "”，不在审核中");
		}
		if (!mayReview(scope, before)) {
			throw new AccessDeniedException("该监控表等待" + level.label() + "，当前账号无权审核");
		}
		var errors = ReviewRule.problems(decision, opinion);
		if (!errors.isEmpty()) {
			throw new RuleViolation(errors);
		}
		String text = ReviewRule.opinion(opinion);
		ReportStatus next = ReviewRule.next(level, decision, ReportStatus.RETURNED, ReportStatus.DEPARTMENT_APPROVED,
				ReportStatus.APPROVED);
		MonitoringReport after = changeStatus(before, version, next, ReviewRule.action(decision), round,
				label(scope, target), null, null);
		repository.insertReview(before.id(), level, decision, text, reviewer == null ? "" : reviewer);
		return after;
	}

	@Transactional(readOnly = true)
	public List<MonitoringReview> reviews(DataScope scope, long roundId, long targetId) {
		MonitoringReport report = report(scope, roundId, targetId);
		return report.saved() ? repository.reviews(report.id()) : List.of();
	}

	/** The review level a report at this status waits for, or null. */
	public static ReviewLevel awaiting(ReportStatus status) {
		return ReviewRule.awaiting(ReviewRule.Stage.of(status));
	}

	/** True when this user reviews the report now. */
	public static boolean mayReview(DataScope scope, MonitoringReport report) {
		return ReviewRule.mayReview(scope, awaiting(report.status()), report.unitId());
	}

	private MonitoringReport changeStatus(MonitoringReport before, int version, ReportStatus next, Action action,
			MonitoringRound round, String label, org.perfdesk.shared.Amount budget,
			org.perfdesk.shared.Amount executed) {
		if (!repository.updateStatus(before.id(), version, next, budget, executed)) {
			throw new ConcurrentChange("监控表");
		}
		MonitoringReport after = repository.findReport(before.roundId(), before.targetId()).orElseThrow();
		events.publishEvent(new RecordChanged(action, RecordType.MONITORING_REPORT.name(), after.id(), label,
				after.unitId(), round.fiscalYear(),
				RecordChanged.diff(Map.of("状态", before.status().label()), Map.of("状态", after.status().label()))));
		return after;
	}

	/**
	 * A project or department target of the round's year, approved, readable by the
	 * caller; anything else is not found.
	 */
	private PerformanceTarget monitoredTarget(DataScope scope, MonitoringRound round, long targetId) {
		PerformanceTarget t = targets.find(scope, targetId);
		if (t.fiscalYear() != round.fiscalYear() || t.status() != TargetStatus.APPROVED
				|| (t.kind() != TargetKind.PROJECT && t.kind() != TargetKind.DEPARTMENT)) {
			throw new RecordNotFound("监控表", targetId);
		}
		return t;
	}

	private MonitoringLine line(DataScope scope, MonitoringRound round, PerformanceTarget t, MonitoringReport report,
			MonitoringDecision decision) {
		ExecutionFigures figures = figures(scope, round, t);
		SpendingPlan plan = t.content().spendingPlan();
		BigDecimal planned = plan == null ? null
				: ExpectedProgress.byPlan(plan, checkpoints.months(round.fiscalYear()), round.cutOffMonth());
		String label = t.isProject() ? targets.projectOf(scope, t).map(p -> p.code() + " " + p.name()).orElse("")
				: targets.label(scope, t);
		return new MonitoringLine(t.id(), t.projectId(), t.unitId(), directory.nameOf(t.unitId()), label,
				report == null ? null : report.status(), figures, planned,
				report == null ? null : report.worstLikelihood(), decision,
				report == null ? 0 : report.projectionMisses());
	}

	private ExecutionFigures figures(DataScope scope, MonitoringRound round, PerformanceTarget t) {
		if (!t.isProject()) {
			ExecutionFigures sum = ExecutionFigures.none(round.cutOffMonth(), execution.alertThresholds());
			for (ProjectExecution pe : projectsOf(scope, round.fiscalYear(), t)) {
				sum = sum.plus(pe.figuresAt(round.cutOffMonth()));
			}
			return sum;
		}
		ProjectExecution pe = execution.find(scope, t.projectId(), FiscalYear.of(round.fiscalYear()));
		return pe.figuresAt(round.cutOffMonth());
	}

	/**
	 * The execution of the projects a target's funds come from: the project of a project
	 * target; for a department target every project of the year of the department and the
	 * units under it (部门项目支出合计). The callers have already been allowed to read the
	 * target; a department report is about the whole department, so its sums are read
	 * with the department's reach, whoever looks, and the filler, the reviewer and the
	 * finance bureau all see (and the submission freezes) the same figures. Only sums
	 * leave this method's callers, never a unit's detail.
	 */
	List<ProjectExecution> projectsOf(DataScope scope, int fiscalYear, PerformanceTarget t) {
		if (t.isProject()) {
			return List.of(execution.find(scope, t.projectId(), FiscalYear.of(fiscalYear)));
		}
		var units = directory.subtree(t.unitId()).stream().map(org.perfdesk.org.Unit::id).collect(Collectors.toSet());
		DataScope department = new DataScope(Role.DEPARTMENT_REVIEWER, t.unitId(), false, units);
		return execution.list(department, FiscalYear.of(fiscalYear))
			.units()
			.stream()
			.filter(u -> units.contains(u.unitId()))
			.flatMap(u -> u.projects().stream())
			.toList();
	}

	/** What the versions of a target share: its project, or its department. */
	private static String subject(PerformanceTarget t) {
		return t.isProject() ? "P" + t.projectId() : "D" + t.unitId();
	}

	private String label(DataScope scope, PerformanceTarget t) {
		return targets.label(scope, t).replace("绩效目标", "监控表");
	}

	private MonitoringReport blank(MonitoringRound round, PerformanceTarget target) {
		List<Indicator> indicators = target.content().indicators();
		var rows = new ArrayList<MonitoredIndicator>();
		for (int i = 0; i < indicators.size(); i++) {
			Indicator ind = indicators.get(i);
			rows.add(new MonitoredIndicator(i, ind.subcategory(), ind.name(), ind.value().typed(), "", "", null, null,
					"", ""));
		}
		return new MonitoringReport(null, round.id(), target.id(), target.projectId(), target.unitId(),
				ReportStatus.DRAFT, "", null, null, 0, null, rows);
	}

	private static List<MonitoredIndicator> rows(MonitoringReport before, ReportInput input) {
		List<MonitoredIndicator> rows = before.indicators();
		if (input.indicators().size() != rows.size()) {
			throw new RuleViolation("indicators",
					"监控表应有 " + rows.size() + " 项指标，收到 " + input.indicators().size() + " 项；请刷新页面后重新填写");
		}
		var result = new ArrayList<MonitoredIndicator>(rows.size());
		for (int i = 0; i < rows.size(); i++) {
			result.add(rows.get(i).with(input.indicators().get(i)));
		}
		return result;
	}

	private void publish(Action action, MonitoringReport report, MonitoringRound round, String label,
			Map<String, String> before) {
		events.publishEvent(new RecordChanged(action, RecordType.MONITORING_REPORT.name(), report.id(), label,
				report.unitId(), round.fiscalYear(), RecordChanged.diff(before, auditFields(report))));
	}

	private static Map<String, String> auditFields(MonitoringReport r) {
		var fields = new LinkedHashMap<String, String>();
		fields.put("状态", r.status().label());
		fields.put("年度总体目标执行情况", r.progressText());
		for (MonitoredIndicator i : r.indicators()) {
			fields.put(i.name(), i.valueToDate() + " / 预计 " + i.projected() + " / "
					+ (i.likelihood() == null ? "" : i.likelihood().label())
					+ (i.causes().isEmpty() ? "" : " / 原因："
							+ i.causes().stream().sorted().map(DeviationCause::label).collect(Collectors.joining("、")))
					+ (i.measures().isEmpty() ? "" : " / 措施：" + i.measures()));
		}
		return fields;
	}

	private static Map<String, String> roundFields(MonitoringRound r) {
		var fields = new LinkedHashMap<String, String>();
		fields.put("预算年度", Integer.toString(r.fiscalYear()));
		fields.put("截止月份", r.cutOffMonth() + " 月");
		fields.put("报送截止日期", r.deadline().toString());
		fields.put("状态", r.status().label());
		return fields;
	}

}
