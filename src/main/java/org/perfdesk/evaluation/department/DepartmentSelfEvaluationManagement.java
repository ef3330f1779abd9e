package org.perfdesk.evaluation.department;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.perfdesk.consistency.Attainment;
import org.perfdesk.consistency.ConsistencyChecks;
import org.perfdesk.consistency.Direction;
import org.perfdesk.consistency.Figure;
import org.perfdesk.consistency.Finding;
import org.perfdesk.consistency.IndicatorRow;
import org.perfdesk.consistency.PrintedTable;
import org.perfdesk.consistency.ReverseRule;
import org.perfdesk.evaluation.EvaluationStatus;
import org.perfdesk.evaluation.ReviewStep;
import org.perfdesk.evaluation.common.CommonIndicator;
import org.perfdesk.evaluation.common.CommonIndicatorScore;
import org.perfdesk.evaluation.common.CommonIndicatorSettings;
import org.perfdesk.evaluation.common.CommonIndicatorTemplate;
import org.perfdesk.evaluation.scoring.Grading;
import org.perfdesk.evaluation.scoring.IndicatorScoring;
import org.perfdesk.evaluation.scoring.Numbers;
import org.perfdesk.evaluation.scoring.ScoredItem;
import org.perfdesk.evaluation.scoring.ScoringSettingsManagement;
import org.perfdesk.execution.AdjustmentKind;
import org.perfdesk.execution.BudgetAdjustment;
import org.perfdesk.execution.ExecutionManagement;
import org.perfdesk.execution.ProjectExecution;
import org.perfdesk.execution.SourceAmounts;
import org.perfdesk.execution.department.DepartmentFigures;
import org.perfdesk.execution.department.DepartmentFiguresManagement;
import org.perfdesk.org.DataScope;
import org.perfdesk.org.OrgDirectory;
import org.perfdesk.org.Role;
import org.perfdesk.org.Unit;
import org.perfdesk.review.ReviewDecision;
import org.perfdesk.review.ReviewLevel;
import org.perfdesk.review.ReviewRule;
import org.perfdesk.shared.Amount;
import org.perfdesk.shared.ConcurrentChange;
import org.perfdesk.shared.FiscalYear;
import org.perfdesk.shared.Grade;
import org.perfdesk.shared.PlainText;
import org.perfdesk.shared.RecordChanged.Action;
import org.perfdesk.shared.RecordChanged;
import org.perfdesk.shared.RecordNotFound;
import org.perfdesk.shared.RecordType;
import org.perfdesk.shared.RuleViolation;
import org.perfdesk.targets.Indicator;
import org.perfdesk.targets.KeyTask;
import org.perfdesk.targets.PerformanceTarget;
import org.perfdesk.targets.TargetKind;
import org.perfdesk.targets.TargetManagement;
import org.perfdesk.targets.TargetStatus;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import static org.perfdesk.shared.PlainText.MULTI_LINE;
import static org.perfdesk.shared.PlainText.SINGLE_LINE;

/**
 * Keeps the departments' overall self-evaluations (部门整体支出绩效自评表) through opening, saving,
 * submission and the two reviews, and computes what they show: the money block from the
 * recorded figures (module execution), the common indicators with the year's template
 * ({@link CommonIndicatorSettings}), the total and grade, and the consistency checker's
 * findings. Every method takes the caller's {@link DataScope}: an evaluation or target
 * outside it is not found; only the department's 填报人 writes; reviewers act only on what
 * waits for their level. Nothing is half-saved: a broken rule refuses the whole change.
 */
@Service
@Transactional
public class DepartmentSelfEvaluationManagement {

	static final int MAX_ACHIEVEMENT = 4000;

	static final int MAX_TEXT = 2000;

	static final int MAX_REASON = 1000;

	static final int MAX_VALUE = 200;

	private final DepartmentSelfEvaluationRepository repository;

	private final TargetManagement targets;

	private final DepartmentFiguresManagement figures;

	private final ExecutionManagement execution;

	private final OrgDirectory directory;

	private final CommonIndicatorSettings templates;

	private final ScoringSettingsManagement scoring;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final ConsistencyChecks consistency;

