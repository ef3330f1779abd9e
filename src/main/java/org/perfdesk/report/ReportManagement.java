package org.perfdesk.report;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.perfdesk.consistency.CheckSeverity;
import org.perfdesk.consistency.Finding;
import org.perfdesk.org.DataScope;
import org.perfdesk.org.OrgDirectory;
import org.perfdesk.org.Unit;
import org.perfdesk.org.UnitKind;
import org.perfdesk.review.ReviewDecision;
import org.perfdesk.review.ReviewLevel;
import org.perfdesk.review.ReviewRule;
import org.perfdesk.shared.ConcurrentChange;
import org.perfdesk.shared.FiscalYear;
import org.perfdesk.shared.PlainText;
import org.perfdesk.shared.RecordChanged;
import org.perfdesk.shared.RecordChanged.Action;
import org.perfdesk.shared.RecordChanged.FieldChange;
import org.perfdesk.shared.RecordNotFound;
import org.perfdesk.shared.RecordType;
import org.perfdesk.shared.RuleViolation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the narrative reports through opening, saving (each save a new version),
 * submission and the two reviews, and composes them from the data for the editor and the
 * files. Every method takes the caller's {@link DataScope}: a report outside it is not
 * found; only the subject unit's 填报人 writes; reviewers act only on what waits for their
 * level. Each kind takes its subject and data from its {@link ReportSource}.
 */
@Service
@Transactional
public class ReportManagement {

	/** The longest narrative box: several pages of a report, not a book. */
	public static final int MAX_NARRATIVE = 8000;

	private final ReportRepository repository;

	private final Outlines outlines;

	private final Map<ReportKind, ReportSource> sources = new java.util.EnumMap<>(ReportKind.class);

	private final OrgDirectory directory;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final ReportChecks checks;

