package org.perfdesk.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.perfdesk.budget.Project;
import org.perfdesk.budget.ProjectManagement;
import org.perfdesk.consistency.ConsistencyChecks;
import org.perfdesk.consistency.Finding;
import org.perfdesk.evaluation.scoring.Grading;
import org.perfdesk.evaluation.scoring.Numbers;
import org.perfdesk.evaluation.scoring.ScoredItem;
import org.perfdesk.evaluation.scoring.ScoringSettings;
import org.perfdesk.evaluation.scoring.ScoringSettingsManagement;
import org.perfdesk.execution.ExecutionManagement;
import org.perfdesk.execution.ProjectExecution;
import org.perfdesk.execution.SourceAmounts;
import org.perfdesk.org.DataScope;
import org.perfdesk.org.OrgDirectory;
import org.perfdesk.org.Unit;
import org.perfdesk.review.ReviewDecision;
import org.perfdesk.review.ReviewLevel;
import org.perfdesk.review.ReviewRule;
import org.perfdesk.shared.ConcurrentChange;
import org.perfdesk.shared.DecimalText;
import org.perfdesk.shared.FiscalYear;
import org.perfdesk.shared.PlainText;
import org.perfdesk.shared.RecordChanged.Action;
import org.perfdesk.shared.RecordChanged;
import org.perfdesk.shared.RecordNotFound;
import org.perfdesk.shared.RecordType;
import org.perfdesk.shared.RuleViolation;
import org.perfdesk.targets.Indicator;
import org.perfdesk.targets.PerformanceTarget;
import org.perfdesk.targets.TargetKind;
import org.perfdesk.targets.TargetManagement;
import org.perfdesk.targets.TargetStatus;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens, saves, checks, submits and reviews 项目支出绩效自评表. Every method takes the caller's
 * {@link DataScope}: an evaluation or target outside it is not found; only the unit's 填报人
 * opens and writes, only while the table is a draft or returned; reviewers act only on
 * what waits for their level (the department, then the finance bureau, as for monitoring
 * reports). Each save recomputes every score with the engine and the year's settings
 * ({@link ScoringSettingsManagement#forYear}) and stores it with its rule, inputs and
 * explanation; a submitted table is never recomputed, and an approved one is locked.
 */
@Service
@Transactional
public class SelfEvaluationManagement {

	static final String WHAT = "项目自评表";

	static final int MAX_TEXT = 2000;

	static final int MAX_NOTE = 1000;

	static final int MAX_ACTUAL = 500;

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private final SelfEvaluationRepository repository;

	private final TargetManagement targets;

	private final ProjectManagement projects;

	private final ExecutionManagement execution;

	private final OrgDirectory directory;

	private final ScoringSettingsManagement settings;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final ConsistencyChecks consistency;

	SelfEvaluationManagement(SelfEvaluationRepository repository, TargetManagement targets, ProjectManagement projects,
			ExecutionManagement execution, OrgDirectory directory, ScoringSettingsManagement settings,
			ConsistencyChecks consistency, ApplicationEventPublisher events, Clock clock) {
		this.repository = repository;
		this.targets = targets;
		this.projects = projects;
		this.consistency = consistency;
		this.execution = execution;
		this.directory = directory;
		this.settings = settings;
		this.events = events;
		this.clock = clock;
	}

	/** True once the fiscal year is over: only then are its targets self-evaluated. */
	public boolean yearEnded(int fiscalYear) {
		return fiscalYear < LocalDate.now(clock).getYear();
	}

	/** The self-evaluations of a year within the scope. */
	@Transactional(readOnly = true)
	public List<SelfEvaluation> list(DataScope scope, FiscalYear year) {
		return repository.ofYear(year.value()).stream().filter(e -> scope.canRead(e.unitId())).toList();
	}

	/**
	 * The approved current project targets of a year within the scope that have no
	 * self-evaluation yet; none while the year has not ended.
	 */
	@Transactional(readOnly = true)
	public List<PerformanceTarget> pending(DataScope scope, FiscalYear year) {
		if (!yearEnded(year.value())) {
			return List.of();
		}
		Set<Long> evaluated = repository.evaluatedProjects(year.value());
		return targets.list(scope, year, TargetKind.PROJECT)
			.stream()
			.filter(t -> t.status() == TargetStatus.APPROVED && !evaluated.contains(t.projectId()))
			.toList();
	}

	/**
	 * The year list: evaluations with their unit and project, and the targets waiting for
	 * one (待自评).
	 */
	@Transactional(readOnly = true)
	public EvaluationYear year(DataScope scope, FiscalYear year) {
		Map<Long, Project> projects = new java.util.HashMap<>();
		var lines = list(scope, year).stream()
			.map(e -> new EvaluationYear.Line(e, directory.nameOf(e.unitId()),
					projectLabel(scope, e.projectId(), projects)))
			.toList();
		var pending = pending(scope, year).stream()
			.map(t -> new EvaluationYear.Pending(t.id(), t.unitId(), directory.nameOf(t.unitId()),
					projectLabel(scope, t.projectId(), projects), scope.canWrite(t.unitId())))
			.toList();
		return new EvaluationYear(year.value(), yearEnded(year.value()), lines, pending, scope.canWriteAnything());
	}

	@Transactional(readOnly = true)
	public SelfEvaluation find(DataScope scope, long id) {
		return repository.find(id)
			.filter(e -> scope.canRead(e.unitId()))
			.orElseThrow(() -> new RecordNotFound(WHAT, id));
	}

	/**
	 * The page of one evaluation: the table, the checker's findings, what blocks
	 * submission, reviews, permissions.
	 */
	@Transactional(readOnly = true)
	public EvaluationSheet sheet(DataScope scope, long id) {
		SelfEvaluation e = find(scope, id);
		PerformanceTarget target = targets.find(scope, e.targetId());
		Project project = projects.find(scope, e.projectId());
		ScoringSettings year = settings.forYear(e.fiscalYear());
		List<Finding> findings = findings(e, project, year);
		Map<String, String> blockers = e.editable() ? SubmissionRules.problems(e, findings) : Map.of();
		String unitName = directory.nameOf(e.unitId());
		String department = directory.departmentOf(e.unitId()).map(Unit::name).orElse(unitName);
		boolean mayEdit = mayEdit(scope, e);
		return new EvaluationSheet(e, target, project.code(), project.name(), department, unitName, findings, blockers,
				repository.reviews(e.id()), mayEdit, mayEdit && blockers.isEmpty(), mayReview(scope, e),
				awaiting(e.status()), year);
	}

	/**
	 * The consistency checker's findings on the stored table, with the year's settings.
	 */
	@Transactional(readOnly = true)
	public List<Finding> findings(DataScope scope, long id) {
		SelfEvaluation e = find(scope, id);
		return findings(e, projects.find(scope, e.projectId()), settings.forYear(e.fiscalYear()));
	}

	/**
	 * 开始自评: the unit's 填报人 opens the self-evaluation of an approved current project
	 * target of a year that has ended, one per project. The budget block comes from
	 * module execution (年初预算数, 全年预算数 and the whole year's 执行数 by fund source), the
	 * indicators from the target, the 分值 from {@link InitialWeights}; everything is
	 * scored at once, so the draft shows the 预算执行 score from the start.
	 */
	public SelfEvaluation open(DataScope scope, long targetId) {
		PerformanceTarget t = targets.find(scope, targetId);
		if (!scope.canWrite(t.unitId())) {
			throw new AccessDeniedException("只有本单位填报人可以开展自评");
		}
		if (t.kind() != TargetKind.PROJECT) {
			throw new RuleViolation("targetId", "项目支出绩效自评表只能对项目支出绩效目标填写");
		}
		if (t.status() != TargetStatus.APPROVED || !t.current()) {
			throw new RuleViolation("targetId",
					"只有已批复的现行绩效目标可以开展自评，该目标当前为“" + t.status().label() + "”" + (t.current() ? "" : "（已被调整后的新版本取代）"));
		}
		if (!yearEnded(t.fiscalYear())) {
			throw new RuleViolation("targetId", t.fiscalYear() + " 年度尚未结束，年度结束后才能开展绩效自评");
		}
		if (repository.existsForProject(t.projectId())) {
			throw new RuleViolation("targetId", "该项目已有自评表，请在列表中打开");
		}
		ScoringSettings year = settings.forYear(t.fiscalYear());
		ProjectExecution pe = execution.find(scope, t.projectId(), FiscalYear.of(t.fiscalYear()));
		List<Indicator> indicators = t.content().indicators();
		List<BigDecimal> weights = InitialWeights.of(indicators.stream().map(Indicator::subcategory).toList(),
				indicators.stream().map(Indicator::weight).toList(), year);
		var rows = new ArrayList<EvaluatedIndicator>(indicators.size());
		for (int i = 0; i < indicators.size(); i++) {
			Indicator ind = indicators.get(i);
			String typed = ind.value().typed();
			rows.add(new EvaluatedIndicator(i, ind.subcategory(), ind.name(), typed, weights.get(i), "", null,
					EvaluationScoring.indicator(year, t.fiscalYear(), typed, weights.get(i), "", null, null), null,
					""));
		}
		SourceAmounts budget = pe.fullYearBudget();
		SourceAmounts executed = pe.executedTo(12);
		ScoredItem exec = EvaluationScoring.execution(year, budget, executed);
		BigDecimal total = total(exec.score(), rows);
		var draft = new SelfEvaluation(null, t.id(), t.projectId(), t.unitId(), t.fiscalYear(), EvaluationStatus.DRAFT,
				pe.initialBudget(), budget, executed, t.content().annualObjective(), "", exec, null, "", total,
				Grading.gradeOf(total), 0, null, rows);
		long id = repository.insert(draft);
		SelfEvaluation created = repository.find(id).orElseThrow();
		publish(Action.CREATE, created, label(pe.project()), null);
		return created;
	}

	/**
	 * 保存: the 实际完成值, bands, scores set by hand, reasons, 实际完成情况 and 分值 of a draft or
	 * returned table, by its unit's 填报人. Refreshes the budget block from module execution
	 * and recomputes every score with the year's settings. Refused whole, with a Chinese
	 * message per field, when a number is not a number, a 分值 is not positive, a score is
	 * negative or above its 分值, a score set by hand has no reason, the 分值 do not add up
	 * to 100 − the 预算执行 分值, or texts are too long; a stale {@code version} is refused.
	 * Each score set by hand goes into the audit trail with its reason.
	 */
	public SelfEvaluation save(DataScope scope, long id, int version, EvaluationInput input) {
		SelfEvaluation before = writable(scope, id, "修改");
		ScoringSettings year = settings.forYear(before.fiscalYear());
		if (input.indicators().size() != before.indicators().size()) {
			throw new RuleViolation("indicators",
					"自评表应有 " + before.indicators().size() + " 项指标，收到 " + input.indicators().size() + " 项；请刷新页面后重新填写");
		}
		var errors = new LinkedHashMap<String, String>();
		var rows = new ArrayList<EvaluatedIndicator>();
		for (int i = 0; i < before.indicators().size(); i++) {
			EvaluatedIndicator row = row(year, before, before.indicators().get(i), input.indicators().get(i), errors);
			if (row != null) {
				rows.add(row);
			}
		}
		ProjectExecution pe = execution.find(scope, before.projectId(), FiscalYear.of(before.fiscalYear()));
		SourceAmounts budget = pe.fullYearBudget();
		SourceAmounts executed = pe.executedTo(12);
		ScoredItem exec = EvaluationScoring.execution(year, budget, executed);
		ManualOverride execOverride = override(exec,
				number(errors, "executionScore", "预算执行得分", input.executionScore(), exec.weight()),
				input.executionScoreReason(), "executionScore", "executionScoreReason", errors);
		text(errors, "executionScoreReason", "预算执行得分调整理由", input.executionScoreReason(), MAX_NOTE,
				PlainText.MULTI_LINE);
		String completion = text(errors, "completionText", "实际完成情况", input.completionText(), MAX_TEXT,
				PlainText.MULTI_LINE);
		String execReason = text(errors, "executionReason", "预算执行偏差原因", input.executionReason(), MAX_NOTE,
				PlainText.MULTI_LINE);
		if (rows.size() == before.indicators().size()) {
			BigDecimal sum = rows.stream().map(EvaluatedIndicator::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
			BigDecimal expected = HUNDRED.subtract(year.executionWeight());
			if (sum.compareTo(expected) > 0) {
				errors.put("weights",
						"各指标分值合计 " + Numbers.text(sum) + "，加上预算执行分值 " + Numbers.text(year.executionWeight()) + " 为 "
								+ Numbers.text(sum.add(year.executionWeight())) + "，超过 100 分，总分可能超出 0–100；请调低分值");
			}
			else if (sum.compareTo(expected) < 0) {
				errors.put("weights", "各指标分值合计须为 " + Numbers.text(expected) + "（100 − 预算执行分值 "
						+ Numbers.text(year.executionWeight()) + "），当前为 " + Numbers.text(sum));
			}
		}
		BigDecimal execScore = execOverride != null ? execOverride.score() : exec.score();
		BigDecimal total = total(execScore, rows);
		if (errors.isEmpty() && (total.signum() < 0 || total.compareTo(HUNDRED) > 0)) {
			errors.put("total", "总分 " + total.toPlainString() + " 超出 0–100 分");
		}
		if (!errors.isEmpty()) {
			throw new RuleViolation(errors);
		}
		var after = new SelfEvaluation(before.id(), before.targetId(), before.projectId(), before.unitId(),
				before.fiscalYear(), before.status(), pe.initialBudget(), budget, executed, before.objective(),
				completion, exec, execOverride, execReason, total, Grading.gradeOf(total), before.version(),
				before.updatedAt(), rows);
		if (!repository.update(after, version)) {
			throw new ConcurrentChange(WHAT);
		}
		SelfEvaluation saved = repository.find(id).orElseThrow();
		publish(Action.UPDATE, saved, label(pe.project()), auditFields(before));
		return saved;
	}

	/**
	 * 提交: by the unit's 填报人, when nothing blocks it ({@link SubmissionRules}: every row
	 * scored, required reasons written, no ERROR of the consistency checker). From here
	 * on the scores are frozen.
	 */
	public SelfEvaluation submit(DataScope scope, long id, int version) {
		SelfEvaluation before = writable(scope, id, "提交");
		Project project = projects.find(scope, before.projectId());
		var problems = SubmissionRules.problems(before,
				findings(before, project, settings.forYear(before.fiscalYear())));
		if (!problems.isEmpty()) {
			throw new RuleViolation(problems);
		}
		return changeStatus(before, version, EvaluationStatus.SUBMITTED, Action.SUBMIT, label(project));
	}

	/**
	 * 审核: the department's reviewer, then the finance bureau's; 退回 needs an opinion and
	 * reopens the table.
	 */
	public SelfEvaluation review(DataScope scope, long id, int version, ReviewDecision decision, String opinion,
			String reviewer) {
		SelfEvaluation before = find(scope, id);
		ReviewStep step = ReviewStep.of(before.status(), mayReview(scope, before), decision, opinion);
		Project project = projects.find(scope, before.projectId());
		SelfEvaluation after = changeStatus(before, version, step.next(), step.action(), label(project));
		repository.insertReview(before.id(), step.level(), decision, step.opinion(), reviewer == null ? "" : reviewer);
		return after;
	}

	@Transactional(readOnly = true)
	public List<EvaluationReview> reviews(DataScope scope, long id) {
		return repository.reviews(find(scope, id).id());
	}

	/** The review level an evaluation at this status waits for, or null. */
	public static ReviewLevel awaiting(EvaluationStatus status) {
		return status.awaiting();
	}

	/** True when this user reviews the evaluation now. */
	public static boolean mayReview(DataScope scope, SelfEvaluation e) {
		return ReviewRule.mayReview(scope, awaiting(e.status()), e.unitId());
	}

	/**
	 * True when this user may edit the evaluation now: its unit's 填报人, while it is a
	 * draft or returned.
	 */
	public static boolean mayEdit(DataScope scope, SelfEvaluation e) {
		return e.editable() && scope.canWrite(e.unitId());
	}

	// ---------------------------------------------------------------- internals

	private SelfEvaluation writable(DataScope scope, long id, String verb) {
		SelfEvaluation e = find(scope, id);
		if (!scope.canWrite(e.unitId())) {
			throw new AccessDeniedException("只有本单位填报人可以" + verb + "自评表");
		}
		if (!e.editable()) {
			throw new RuleViolation("status", e.status() == EvaluationStatus.APPROVED ? "自评表已批复，已锁定，不能再" + verb
					: "自评表当前状态为“" + e.status().label() + "”，不能" + verb);
		}
		return e;
	}

	/**
	 * One row as typed, scored; null (with the row's errors added) when its 分值 or score
	 * cannot be used.
	 */
	private static EvaluatedIndicator row(ScoringSettings year, SelfEvaluation e, EvaluatedIndicator old,
			EvaluationInput.Row in, Map<String, String> errors) {
		String at = "indicators[" + old.position() + "].";
		String name = "「" + old.name() + "」";
		BigDecimal weight = number(errors, at + "weight", name + "分值", in.weight(), null);
		if (weight == null && !errors.containsKey(at + "weight")) {
			// a row without its 分值 would be left out of the saved table
			errors.put(at + "weight", name + "请填写分值");
		}
		else if (weight != null && weight.signum() <= 0) {
			errors.put(at + "weight", name + "分值须大于 0");
			weight = null;
		}
		else if (weight != null && weight.stripTrailingZeros().scale() > ScoredItem.SCALE) {
			errors.put(at + "weight", name + "分值最多两位小数");
			weight = null;
		}
		String actual = text(errors, at + "actual", name + "实际完成值", in.actual(), MAX_ACTUAL, PlainText.SINGLE_LINE);
		String reason = text(errors, at + "reason", name + "偏差原因分析及改进措施", in.reason(), MAX_NOTE, PlainText.MULTI_LINE);
		String scoreReason = text(errors, at + "scoreReason", name + "调整理由", in.scoreReason(), MAX_NOTE,
				PlainText.MULTI_LINE);
		if (weight == null) {
			return null;
		}
		weight = weight.setScale(ScoredItem.SCALE, RoundingMode.HALF_UP);
		BigDecimal typed = number(errors, at + "score", name + "得分", in.score(), weight);
		if (errors.containsKey(at + "score")) {
			return null;
		}
		boolean withinBand = EvaluationScoring.withinBand(old.targetValue(), in.band());
		ScoredItem computed;
		try {
			computed = EvaluationScoring.indicator(year, e.fiscalYear(), old.targetValue(), weight, actual, in.band(),
					withinBand ? typed : null);
		}
		catch (RuleViolation v) {
			errors.put(at + "score", name + v.getMessage());
			return null;
		}
		ManualOverride override = withinBand ? null
				: override(computed, typed, scoreReason, at + "score", at + "scoreReason", errors);
		return new EvaluatedIndicator(old.position(), old.subcategory(), old.name(), old.targetValue(), weight, actual,
				in.band(), computed, override, reason);
	}

	/**
	 * A score set by hand: none when nothing was typed or the typed score equals the
	 * computed one; otherwise kept beside the computed score with its reason, which
	 * {@link ManualOverride} requires.
	 */
	private static ManualOverride override(ScoredItem computed, BigDecimal typed, String reason, String scoreField,
			String reasonField, Map<String, String> errors) {
		if (typed == null || errors.containsKey(scoreField)
				|| (computed.score() != null && computed.score().compareTo(typed) == 0)) {
			return null;
		}
		try {
			return new ManualOverride(computed, typed, reason);
		}
		catch (RuleViolation v) {
			v.errors()
				.forEach((field, message) -> errors.put("reason".equals(field) ? reasonField : scoreField, message));
			return null;
		}
	}

	/**
	 * A typed number, or null when blank; a text that is not a number, a negative score
	 * or one above {@code ceiling} (the 分值 it is out of; null for a 分值 itself) is
	 * reported on the field.
	 */
	private static BigDecimal number(Map<String, String> errors, String field, String label, String typed,
			BigDecimal ceiling) {
		if (typed == null || typed.isBlank()) {
			return null;
		}
		DecimalText.Reading parsed = DecimalText.read(typed, DecimalText.SCORE_DIGITS);
		if (parsed.problem() == DecimalText.Problem.NOT_A_NUMBER) {
			errors.put(field, label + "须为数字，填写的“" + DecimalText.shown(typed) + "”不是数字");
			return null;
		}
		if (parsed.problem() != null) {
			errors.put(field, parsed.message(label));
			return null;
		}
		BigDecimal n = parsed.value();
		if (ceiling != null && n.signum() < 0) {
			errors.put(field, label + "不能为负数");
			return null;
		}
		if (ceiling != null && n.compareTo(ceiling) > 0) {
			errors.put(field, label + " " + Numbers.text(n) + " 超过分值 " + Numbers.text(ceiling));
			return null;
		}
		return n;
	}

	/**
	 * The stripped text; invisible control characters, then the length, are refused
	 * against the field.
	 */
	private static String text(Map<String, String> errors, String field, String label, String typed, int max,
			PlainText kind) {
		String text = typed == null ? "" : typed.strip();
		if (!kind.accepts(text)) {
			errors.put(field, PlainText.message(label));
		}
		else if (text.length() > max) {
			errors.put(field, label + "过长：" + text.length() + " 字，上限 " + max + " 字");
		}
		return text;
	}

	/**
	 * 总分: the 预算执行 score plus every indicator's counting score; a row without one counts
	 * nothing yet.
	 */
	private static BigDecimal total(BigDecimal executionScore, List<EvaluatedIndicator> rows) {
		BigDecimal total = executionScore == null ? BigDecimal.ZERO : executionScore;
		for (EvaluatedIndicator r : rows) {
			if (r.score() != null) {
				total = total.add(r.score());
			}
		}
		return total.setScale(ScoredItem.SCALE, RoundingMode.HALF_UP);
	}

	private List<Finding> findings(SelfEvaluation e, Project project, ScoringSettings year) {
		return consistency.checker(year.reverseRule()).check(EvaluationTable.of(e, label(project), year));
	}

	private SelfEvaluation changeStatus(SelfEvaluation before, int version, EvaluationStatus next, Action action,
			String label) {
		if (!repository.updateStatus(before.id(), version, next)) {
			throw new ConcurrentChange(WHAT);
		}
		SelfEvaluation after = repository.find(before.id()).orElseThrow();
		events.publishEvent(new RecordChanged(action, RecordType.SELF_EVALUATION.name(), after.id(), label,
				after.unitId(), after.fiscalYear(),
				RecordChanged.diff(Map.of("状态", before.status().label()), Map.of("状态", after.status().label()))));
		return after;
	}

	private String projectLabel(DataScope scope, Long projectId, Map<Long, Project> cache) {
		if (projectId == null) {
			return "";
		}
		Project p = cache.computeIfAbsent(projectId, pid -> projects.find(scope, pid));
		return p.code() + " " + p.name();
	}

	private static String label(Project p) {
		return p.code() + " " + p.name() + " " + WHAT;
	}

	private void publish(Action action, SelfEvaluation e, String label, Map<String, String> before) {
		events.publishEvent(new RecordChanged(action, RecordType.SELF_EVALUATION.name(), e.id(), label, e.unitId(),
				e.fiscalYear(), RecordChanged.diff(before, auditFields(e))));
	}

	/**
	 * The displayed fields for the audit trail's old → new: status, texts, every score as
	 * it counts, and for each score set by hand the computed score beside it and the
	 * reason.
	 */
	static Map<String, String> auditFields(SelfEvaluation e) {
		var fields = new LinkedHashMap<String, String>();
		fields.put("状态", e.status().label());
		fields.put("实际完成情况", e.completionText());
		fields.put("预算执行得分", score(e.executionScore()) + " / " + Numbers.text(e.executionWeight()));
		if (e.executionOverride() != null) {
			fields.put("预算执行手工调整", adjustment(e.executionOverride()));
		}
		fields.put("预算执行偏差原因", e.executionReason());
		for (EvaluatedIndicator r : e.indicators()) {
			fields.put(r.name(),
					"实际 " + r.actual() + (r.band() == null ? "" : "（" + r.band().label() + "）") + "；得分 "
							+ score(r.score()) + " / " + Numbers.text(r.weight())
							+ (r.reason().isEmpty() ? "" : "；偏差原因：" + r.reason()));
			if (r.overridden()) {
				fields.put(r.name() + "（手工调整）", adjustment(r.override()));
			}
		}
		fields.put("总分", e.total().toPlainString());
		fields.put("等级", e.grade().label());
		return fields;
	}

	private static String adjustment(ManualOverride o) {
		return "得分 " + o.score().toPlainString() + "（计算得分 " + score(o.computedScore()) + "），理由：" + o.reason();
	}

	private static String score(BigDecimal s) {
		return s == null ? "未计分" : s.toPlainString();
	}

}