	DepartmentSelfEvaluationManagement(DepartmentSelfEvaluationRepository repository, TargetManagement targets,
			DepartmentFiguresManagement figures, ExecutionManagement execution, OrgDirectory directory,
			CommonIndicatorSettings templates, ScoringSettingsManagement scoring, ConsistencyChecks consistency,
			ApplicationEventPublisher events, Clock clock) {
		this.repository = repository;
		this.consistency = consistency;
		this.targets = targets;
		this.figures = figures;
		this.execution = execution;
		this.directory = directory;
		this.templates = templates;
		this.scoring = scoring;
		this.events = events;
		this.clock = clock;
	}

	/** The evaluations of a year within the scope, in the order they were opened. */
	@Transactional(readOnly = true)
	public List<DepartmentSelfEvaluation> list(DataScope scope, FiscalYear year) {
		return repository.ofYear(year.value()).stream().filter(e -> scope.canRead(e.departmentId())).toList();
	}

	/**
	 * 待自评: the approved department targets of a past year within the scope that have no
	 * evaluation yet; none for the current or a future year, which has not ended.
	 */
	@Transactional(readOnly = true)
	public List<PerformanceTarget> pending(DataScope scope, FiscalYear year) {
		if (!ended(year.value())) {
			return List.of();
		}
		return targets.list(scope, year, TargetKind.DEPARTMENT)
			.stream()
			.filter(t -> t.status() == TargetStatus.APPROVED && repository.findByTarget(t.id()).isEmpty())
			.toList();
	}

	/**
	 * True once the fiscal year is over (year &lt; the current calendar year), when its
	 * evaluation may start.
	 */
	public boolean ended(int fiscalYear) {
		return fiscalYear < FiscalYear.current(clock).value();
	}

	@Transactional(readOnly = true)
	public DepartmentSelfEvaluation find(DataScope scope, long id) {
		return repository.find(id)
			.filter(e -> scope.canRead(e.departmentId()))
			.orElseThrow(() -> new RecordNotFound("部门整体支出绩效自评表", id));
	}

	/**
	 * 开始自评: the department's 填报人 opens the evaluation of an approved department target of
	 * a past year — a draft with the target's key indicators and main tasks copied in —
	 * or gets the one already open.
	 */
	public DepartmentSelfEvaluation open(DataScope scope, long targetId) {
		PerformanceTarget target = targets.find(scope, targetId);
		if (target.kind() != TargetKind.DEPARTMENT) {
			throw new RecordNotFound("部门整体支出绩效目标", targetId);
		}
		var existing = repository.findByTarget(targetId);
		if (existing.isPresent()) {
			return existing.get();
		}
		if (!scope.canWrite(target.unitId())) {
			throw new AccessDeniedException("只有本部门的填报人可以开始部门整体支出绩效自评");
		}
		if (target.status() != TargetStatus.APPROVED || !target.current()) {
			throw new RuleViolation("target", "部门整体支出绩效目标"
					+ (target.current() ? "尚未批复（当前为“" + target.status().label() + "”）" : "已被调整后的新版本取代") + "，不能据此自评");
		}
		if (!ended(target.fiscalYear())) {
			throw new RuleViolation("target", target.fiscalYear() + " 年度尚未结束，年度结束后才能开始自评");
		}
		List<KeyIndicatorResult> keys = new ArrayList<>();
		List<Indicator> indicators = target.content().indicators();
		for (int i = 0; i < indicators.size(); i++) {
			Indicator ind = indicators.get(i);
			keys.add(new KeyIndicatorResult(i, ind.subcategory(), ind.name(), ind.value().typed(), ind.weight(), "",
					""));
		}
		List<TaskResult> tasks = new ArrayList<>();
		List<KeyTask> keyTasks = target.content().tasks();
		for (int i = 0; i < keyTasks.size(); i++) {
			KeyTask t = keyTasks.get(i);
			tasks.add(new TaskResult(i, t.name(), t.content(), t.fiscalFunds(), t.otherFunds(), ""));
		}
		var draft = new DepartmentSelfEvaluation(null, target.id(), target.unitId(), target.fiscalYear(),
				EvaluationStatus.DRAFT, "", "", "", "", keys, tasks, List.of(), null, List.of(), null, null, null, 0,
				null);
		long id = repository.insert(draft);
		DepartmentSelfEvaluation created = repository.find(id).orElseThrow();
		publish(Action.CREATE, created, null);
		return created;
	}

