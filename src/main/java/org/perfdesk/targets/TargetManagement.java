package org.perfdesk.targets;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.perfdesk.budget.Project;
import org.perfdesk.budget.ProjectManagement;
import org.perfdesk.indicator.IndicatorScheme;
import org.perfdesk.indicator.SchemeSettings;
import org.perfdesk.org.DataScope;
import org.perfdesk.org.OrgDirectory;
import org.perfdesk.org.Unit;
import org.perfdesk.org.UnitKind;
import org.perfdesk.review.ReviewLevel;
import org.perfdesk.review.ReviewRule;
import org.perfdesk.shared.ConcurrentChange;
import org.perfdesk.shared.FiscalYear;
import org.perfdesk.shared.PlainText;
import org.perfdesk.shared.RecordChanged.Action;
import org.perfdesk.shared.RecordChanged;
import org.perfdesk.shared.RecordNotFound;
import org.perfdesk.shared.RuleViolation;
import org.perfdesk.targets.quality.Finding;
import org.perfdesk.targets.quality.QualityCheck;
import org.perfdesk.targets.quality.Severity;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Declares, revises, submits, reviews and adjusts targets. Every method takes the
 * caller's {@link DataScope}: a target outside it is not found; only the unit's 填报人
 * writes, only while the target is a draft or returned; reviewers act only on what waits
 * for their level ({@link TargetReviewCheck}, by module {@code review}'s rule).
 */
@Service
@Transactional
public class TargetManagement {

	static final String RECORD_TYPE = org.perfdesk.shared.RecordType.TARGET.name();

	private final TargetRepository targets;

	private final ProjectManagement projects;

	private final OrgDirectory directory;

	private final SchemeSettings schemes;

	private final TargetReviewCheck reviewRules;

	private final ApplicationEventPublisher events;

	private final QualityCheck quality = QualityCheck.standard();

	private final SpendingCheckpointSettings checkpoints;

	TargetManagement(TargetRepository targets, ProjectManagement projects, OrgDirectory directory,
			SchemeSettings schemes, TargetReviewCheck reviewRules, SpendingCheckpointSettings checkpoints,
			ApplicationEventPublisher events) {
		this.targets = targets;
		this.checkpoints = checkpoints;
		this.projects = projects;
		this.directory = directory;
		this.schemes = schemes;
		this.reviewRules = reviewRules;
		this.events = events;
	}

	@Transactional(readOnly = true)
	public PerformanceTarget find(DataScope scope, long id) {
		return targets.findById(id)
			.filter(t -> scope.canRead(t.unitId()))
			.orElseThrow(() -> new RecordNotFound("绩效目标", id));
	}

	/**
	 * The current versions of a year within the scope; {@code kind} null for both kinds.
	 */
	@Transactional(readOnly = true)
	public List<PerformanceTarget> list(DataScope scope, FiscalYear year, TargetKind kind) {
		return targets.findCurrentByYear(scope, year.value(), kind);
	}

	@Transactional(readOnly = true)
	public Map<Long, Integer> indicatorCounts(List<PerformanceTarget> list) {
		return targets.indicatorCounts(list.stream().map(PerformanceTarget::id).toList());
	}

	/** The current target of a project, if declared. */
	@Transactional(readOnly = true)
	public Optional<PerformanceTarget> ofProject(DataScope scope, Project project) {
		return targets.findCurrent(TargetKind.PROJECT, project.unitId(), project.id(), project.fiscalYear())
			.filter(t -> scope.canRead(t.unitId()));
	}

	/** The current department target of a department for a year, if declared. */
	@Transactional(readOnly = true)
	public Optional<PerformanceTarget> ofDepartment(DataScope scope, long departmentId, int fiscalYear) {
		return targets.findCurrent(TargetKind.DEPARTMENT, departmentId, null, fiscalYear)
			.filter(t -> scope.canRead(t.unitId()));
	}

	@Transactional(readOnly = true)
	public List<PerformanceTarget> versions(DataScope scope, long id) {
		return targets.versions(find(scope, id));
	}

	@Transactional(readOnly = true)
	public List<Review> reviews(DataScope scope, long id) {
		return targets.reviews(find(scope, id));
	}

	/** The fiscal year of a project the caller can read. */
	@Transactional(readOnly = true)
	public int projectYear(DataScope scope, long projectId) {
		return projects.find(scope, projectId).fiscalYear();
	}

	/** The scheme a new target of the year is written in. */
	@Transactional(readOnly = true)
	public IndicatorScheme schemeFor(int fiscalYear) {
		return schemes.schemeFor(fiscalYear);
	}

	/**
	 * The project of a project target (read with the caller's scope), or empty for a
	 * department target.
	 */
	@Transactional(readOnly = true)
	public Optional<Project> projectOf(DataScope scope, PerformanceTarget target) {
		return target.projectId() == null ? Optional.empty() : Optional.of(projects.find(scope, target.projectId()));
	}

	/** What the quality rules find in a target. */
	@Transactional(readOnly = true)
	public List<Finding> findings(DataScope scope, PerformanceTarget target) {
		return quality.check(subject(scope, target.content(), target.fiscalYear(), target.projectId()));
	}

	/**
	 * What the quality rules find in content not saved yet (the form's 检查 button and the
	 * API).
	 */
	@Transactional(readOnly = true)
	public List<Finding> check(DataScope scope, TargetContent content, int fiscalYear, Long projectId) {
		return quality.check(subject(scope, content, fiscalYear, projectId));
	}

	public QualityCheck quality() {
		return quality;
	}

	/** 填报项目支出绩效目标: the first version of a project's target, as a draft. */
	public PerformanceTarget declareProject(DataScope scope, long projectId, TargetContent content) {
		Project project = projects.find(scope, projectId);
		if (!scope.canWrite(project.unitId())) {
			throw new AccessDeniedException("无权为项目“" + project.name() + "”填报绩效目标");
		}
		if (targets.findCurrent(TargetKind.PROJECT, project.unitId(), projectId, project.fiscalYear()).isPresent()) {
			throw new RuleViolation("projectId", "项目“" + project.name() + "”已有绩效目标，请在原目标上修改");
		}
		TargetContent c = normalise(content, TargetKind.PROJECT, project.fiscalYear());
		refuseProblems(c, project, project.fiscalYear());
		long id = targets.insert(TargetKind.PROJECT, project.unitId(), projectId, project.fiscalYear(), 1,
				TargetStatus.DRAFT, c, null);
		PerformanceTarget created = targets.findById(id).orElseThrow();
		publish(scope, Action.CREATE, created, null);
		return created;
	}

	/** 填报部门整体支出绩效目标: by the department's own 填报人. */
	public PerformanceTarget declareDepartment(DataScope scope, long departmentId, FiscalYear year,
			TargetContent content) {
		Unit unit = directory.find(departmentId)
			.filter(u -> scope.canRead(u.id()))
			.orElseThrow(() -> new RecordNotFound("单位", departmentId));
		if (unit.kind() != UnitKind.DEPARTMENT) {
			throw new RuleViolation("unitId", "部门整体支出绩效目标由主管部门填报，“" + unit.name() + "”不是主管部门");
		}
		if (!scope.canWrite(unit.id())) {
			throw new AccessDeniedException("无权为“" + unit.name() + "”填报部门整体支出绩效目标");
		}
		if (targets.findCurrent(TargetKind.DEPARTMENT, unit.id(), null, year.value()).isPresent()) {
			throw new RuleViolation("unitId", "“" + unit.name() + "”" + year.value() + " 年度已有部门整体支出绩效目标，请在原目标上修改");
		}
		TargetContent c = normalise(content, TargetKind.DEPARTMENT, year.value());
		refuseProblems(c, null, year.value());
		long id = targets.insert(TargetKind.DEPARTMENT, unit.id(), null, year.value(), 1, TargetStatus.DRAFT, c, null);
		PerformanceTarget created = targets.findById(id).orElseThrow();
		publish(scope, Action.CREATE, created, null);
		return created;
	}

	/**
	 * Saves new content over a draft or returned target. A stale version is refused,
	 * nothing is overwritten.
	 */
	public PerformanceTarget revise(DataScope scope, long id, int version, TargetContent content) {
		PerformanceTarget before = writable(scope, id, "修改");
		TargetContent c = normalise(content, before.kind(), before.fiscalYear());
		refuseProblems(c, projectOf(scope, before).orElse(null), before.fiscalYear());
		if (!targets.updateContent(id, version, c)) {
			throw new ConcurrentChange("绩效目标");
		}
		PerformanceTarget after = targets.findById(id).orElseThrow();
		publish(scope, Action.UPDATE, after, before.auditFields());
		return after;
	}

	/** 提交审核. Refused while the quality rules find errors; warnings do not block. */
	public PerformanceTarget submit(DataScope scope, long id, int version) {
		PerformanceTarget before = writable(scope, id, "提交");
		List<Finding> errors = findings(scope, before).stream().filter(f -> f.severity() == Severity.ERROR).toList();
		if (!errors.isEmpty()) {
			throw new RuleViolation("findings", "目标还有 " + errors.size() + " 处错误，改正后才能提交：" + errors.get(0).message()
					+ (errors.size() > 1 ? "……" : ""));
		}
		return changeStatus(scope, before, version, TargetStatus.SUBMITTED, Action.SUBMIT);
	}

	/**
	 * True when this user reviews the target now, by module {@code review}'s rule: the
	 * workbench lists it as a to-do.
	 */
	public boolean mayReview(DataScope scope, PerformanceTarget target) {
		return TargetReviewCheck.mayReview(scope, target);
	}

	/**
	 * True when this user may edit the target now: its unit's 填报人, while it is a draft or
	 * returned.
	 */
	public boolean mayEdit(DataScope scope, PerformanceTarget target) {
		return target.editable() && scope.canWrite(target.unitId());
	}

	/**
	 * True when this user may start an 调整 of the target: its unit's 填报人, on the current
	 * approved version.
	 */
	public boolean mayAdjust(DataScope scope, PerformanceTarget target) {
		return target.current() && target.status() == TargetStatus.APPROVED && scope.canWrite(target.unitId());
	}

	/**
	 * 审核: the department's reviewer, then the finance bureau's; 通过 moves it on, 退回 sends
	 * it back to the filler.
	 */
	public PerformanceTarget review(DataScope scope, long id, int version, ReviewInput input, String reviewer) {
		PerformanceTarget before = find(scope, id);
		ReviewLevel level = TargetReviewCheck.awaiting(before.status());
		if (level == null || !before.current()) {
			throw new RuleViolation("status", "目标当前状态为“" + before.status().label() + "”，不在审核中");
		}
		if (!TargetReviewCheck.mayReview(scope, before)) {
			throw new AccessDeniedException("该目标等待" + level.label() + "，当前账号无权审核");
		}
		var errors = reviewRules.problems(input);
		if (!errors.isEmpty()) {
			throw new RuleViolation(errors);
		}
		TargetStatus next = ReviewRule.next(level, input.decision(), TargetStatus.RETURNED,
				TargetStatus.DEPARTMENT_APPROVED, TargetStatus.APPROVED);
		PerformanceTarget after = changeStatus(scope, before, version, next, ReviewRule.action(input.decision()));
		targets.insertReview(id, level, input, reviewer);
		return after;
	}

	/**
	 * 调整: an approved target is never edited; a new version (revision + 1) starts as a
	 * draft with the reason, copies the approved content, and goes through review again.
	 * The approved version stays readable.
	 */
	public PerformanceTarget adjust(DataScope scope, long id, int version, String reason) {
		PerformanceTarget approved = find(scope, id);
		if (!scope.canWrite(approved.unitId())) {
			throw new AccessDeniedException("无权调整该绩效目标");
		}
		return newRevision(scope, approved, version, reason);
	}

	/**
	 * 调整 started by the finance bureau after 绩效运行监控 (财预〔2019〕136号: when the budget is cut
	 * or the target cannot be reached, the target is adjusted with it): like
	 * {@link #adjust}, the approved current version stays readable and a new draft
	 * revision carries the reason; the unit's 填报人 then edits and resubmits it through the
	 * normal review. Only the 财政审核人; refused when the target is not the current approved
	 * version.
	 */
	public PerformanceTarget startAdjustment(DataScope scope, long id, String reason) {
		PerformanceTarget approved = find(scope, id);
		if (scope.role() != org.perfdesk.org.Role.FINANCE_REVIEWER) {
			throw new AccessDeniedException("只有财政审核人可以根据监控结果发起目标调整");
		}
		return newRevision(scope, approved, approved.version(), reason);
	}

	private PerformanceTarget newRevision(DataScope scope, PerformanceTarget approved, int version, String reason) {
		long id = approved.id();
		if (!approved.current() || approved.status() != TargetStatus.APPROVED) {
			throw new RuleViolation("status", "只有已批复的当前版本可以调整；该目标状态为“" + approved.status().label() + "”"
					+ (approved.current() ? "" : "（已被调整后的新版本取代）"));
		}
		String why = reason == null ? "" : reason.strip();
		if (why.isEmpty()) {
			throw new RuleViolation("reason", "请填写调整原因");
		}
		if (!PlainText.MULTI_LINE.accepts(why)) {
			throw new RuleViolation("reason", PlainText.message("调整原因"));
		}
		if (why.length() > 2000) {
			throw new RuleViolation("reason", "调整原因过长：" + why.length() + " 字，上限 2000 字");
		}
		if (!targets.retire(id, version)) {
			throw new ConcurrentChange("绩效目标");
		}
		long newId = targets.insert(approved.kind(), approved.unitId(), approved.projectId(), approved.fiscalYear(),
				approved.revision() + 1, TargetStatus.DRAFT, approved.content(), why);
		PerformanceTarget adjusted = targets.findById(newId).orElseThrow();
		events.publishEvent(new RecordChanged(Action.ADJUST, RECORD_TYPE, newId, label(scope, adjusted),
				adjusted.unitId(), adjusted.fiscalYear(),
				RecordChanged.diff(Map.of(), Map.of("版本", "第 " + adjusted.revision() + " 版", "调整原因", why))));
		return adjusted;
	}

	/** Catalogue entry id → uses in current targets. */
	@Transactional(readOnly = true)
	public Map<Long, Long> catalogueUses() {
		return targets.countByCatalogueEntry();
	}

	@Transactional(readOnly = true)
	public Map<TargetStatus, Long> countByStatus(DataScope scope, FiscalYear year) {
		return targets.countByStatus(scope, year.value());
	}

	/**
	 * A short name for lists and the audit trail: the project's code and name, or the
	 * department's name.
	 */
	@Transactional(readOnly = true)
	public String label(DataScope scope, PerformanceTarget t) {
		if (t.projectId() != null) {
			Project p = projects.find(scope, t.projectId());
			return p.code() + " " + p.name() + " 绩效目标";
		}
		return directory.nameOf(t.unitId()) + " 部门整体支出绩效目标";
	}

	private PerformanceTarget writable(DataScope scope, long id, String verb) {
		PerformanceTarget target = find(scope, id);
		if (!scope.canWrite(target.unitId())) {
			throw new AccessDeniedException("无权" + verb + "该绩效目标");
		}
		if (!target.editable()) {
			throw new RuleViolation("status",
					"目标当前状态为“" + target.status().label() + "”" + (target.current() ? "" : "（已被调整后的新版本取代）") + "，不能"
							+ verb + (target.status() == TargetStatus.APPROVED ? "；已批复的目标请使用“调整”" : ""));
		}
		return target;
	}

	private PerformanceTarget changeStatus(DataScope scope, PerformanceTarget before, int version, TargetStatus next,
			Action action) {
		if (!targets.updateStatus(before.id(), version, next)) {
			throw new ConcurrentChange("绩效目标");
		}
		PerformanceTarget after = targets.findById(before.id()).orElseThrow();
		events.publishEvent(new RecordChanged(action, RECORD_TYPE, after.id(), label(scope, after), after.unitId(),
				after.fiscalYear(),
				RecordChanged.diff(Map.of("状态", before.status().label()), Map.of("状态", after.status().label()))));
		return after;
	}

	/**
	 * The kind is the target's, the scheme the one of the year when the content does not
	 * say.
	 */
	private TargetContent normalise(TargetContent c, TargetKind kind, int year) {
		IndicatorScheme scheme = c.scheme() != null ? c.scheme() : schemes.schemeFor(year);
		return new TargetContent(kind, scheme, c.mediumTermObjective(), c.annualObjective(), c.fiscalFunds(),
				c.otherFunds(), c.spendingPlan(), c.duties(), c.tasks(), c.workFocus(), c.safeguards(), c.indicators());
	}

	private void refuseProblems(TargetContent c, Project project, int year) {
		Map<String, String> errors = new LinkedHashMap<>(TargetContentChecks.problems(c,
				project == null ? null : project.totalBudget(), checkpoints.checkpoints(year).labels()));
		if (!errors.isEmpty()) {
			throw new RuleViolation(errors);
		}
	}

	private TargetSubject subject(DataScope scope, TargetContent content, int year, Long projectId) {
		if (projectId == null) {
			return TargetSubject.ofDepartment(content, year);
		}
		Project p = projects.find(scope, projectId);
		return new TargetSubject(content, year, p.totalBudget(), p.purpose(), p.startYear(), p.endYear(),
				checkpoints.checkpoints(year).labels());
	}

	private void publish(DataScope scope, Action action, PerformanceTarget target, Map<String, String> before) {
		events.publishEvent(new RecordChanged(action, RECORD_TYPE, target.id(), label(scope, target), target.unitId(),
				target.fiscalYear(), RecordChanged.diff(before, target.auditFields())));
	}

}