	ReportManagement(ReportRepository repository, Outlines outlines, List<ReportSource> sources, OrgDirectory directory,
			ReportChecks checks, ApplicationEventPublisher events, Clock clock) {
		sources.forEach(s -> this.sources.put(s.kind(), s));
		this.repository = repository;
		this.checks = checks;
		this.outlines = outlines;
		this.directory = directory;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * A line of the reports page: a subject a report of the kind may be written on, and
	 * its report of the year if one is open.
	 */
	public record Line(ReportKind kind, ReportSource.Subject subject, Report report, boolean mayOpen) {
	}

	/** Every department within the scope with its 部门整体支出绩效自评报告 of the year. */
	@Transactional(readOnly = true)
	public List<Line> departmentReports(DataScope scope, FiscalYear year) {
		return lines(scope, ReportKind.DEPARTMENT, year);
	}

	/**
	 * Every subject of a kind within the scope (departments, projects, funds, a round's
	 * departments) with its report of the year.
	 */
	@Transactional(readOnly = true)
	public List<Line> lines(DataScope scope, ReportKind kind, FiscalYear year) {
		// one query for the year's reports, not one per subject: the home page asks this
		// for every department the user reads, the finance bureau's across a province
		Map<String, Report> bySubject = new java.util.HashMap<>();
		for (Report r : repository.ofYear(year.value())) {
			if (r.kind() == kind) {
				bySubject.put(r.subjectId() + "/" + r.unitId(), r);
			}
		}
		List<Line> lines = new ArrayList<>();
		for (ReportSource.Subject s : source(kind).candidates(scope, year.value())) {
			Report report = bySubject.get(s.subjectId() + "/" + s.unitId());
			boolean may = report == null && scope.canWrite(s.unitId()) && (!s.afterYear() || ended(s.fiscalYear()));
			lines.add(new Line(kind, s, report, may));
		}
		return lines;
	}

	/**
	 * The reports of a year within the scope (the 报告 stage of the home page counts them).
	 */
	@Transactional(readOnly = true)
	public List<Report> list(DataScope scope, FiscalYear year) {
		return repository.ofYear(year.value()).stream().filter(r -> scope.canRead(r.unitId())).toList();
	}

	public boolean ended(int fiscalYear) {
		return fiscalYear < FiscalYear.current(clock).value();
	}

	@Transactional(readOnly = true)
	public Report find(DataScope scope, long id) {
		return repository.find(id)
			.filter(r -> scope.canRead(r.unitId()))
			.orElseThrow(() -> new RecordNotFound("自评报告", id));
	}

	/**
	 * 撰写报告: the department's 填报人 opens the year's report, written to the outline the
	 * finance bureau chose for the year, or gets the one already open. Only for an ended
	 * year, as the self-evaluation it reports on.
	 */
	public Report openDepartment(DataScope scope, long departmentId, FiscalYear year, String by) {
		return open(scope, ReportKind.DEPARTMENT, departmentId, departmentId, year, by);
	}

	/**
	 * 撰写报告 of any kind: the subject's 填报人 opens the report (or gets the one already open)
	 * on a subject within the scope, written to the outline chosen for the year. A
	 * self-evaluation report only after its year has ended; a monitoring report during
	 * it.
	 * @param unitId the department of a monitoring report; the subject's own unit is
	 * taken for the other kinds
	 */
	public Report open(DataScope scope, ReportKind kind, long subjectId, long unitId, FiscalYear year, String by) {
		ReportSource.Subject subject = source(kind).subject(scope, subjectId, unitId, year.value());
		var existing = repository.find(kind, subject.subjectId(), subject.unitId(), subject.fiscalYear());
		if (existing.isPresent()) {
			return existing.get();
		}
		if (!scope.canWrite(subject.unitId())) {
			throw new AccessDeniedException("只有" + directory.nameOf(subject.unitId()) + "的填报人可以撰写" + kind.label());
		}
		if (subject.afterYear() && !ended(subject.fiscalYear())) {
			throw new RuleViolation("year", subject.fiscalYear() + " 年度尚未结束，年度结束后才能撰写" + kind.label());
		}
		Outline outline = outlines.forYear(kind, subject.fiscalYear());
		long id = repository.insert(kind, subject.subjectId(), subject.unitId(), subject.fiscalYear(), outline.code(),
				by);
		Report created = repository.find(id).orElseThrow();
		publish(Action.CREATE, created, List.of(new FieldChange("提纲", null, outline.name())));
		return created;
	}

	/** The report composed from the data, for the editor and the files. */
	@Transactional(readOnly = true)
	public ReportDraft draft(DataScope scope, long id) {
		return compose(scope, find(scope, id), null);
	}

	/** An earlier version's narratives in the report as it would read today. */
	@Transactional(readOnly = true)
	public ReportDraft draft(DataScope scope, long id, int versionNumber) {
		Report report = find(scope, id);
		Map<String, String> texts = repository.narratives(id, versionNumber)
			.orElseThrow(() -> new RecordNotFound("报告版本", versionNumber));
		return compose(scope, report, texts);
	}

	/**
	 * What the checker finds on the report as it would be printed now: its tables read
	 * back from the generated .docx (合计 and 执行率) and the figures typed into its
	 * narratives. Errors block the submission.
	 */
	@Transactional(readOnly = true)
	public List<Finding> findings(ReportDraft draft) {
		return checks.check(draft);
	}

	@Transactional(readOnly = true)
	public List<Report.Version> versions(DataScope scope, long id) {
		return repository.versions(find(scope, id).id());
	}

	@Transactional(readOnly = true)
	public List<Report.Review> reviews(DataScope scope, long id) {
		return repository.reviews(find(scope, id).id());
	}

	public boolean mayEdit(DataScope scope, Report report) {
		return report.status().editable() && scope.canWrite(report.unitId());
	}

	public static boolean mayReview(DataScope scope, Report report) {
		return ReviewRule.mayReview(scope, report.status().awaiting(), report.unitId());
	}

	/**
	 * 保存: the narratives as a new version. Refused whole when a narrative is not in the
	 * outline, too long or holds control characters; a stale {@code version} is refused
	 * and nothing is written.
	 */
	public Report save(DataScope scope, long id, int version, Map<String, String> narratives, String by) {
		Report before = writable(scope, id, "修改");
		Outline outline = outline(before);
		var errors = new LinkedHashMap<String, String>();
		var texts = new LinkedHashMap<String, String>();
		var names = outline.narratives().stream().map(Outline.Narrative::name).toList();
		for (var e : narratives.entrySet()) {
			if (!names.contains(e.getKey())) {
				errors.put("narrative", "提纲中没有名为“" + e.getKey() + "”的叙述，请刷新页面后再保存");
				continue;
			}
			String text = e.getValue() == null ? "" : e.getValue().strip();
			if (text.length() > MAX_NARRATIVE) {
				errors.put(e.getKey(), "“" + e.getKey() + "”不能超过 " + MAX_NARRATIVE + " 个字（现有 " + text.length() + " 个）");
			}
			else if (!PlainText.MULTI_LINE.accepts(text)) {
				errors.put(e.getKey(), PlainText.message("“" + e.getKey() + "”"));
			}
			texts.put(e.getKey(), text);
		}
		if (!errors.isEmpty()) {
			throw new RuleViolation(errors);
		}
		// a narrative left out of the form keeps its text of the last version: nothing
		// typed is lost
		for (String name : names) {
			texts.putIfAbsent(name, before.narrative(name));
		}
		if (!repository.saveVersion(id, version, texts, by)) {
			throw new ConcurrentChange("自评报告");
		}
		Report after = repository.find(id).orElseThrow();
		List<FieldChange> changes = new ArrayList<>();
		for (String name : names) {
			if (!before.narrative(name).equals(after.narrative(name))) {
				changes.add(new FieldChange(name, before.narrative(name).length() + " 字",
						after.narrative(name).length() + " 字"));
			}
		}
		changes.add(new FieldChange("版本", Integer.toString(before.versionNumber()),
				Integer.toString(after.versionNumber())));
		publish(Action.UPDATE, after, changes);
		return after;
	}

	/**
	 * 提交: every narrative must be written; the report then waits for the department's
	 * review.
	 */
	public Report submit(DataScope scope, long id, int version, String by) {
		Report before = writable(scope, id, "提交");
		List<String> missing = outline(before).narratives()
			.stream()
			.map(Outline.Narrative::name)
			.filter(n -> before.narrative(n).isBlank())
			.toList();
		if (!missing.isEmpty()) {
			throw new RuleViolation("narrative", "请先撰写并保存：" + String.join("、", missing));
		}
		List<String> errors = checks.check(compose(scope, before, null))
			.stream()
			.filter(f -> f.severity() == CheckSeverity.ERROR)
			.map(Finding::message)
			.toList();
		if (!errors.isEmpty()) {
			throw new RuleViolation("findings", "报告中的数字须改正后才能提交：" + String.join("；", errors));
		}
		if (!repository.updateStatus(id, version, ReportStatus.SUBMITTED, by)) {
			throw new ConcurrentChange("自评报告");
		}
		Report after = repository.find(id).orElseThrow();
		publish(Action.SUBMIT, after, List.of(new FieldChange("状态", before.status().label(), after.status().label())));
		return after;
	}

	/**
	 * 审核: the department's reviewer, then the finance bureau's; 退回 needs an opinion and
	 * reopens the report.
	 */
	public Report review(DataScope scope, long id, int version, ReviewDecision decision, String opinion,
			String reviewer) {
		Report before = find(scope, id);
		ReviewLevel level = before.status().awaiting();
		if (level == null) {
			throw new RuleViolation("status", "自评报告当前状态为“" + before.status().label() + "”，不在审核中");
		}
		if (!mayReview(scope, before)) {
			throw new AccessDeniedException("该自评报告等待" + level.label() + "，当前账号无权审核");
		}
		var errors = ReviewRule.problems(decision, opinion);
		if (!errors.isEmpty()) {
			throw new RuleViolation(errors);
		}
		ReportStatus next = ReviewRule.next(level, decision, ReportStatus.RETURNED, ReportStatus.DEPARTMENT_APPROVED,
				ReportStatus.APPROVED);
		String text = ReviewRule.opinion(opinion);
		if (!repository.updateStatus(id, version, next, reviewer)) {
			throw new ConcurrentChange("自评报告");
		}
		repository.insertReview(id, level, decision, text, reviewer == null ? "" : reviewer);
		Report after = repository.find(id).orElseThrow();
		publish(ReviewRule.action(decision), after,
				List.of(new FieldChange("状态", before.status().label(), after.status().label()),
						new FieldChange(level.label() + "意见", null, text)));
		return after;
	}

	// ---------------------------------------------------------------- composing

	private ReportSource source(ReportKind kind) {
		ReportSource source = sources.get(kind);
		if (source == null) {
			throw new IllegalStateException("no report source for " + kind);
		}
		return source;
	}

	private ReportDraft compose(DataScope scope, Report report, Map<String, String> texts) {
		Outline outline = outline(report);
		ReportSource.Material data = source(report.kind()).gather(scope, report);
		List<ReportDraft.Section> sections = new ArrayList<>();
		for (Outline.Section s : outline.sections()) {
			List<ReportDraft.Item> items = new ArrayList<>();
			for (Outline.Part part : s.parts()) {
				if (part instanceof Outline.Generated g) {
					items.add(new ReportDraft.Generated(g.key(), data.part(g.key())));
				}
				else if (part instanceof Outline.Narrative n) {
					String text = texts == null ? report.narrative(n.name()) : texts.getOrDefault(n.name(), "");
					items.add(new ReportDraft.Narrative(n.name(), text, data.proposal(n.name())));
				}
			}
			sections.add(new ReportDraft.Section(s.level(), s.heading(), items));
		}
		return new ReportDraft(report, outline, data.title(report), data.subjectName(), sections, data.appendix());
	}

	private Outline outline(Report report) {
		return outlines.find(report.outlineCode()).orElseThrow(() -> new RecordNotFound("报告提纲", 0));
	}

	private Report writable(DataScope scope, long id, String verb) {
		Report report = find(scope, id);
		if (!scope.canWrite(report.unitId())) {
			throw new AccessDeniedException("只有本单位的填报人可以" + verb + "自评报告");
		}
		if (!report.status().editable()) {
			throw new RuleViolation("status", "自评报告当前状态为“" + report.status().label() + "”，不能" + verb);
		}
		return report;
	}

	private void publish(Action action, Report report, List<FieldChange> changes) {
		events.publishEvent(new RecordChanged(action, RecordType.REPORT.name(), report.id(),
				report.fiscalYear() + "年度" + report.kind().label() + "-" + directory.nameOf(report.unitId()),
				report.unitId(), report.fiscalYear(), changes));
	}

}