	/**
	 * The page: the evaluation with its figures, scores, total, grade, findings and
	 * reviews.
	 */
	@Transactional(readOnly = true)
	public DepartmentSelfEvaluationSheet sheet(DataScope scope, long id) {
		return sheet(scope, find(scope, id));
	}

	DepartmentSelfEvaluationSheet sheet(DataScope scope, DepartmentSelfEvaluation e) {
		PerformanceTarget target = targets.find(scope, e.targetId());
		CommonIndicatorTemplate template = templates.forYear(e.fiscalYear());
		boolean live = e.editable() || e.submittedFunds() == null;
		DepartmentFunds funds;
		List<CommonIndicatorScore> scores;
		BigDecimal totalWeight;
		if (live) {
			DepartmentFigures now = recorded(e.departmentId(), e.fiscalYear());
			funds = funds(e.departmentId(), e.fiscalYear(), now);
			DepartmentMeasures measures = new DepartmentMeasures(now, recorded(e.departmentId(), e.fiscalYear() - 1),
					funds, e.keyIndicators(), new IndicatorScoring(scoring.forYear(e.fiscalYear())));
			scores = template.indicators()
				.stream()
				.map(c -> new CommonIndicatorScore(c.code(), c.category(), c.group(), c.name(),
						c.score(measures, e.answers(c.code()))))
				.toList();
			totalWeight = template.totalWeight();
		}
		else {
			funds = e.submittedFunds();
			scores = e.submittedScores();
			totalWeight = e.totalWeight();
		}
		BigDecimal total = scores.stream()
			.filter(s -> s.item().scorable())
			.map(s -> s.item().score())
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		BigDecimal basis = totalWeight.compareTo(BigDecimal.valueOf(100)) == 0 ? total
				: total.multiply(BigDecimal.valueOf(100)).divide(totalWeight, 2, RoundingMode.HALF_UP);
		Grade grade = live ? Grading.gradeOf(basis) : e.grade();
		List<Finding> findings = consistency.checker(ReverseRule.RATIO)
			.check(table(e, funds, scores, totalWeight, total));
		boolean mayEdit = e.editable() && scope.canWrite(e.departmentId());
		return new DepartmentSelfEvaluationSheet(e, target, directory.nameOf(e.departmentId()), template, funds, scores,
				totalWeight, total, basis, grade, findings, e.id() == null ? List.of() : repository.reviews(e.id()),
				live, mayEdit, mayReview(scope, e));
	}

	/**
	 * 保存: by the department's 填报人 while the evaluation is a draft or returned. Refused
	 * whole when the input does not fit the evaluation or a text is too long; a stale
	 * {@code version} is refused.
	 */
	public DepartmentSelfEvaluation save(DataScope scope, long id, DepartmentSelfEvaluationInput input, int version) {
		DepartmentSelfEvaluation before = writable(scope, id, "修改");
		CommonIndicatorTemplate template = templates.forYear(before.fiscalYear());
		var errors = new LinkedHashMap<String, String>();
		DepartmentSelfEvaluation typed = typed(before, input, template, errors);
		if (!errors.isEmpty()) {
			throw new RuleViolation(errors);
		}
		if (!repository.updateContent(id, version, typed)) {
			throw new ConcurrentChange("部门整体支出绩效自评表");
		}
		DepartmentSelfEvaluation after = repository.find(id).orElseThrow();
		publish(Action.UPDATE, after, auditFields(before));
		return after;
	}

	/**
	 * 提交: checks that everything required is written (the figures of the year recorded,
	 * the texts, every key indicator's 年度完成值, every task's completion, every checklist
	 * answered, a reason for a budget adjustment and for each deduction) and freezes the
	 * money block, the scores, the total and the grade.
	 */
	public DepartmentSelfEvaluation submit(DataScope scope, long id, int version) {
		DepartmentSelfEvaluation before = writable(scope, id, "提交");
		DepartmentSelfEvaluationSheet sheet = sheet(scope, before);
		Map<String, String> errors = missing(sheet);
		if (!errors.isEmpty()) {
			throw new RuleViolation(errors);
		}
		if (!repository.updateStatus(id, version, EvaluationStatus.SUBMITTED, sheet)) {
			throw new ConcurrentChange("部门整体支出绩效自评表");
		}
		DepartmentSelfEvaluation after = repository.find(id).orElseThrow();
		var fields = new LinkedHashMap<String, String>();
		fields.put("状态", after.status().label());
		fields.put("总分", sheet.totalText() + " / " + Numbers.text(sheet.totalWeight()));
		fields.put("等级", sheet.grade().label());
		publishStatus(Action.SUBMIT, before, after, fields);
		return after;
	}

	/**
	 * 审核: the department's reviewer, then the finance bureau's; 退回 needs an opinion and
	 * reopens the evaluation.
	 */
	public DepartmentSelfEvaluation review(DataScope scope, long id, int version, ReviewDecision decision,
			String opinion, String reviewer) {
		DepartmentSelfEvaluation before = find(scope, id);
		ReviewStep step = ReviewStep.of(before.status(), mayReview(scope, before), decision, opinion);
		ReviewLevel level = step.level();
		EvaluationStatus next = step.next();
		String text = step.opinion();
		if (!repository.updateStatus(id, version, next, null)) {
			throw new ConcurrentChange("部门整体支出绩效自评表");
		}
		repository.insertReview(id, level, decision, text, reviewer == null ? "" : reviewer);
		DepartmentSelfEvaluation after = repository.find(id).orElseThrow();
		var fields = new LinkedHashMap<String, String>();
		fields.put("状态", after.status().label());
		fields.put(level.label() + "意见", text);
		publishStatus(step.action(), before, after, fields);
		return after;
	}

	@Transactional(readOnly = true)
	public List<DepartmentSelfEvaluation.Review> reviews(DataScope scope, long id) {
		return repository.reviews(find(scope, id).id());
	}

	/** True when this user reviews the evaluation now. */
	public static boolean mayReview(DataScope scope, DepartmentSelfEvaluation e) {
		return ReviewRule.mayReview(scope, e.status().awaiting(), e.departmentId());
	}

	/**
	 * 部门资金情况 of a department and year from the records, the same for every reader: its
	 * 部门整体支出数据 and the projects of the department and the units under it, read with the
	 * department's reach (only sums leave here).
	 */
	@Transactional(readOnly = true)
	public DepartmentFunds funds(DataScope scope, long departmentId, FiscalYear year) {
		Unit department = directory.find(departmentId)
			.filter(u -> scope.canRead(u.id()))
			.orElseThrow(() -> new RecordNotFound("部门", departmentId));
		return funds(department.id(), year.value(), recorded(department.id(), year.value()));
	}

	// ---------------------------------------------------------------- computing

	private DepartmentFunds funds(long departmentId, int year, DepartmentFigures recorded) {
		Amount initial = Amount.ZERO;
		Amount adjustment = Amount.ZERO;
		Amount increases = Amount.ZERO;
		Amount spent = Amount.ZERO;
		Amount publicSpent = Amount.ZERO;
		for (ProjectExecution pe : projects(departmentId, year)) {
			initial = initial.plus(pe.initialBudget().total());
			adjustment = adjustment.plus(pe.adjustment().total());
			for (BudgetAdjustment a : pe.adjustments()) {
				if (a.kind() == AdjustmentKind.INCREASE) {
					increases = increases.plus(a.amount());
				}
			}
			SourceAmounts executed = pe.executedTo(12);
			spent = spent.plus(executed.total());
			publicSpent = publicSpent.plus(executed.fiscalAppropriation()).plus(executed.carryOver());
		}
		if (recorded == null) {
			return new DepartmentFunds(null, adjustment, increases, null, null);
		}
		return new DepartmentFunds(initial.plus(recorded.basicBudget()), adjustment, increases,
				spent.plus(recorded.basicSpent()), publicSpent.plus(recorded.basicSpent()));
	}

	/** A department scope over its subtree, so the sums do not depend on who looks. */
	private DataScope departmentScope(long departmentId) {
		Set<Long> units = directory.subtree(departmentId).stream().map(Unit::id).collect(Collectors.toSet());
		return new DataScope(Role.DEPARTMENT_REVIEWER, departmentId, false, units);
	}

	private List<ProjectExecution> projects(long departmentId, int year) {
		DataScope department = departmentScope(departmentId);
		return execution.list(department, FiscalYear.of(year))
			.units()
			.stream()
			.filter(u -> department.canRead(u.unitId()))
			.flatMap(u -> u.projects().stream())
			.toList();
	}

	/** The department's saved 部门整体支出数据 of a year, or null when none were saved. */
	private DepartmentFigures recorded(long departmentId, int year) {
		if (!FiscalYear.isValid(year)) {
			return null;
		}
		DepartmentFigures f = figures.find(departmentScope(departmentId), departmentId, FiscalYear.of(year));
		return f.saved() ? f : null;
	}

	/**
	 * The table as the consistency checker reads it: the figures and rates as they would
	 * be printed.
	 */
	static PrintedTable table(DepartmentSelfEvaluation e, DepartmentFunds funds, List<CommonIndicatorScore> scores,
			BigDecimal totalWeight, BigDecimal total) {
		var b = PrintedTable.builder(e.fiscalYear() + " 部门整体支出绩效自评表")
			.annualBudget(DepartmentFunds.printed(funds.annualBudget()))
			.initialBudget(DepartmentFunds.printed(funds.initialBudget()))
			.actualSpending(DepartmentFunds.printed(funds.actualSpending()))
			.adjustment(DepartmentFunds.printed(funds.adjustment()))
			.completionRate(funds.completionRate() == null ? null : funds.completionRate().toPlainString())
			.adjustmentRate(funds.adjustmentRate() == null ? null : funds.adjustmentRate().toPlainString())
			.adjustmentReason(e.adjustmentReason());
		for (KeyIndicatorResult k : e.keyIndicators()) {
			b.keyIndicator(k.name(), k.expected(), k.actualValue().isBlank() ? k.completion() : k.actualValue());
		}
		for (TaskResult t : e.tasks()) {
			b.task(t.name(), t.target(), t.completion(), t.total().toWan(2).toPlainString());
		}
		for (CommonIndicatorScore s : scores) {
			ScoredItem item = s.item();
			b.row(new IndicatorRow(s.category(), s.name(), Figure.of("分值", Numbers.text(item.weight())),
					item.scorable() ? Figure.of("得分", item.score().toPlainString()) : Figure.missing("得分"),
					Direction.QUALITATIVE, null, null, null, item.scorable() ? item.inputs() : null, Attainment.UNKNOWN,
					e.reason(s.code()), null));
		}
		b.formTotalWeight(Numbers.text(totalWeight));
		b.printedTotalScore(total.setScale(2, RoundingMode.HALF_UP).toPlainString());
		return b.build();
	}

	/** Field → message for what a submission still lacks. */
	static Map<String, String> missing(DepartmentSelfEvaluationSheet sheet) {
		DepartmentSelfEvaluation e = sheet.evaluation();
		var errors = new LinkedHashMap<String, String>();
		if (!sheet.funds().recorded()) {
			errors.put("figures", e.fiscalYear() + " 年度的部门整体支出数据尚未填报（预算执行 → 部门整体支出），部门资金情况无法计算");
		}
		if (e.achievement().isBlank()) {
			errors.put("achievement", "请填写整体目标完成情况");
		}
		if (sheet.funds().adjustment().yuan().signum() != 0 && e.adjustmentReason().isBlank()) {
			errors.put("adjustmentReason", "年度调整额为 " + sheet.funds().adjustment().formatWan(2) + " 万元，请填写预算调整原因");
		}
		for (int i = 0; i < e.keyIndicators().size(); i++) {
			KeyIndicatorResult k = e.keyIndicators().get(i);
			if (k.actualValue().isBlank()) {
				errors.put("keyIndicators[" + i + "].actualValue", "请填写关键指标“" + k.name() + "”的年度完成值");
			}
		}
		for (int i = 0; i < e.tasks().size(); i++) {
			if (e.tasks().get(i).completion().isBlank()) {
				errors.put("tasks[" + i + "].completion", "请填写主要任务“" + e.tasks().get(i).name() + "”的完成情况");
			}
		}
		List<CommonIndicator> indicators = sheet.template().indicators();
		for (int i = 0; i < indicators.size(); i++) {
			CommonIndicator c = indicators.get(i);
			CommonIndicatorScore s = sheet.score(c.code());
			List<Boolean> answers = e.answers(c.code());
			if (c.checklist() && (answers.size() != c.items().size() || answers.contains(null))) {
				errors.put("responses[" + i + "].answers", "共性指标“" + c.name() + "”尚有检查项未作答");
			}
			else if (s != null && s.item().scorable() && s.item().score().compareTo(s.item().weight()) < 0
					&& e.reason(c.code()).isBlank()) {
				errors.put("responses[" + i + "].reason",
						"共性指标“" + c.name() + "”得分 " + s.scoreText() + " 低于分值 " + s.weightText() + "，请填写偏差原因分析及改进措施");
			}
		}
		if (e.problems().isBlank()) {
			errors.put("problems", "请填写存在问题");
		}
		if (e.measures().isBlank()) {
			errors.put("measures", "请填写改进措施");
		}
		return errors;
	}

	/** The evaluation with the input applied, or errors for what does not fit. */
	private static DepartmentSelfEvaluation typed(DepartmentSelfEvaluation before, DepartmentSelfEvaluationInput in,
			CommonIndicatorTemplate template, Map<String, String> errors) {
		String achievement = text(errors, "achievement", "整体目标完成情况", in.achievement(), MAX_ACHIEVEMENT, MULTI_LINE);
		String problems = text(errors, "problems", "存在问题", in.problems(), MAX_TEXT, MULTI_LINE);
		String measures = text(errors, "measures", "改进措施", in.measures(), MAX_TEXT, MULTI_LINE);
		String reason = text(errors, "adjustmentReason", "预算调整原因", in.adjustmentReason(), MAX_REASON, MULTI_LINE);
		List<KeyIndicatorResult> keys = new ArrayList<>();
		if (in.keyIndicators().size() != before.keyIndicators().size()) {
			errors.put("keyIndicators", "自评表应有 " + before.keyIndicators().size() + " 项关键指标，收到 "
					+ in.keyIndicators().size() + " 项；请刷新页面后重新填写");
		}
		else {
			for (int i = 0; i < in.keyIndicators().size(); i++) {
				var entry = in.keyIndicators().get(i);
				String p = "keyIndicators[" + i + "].";
				KeyIndicatorResult k = before.keyIndicators().get(i);
				keys.add(k.with(
						text(errors, p + "actualValue", "“" + k.name() + "”的年度完成值", entry.actualValue(), MAX_VALUE,
								SINGLE_LINE),
						text(errors, p + "completion", "“" + k.name() + "”的具体完成情况", entry.completion(), MAX_TEXT,
								MULTI_LINE)));
			}
		}
		List<TaskResult> tasks = new ArrayList<>();
		if (in.taskCompletions().size() != before.tasks().size()) {
			errors.put("tasks",
					"自评表应有 " + before.tasks().size() + " 项主要任务，收到 " + in.taskCompletions().size() + " 项；请刷新页面后重新填写");
		}
		else {
			for (int i = 0; i < in.taskCompletions().size(); i++) {
				TaskResult t = before.tasks().get(i);
				tasks.add(t.with(text(errors, "tasks[" + i + "].completion", "“" + t.name() + "”的完成情况",
						in.taskCompletions().get(i), MAX_TEXT, MULTI_LINE)));
			}
		}
		List<DepartmentSelfEvaluation.Response> responses = new ArrayList<>();
		Map<String, Integer> positions = new LinkedHashMap<>();
		for (int i = 0; i < template.indicators().size(); i++) {
			positions.put(template.indicators().get(i).code(), i);
		}
		for (var entry : in.responses()) {
			Integer i = entry.code() == null ? null : positions.get(entry.code());
			if (i == null) {
				errors.put("responses", "共性指标“" + entry.code() + "”不在 " + before.fiscalYear() + " 年度的模板中，请刷新页面后重新填写");
				continue;
			}
			CommonIndicator c = template.indicators().get(i);
			String p = "responses[" + i + "].";
			List<Boolean> answers = new ArrayList<>();
			if (!c.checklist() && entry.answers().stream().anyMatch(a -> a != null && !a.isBlank())) {
				errors.put(p + "answers", "共性指标“" + c.name() + "”按公式计分，没有检查项");
			}
			else if (c.checklist() && !entry.answers().isEmpty() && entry.answers().size() != c.items().size()) {
				errors.put(p + "answers", "共性指标“" + c.name() + "”有 " + c.items().size() + " 个检查项，收到 "
						+ entry.answers().size() + " 个答案；请刷新页面后重新填写");
			}
			else if (c.checklist()) {
				for (int k = 0; k < entry.answers().size(); k++) {
					String a = entry.answers().get(k) == null ? "" : entry.answers().get(k).strip();
					switch (a) {
						case "Y" -> answers.add(true);
						case "N" -> answers.add(false);
						case "" -> answers.add(null);
						default -> errors.put(p + "answers", "检查项“" + c.items().get(k) + "”的答案只能是“符合”或“不符合”");
					}
				}
			}
			responses.add(new DepartmentSelfEvaluation.Response(c.code(), answers, text(errors, p + "reason",
					"“" + c.name() + "”的偏差原因分析及改进措施", entry.reason(), MAX_REASON, MULTI_LINE)));
		}
		return new DepartmentSelfEvaluation(before.id(), before.targetId(), before.departmentId(), before.fiscalYear(),
				before.status(), achievement, problems, measures, reason, keys, tasks, responses, null, List.of(), null,
				null, null, before.version(), before.updatedAt());
	}

	/**
	 * The stripped text; invisible control characters, then the length, are refused
	 * against the field.
	 */
	private static String text(Map<String, String> errors, String field, String label, String value, int max,
			PlainText kind) {
		String text = value == null ? "" : value.strip();
		if (!kind.accepts(text)) {
			errors.put(field, PlainText.message(label));
		}
		else if (text.length() > max) {
			errors.put(field, label + "过长：" + text.length() + " 字，上限 " + max + " 字");
		}
		return text;
	}

	private DepartmentSelfEvaluation writable(DataScope scope, long id, String verb) {
		DepartmentSelfEvaluation e = find(scope, id);
		if (!scope.canWrite(e.departmentId())) {
			throw new AccessDeniedException("只有本部门的填报人可以" + verb + "部门整体支出绩效自评表");
		}
		if (!e.editable()) {
			throw new RuleViolation("status", "自评表当前状态为“" + e.status().label() + "”，不能" + verb
					+ (e.status() == EvaluationStatus.APPROVED ? "（已批复的自评表已锁定）" : ""));
		}
		return e;
	}

	// ---------------------------------------------------------------- audit

	private String label(DepartmentSelfEvaluation e) {
		return directory.nameOf(e.departmentId()) + " " + e.fiscalYear() + " 年度部门整体支出绩效自评表";
	}

	private void publish(Action action, DepartmentSelfEvaluation after, Map<String, String> before) {
		events.publishEvent(new RecordChanged(action, RecordType.DEPARTMENT_EVALUATION.name(), after.id(), label(after),
				after.departmentId(), after.fiscalYear(), RecordChanged.diff(before, auditFields(after))));
	}

	private void publishStatus(Action action, DepartmentSelfEvaluation before, DepartmentSelfEvaluation after,
			Map<String, String> fields) {
		events.publishEvent(new RecordChanged(action, RecordType.DEPARTMENT_EVALUATION.name(), after.id(), label(after),
				after.departmentId(), after.fiscalYear(),
				RecordChanged.diff(Map.of("状态", before.status().label()), fields)));
	}

	private static Map<String, String> auditFields(DepartmentSelfEvaluation e) {
		var fields = new LinkedHashMap<String, String>();
		fields.put("状态", e.status().label());
		fields.put("整体目标完成情况", e.achievement());
		fields.put("预算调整原因", e.adjustmentReason());
		for (KeyIndicatorResult k : e.keyIndicators()) {
			fields.put("关键指标“" + k.name() + "”",
					k.actualValue() + (k.completion().isEmpty() ? "" : " / " + k.completion()));
		}
		for (TaskResult t : e.tasks()) {
			fields.put("主要任务“" + t.name() + "”", t.completion());
		}
		for (DepartmentSelfEvaluation.Response r : e.responses()) {
			String answers = r.answers()
				.stream()
				.map(a -> a == null ? "未答" : a ? "符合" : "不符合")
				.collect(Collectors.joining("、"));
			fields.put("共性指标 " + r.code(), answers + (r.reason().isEmpty() ? "" : " / 扣分原因：" + r.reason()));
		}
		fields.put("存在问题", e.problems());
		fields.put("改进措施", e.measures());
		return fields;
	}

}
