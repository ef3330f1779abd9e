package org.perfdesk.execution;

import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.perfdesk.budget.FundSource;
import org.perfdesk.budget.Project;
import org.perfdesk.budget.ProjectManagement;
import org.perfdesk.org.DataScope;
import org.perfdesk.org.OrgDirectory;
import org.perfdesk.shared.Amount;
import org.perfdesk.shared.ConcurrentChange;
import org.perfdesk.shared.FiscalYear;
import org.perfdesk.shared.RecordChanged;
import org.perfdesk.shared.RecordChanged.Action;
import org.perfdesk.shared.RecordNotFound;
import org.perfdesk.shared.RecordType;
import org.perfdesk.shared.RuleViolation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 预算执行 of projects: reads the execution of a project or of a year, records a 预算调整,
 * records a month's 执行数 and imports many months at once. Every method takes the caller's
 * {@link DataScope}: a project outside it is not found, and only the project unit's 单位填报人
 * writes. Every write is audited ({@link RecordType#BUDGET_ADJUSTMENT} and
 * {@link RecordType#EXECUTION}, both with the project's id as record id, so a project's
 * history is one query) and all-or-nothing.
 * <p>
 * Every write checks the project's budget and then writes ("the cumulative 执行数 stays
 * within the 全年预算数"), so each one first locks the project's row
 * ({@link ProjectManagement#lock}) in its own transaction: two saves of one project at
 * the same instant run one after the other and the second is checked against what the
 * first committed. Without the lock both read the same figures, both pass, and together
 * they pass the budget.
 * <p>
 * The demo loader can call {@link #adjust} and {@link #record} with the unit filler's
 * {@code DataScope}; no user session is needed.
 */
@Service
@Transactional
public class ExecutionManagement {

	static final String ADJUSTMENT_TYPE = RecordType.BUDGET_ADJUSTMENT.name();

	static final String EXECUTION_TYPE = RecordType.EXECUTION.name();

	private final ExecutionRepository repository;

	private final ProjectManagement projects;

	private final OrgDirectory directory;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final AlertThresholds thresholds;

	ExecutionManagement(ExecutionRepository repository, ProjectManagement projects, OrgDirectory directory,
			ApplicationEventPublisher events, Clock clock, AlertThresholds thresholds) {
		this.repository = repository;
		this.thresholds = thresholds;
		this.projects = projects;
		this.directory = directory;
		this.events = events;
		this.clock = clock;
	}

	/** The light thresholds ({@code perfdesk.alerts.*}). */
	public AlertThresholds alertThresholds() {
		return thresholds;
	}

	/**
	 * The month figures of a year are read at: the current month in the current year,
	 * December for a past year, 0 (nothing yet) for a future one.
	 */
	@Transactional(readOnly = true)
	public int readingMonth(int fiscalYear) {
		YearMonth now = YearMonth.now(clock);
		if (fiscalYear < now.getYear()) {
			return 12;
		}
		return fiscalYear > now.getYear() ? 0 : now.getMonthValue();
	}

	/**
	 * The execution of one project; {@code year} null for the project's own year,
	 * otherwise it must match.
	 */
	@Transactional(readOnly = true)
	public ProjectExecution find(DataScope scope, long projectId, FiscalYear year) {
		Project project = projects.find(scope, projectId);
		if (year != null && year.value() != project.fiscalYear()) {
			throw new RecordNotFound("项目", projectId);
		}
		return execution(project);
	}

	/**
	 * The execution table of a year: every project in the scope, by unit (in tree order),
	 * with subtotals and total.
	 */
	@Transactional(readOnly = true)
	public ExecutionOverview list(DataScope scope, FiscalYear year) {
		int month = readingMonth(year.value());
		Map<Long, List<BudgetAdjustment>> adjustments = repository.adjustmentsOfYear(scope, year.value());
		Map<Long, List<MonthlyExecution>> months = repository.monthsOfYear(scope, year.value());
		Map<Long, List<ProjectExecution>> byUnit = new LinkedHashMap<>();
		for (Project p : projects.list(scope, year, null)) {
			byUnit.computeIfAbsent(p.unitId(), k -> new ArrayList<>())
				.add(new ProjectExecution(p, adjustments.getOrDefault(p.id(), List.of()),
						months.getOrDefault(p.id(), List.of()), month, thresholds));
		}
		List<Long> order = new ArrayList<>();
		directory.tree().forEach(u -> order.add(u.id()));
		List<UnitExecution> units = new ArrayList<>();
		ExecutionFigures total = ExecutionFigures.none(month, thresholds);
		for (Map.Entry<Long, List<ProjectExecution>> e : byUnit.entrySet()
			.stream()
			.sorted(Comparator.comparingInt(e -> order.indexOf(e.getKey())))
			.toList()) {
			ExecutionFigures subtotal = ExecutionFigures.none(month, thresholds);
			for (ProjectExecution pe : e.getValue()) {
				subtotal = subtotal.plus(pe.figures());
			}
			units.add(new UnitExecution(e.getKey(), directory.nameOf(e.getKey()), e.getValue(), subtotal));
			total = total.plus(subtotal);
		}
		return new ExecutionOverview(year.value(), month, units, total);
	}

	/**
	 * The bars of the execution-rate chart: for a user who reads several departments (the
	 * finance bureau) one bar per department with the units under it, ranked; otherwise
	 * one bar per project, ranked.
	 */
	@Transactional(readOnly = true)
	public List<ExecutionBar> bars(DataScope scope, ExecutionOverview overview) {
		List<ExecutionBar> bars = new ArrayList<>();
		if (!scope.everything()) {
			overview.units()
				.forEach(u -> u.projects()
					.forEach(p -> bars
						.add(new ExecutionBar(p.project().code() + " " + p.project().name(), p.figures()))));
			return ExecutionBar.ranked(bars);
		}
		Map<Long, ExecutionFigures> byDepartment = new LinkedHashMap<>();
		for (UnitExecution u : overview.units()) {
			byDepartment.merge(directory.departmentOf(u.unitId()).map(org.perfdesk.org.Unit::id).orElse(u.unitId()),
					u.subtotal(), ExecutionFigures::plus);
		}
		byDepartment.forEach((id, figures) -> bars.add(new ExecutionBar(directory.nameOf(id), figures)));
		return ExecutionBar.ranked(bars);
	}

	/**
	 * 预算调整: 追加 or 追减 one fund source of a project's budget. Refused when the amount is
	 * not positive, the reason is missing, the date lies outside the project's fiscal
	 * year, or a 追减 would leave the source's 全年预算数 negative or below what was already
	 * spent from it.
	 */
	public BudgetAdjustment adjust(DataScope scope, long projectId, AdjustmentDraft draft) {
		Project project = projects.lock(scope, projectId);
		if (!scope.canWrite(project.unitId())) {
			throw new AccessDeniedException("无权调整项目“" + project.name() + "”的预算");
		}
		var errors = new LinkedHashMap<>(draft.problems(project.fiscalYear()));
		if (errors.isEmpty() && draft.kind() == AdjustmentKind.DECREASE) {
			ProjectExecution before = execution(project);
			FundSource source = draft.fundSource();
			Amount budget = before.fullYearBudget().of(source);
			Amount after = SourceAmounts.minus(budget, draft.amount());
			Amount spent = before.executedInYear(source);
			if (after.isNegative()) {
				errors.put("amount", source.label() + "全年预算数为 " + budget.formatWan() + " 万元，追减 "
						+ draft.amount().formatWan() + " 万元后将为负数");
			}
			else if (after.compareTo(spent) < 0) {
				errors.put("amount", source.label() + "已执行 " + spent.formatWan() + " 万元，追减 "
						+ draft.amount().formatWan() + " 万元后全年预算数 " + after.formatWan() + " 万元将低于已执行数");
			}
		}
		if (!errors.isEmpty()) {
			throw new RuleViolation(errors);
		}
		long id = repository.insertAdjustment(project, draft);
		BudgetAdjustment created = repository.findAdjustment(id).orElseThrow();
		events.publishEvent(new RecordChanged(Action.ADJUST, ADJUSTMENT_TYPE, project.id(), label(project),
				project.unitId(), project.fiscalYear(), RecordChanged.diff(null, created.auditFields())));
		return created;
	}

	/**
	 * Records what a project spent in one month, replacing that month's figures.
	 * {@code version} is the version read with the month, or null for a month without
	 * figures yet; a stale one is a {@link ConcurrentChange}. Refused when an amount is
	 * negative, the month lies after the current month, or the cumulative 执行数 of a source
	 * would pass its 全年预算数.
	 */
	public MonthlyExecution record(DataScope scope, long projectId, int month, SourceAmounts spent, Integer version) {
		Project project = projects.lock(scope, projectId);
		if (!scope.canWrite(project.unitId())) {
			throw new AccessDeniedException("无权填报项目“" + project.name() + "”的执行数");
		}
		var errors = new LinkedHashMap<String, String>();
		String monthProblem = monthProblem(project.fiscalYear(), month);
		if (monthProblem != null) {
			errors.put("month", monthProblem);
		}
		for (FundSource s : FundSource.values()) {
			if (spent.of(s).isNegative()) {
				errors.put(field(s), s.label() + "执行数不能为负数");
			}
		}
		if (errors.isEmpty()) {
			ProjectExecution before = execution(project);
			errors.putAll(overBudget(before, Map.of(month, spent)));
		}
		if (!errors.isEmpty()) {
			throw new RuleViolation(errors);
		}
		return write(project, month, spent, version);
	}

	/**
	 * What would stop the rows from being imported into the year: unknown project codes
	 * (within the scope and year), projects the caller may not write, future months, and
	 * cumulative 执行数 above a 全年预算数 once the rows replace their months. Reads only.
	 */
	@Transactional(readOnly = true)
	public List<ImportProblem> checkImport(DataScope scope, FiscalYear year, List<ImportRow> rows) {
		var problems = new ArrayList<ImportProblem>();
		Map<String, Project> byCode = new HashMap<>();
		projects.list(scope, year, null).forEach(p -> byCode.put(p.code(), p));
		Map<Long, Map<Integer, ImportRow>> byProject = new LinkedHashMap<>();
		Map<Long, Project> known = new HashMap<>();
		for (ImportRow row : rows) {
			Project p = byCode.get(row.projectCode());
			if (p == null) {
				problems.add(new ImportProblem(row.rowNumber(), ExecutionSheet.CODE,
						"项目编码“" + row.projectCode() + "”不是您可以填报的 " + year + " 年度项目"));
				continue;
			}
			if (!scope.canWrite(p.unitId())) {
				problems.add(new ImportProblem(row.rowNumber(), ExecutionSheet.CODE, "无权填报项目“" + p.name() + "”的执行数"));
				continue;
			}
			String monthProblem = monthProblem(p.fiscalYear(), row.month());
			if (monthProblem != null) {
				problems.add(new ImportProblem(row.rowNumber(), ExecutionSheet.MONTH, monthProblem));
				continue;
			}
			known.put(p.id(), p);
			byProject.computeIfAbsent(p.id(), k -> new TreeMap<>()).put(row.month(), row);
		}
		for (var e : byProject.entrySet()) {
			Map<Integer, SourceAmounts> replaced = new TreeMap<>();
			e.getValue().forEach((m, r) -> replaced.put(m, r.spent()));
			Map<String, String> over = overBudget(execution(known.get(e.getKey())), replaced);
			int lastRow = ((TreeMap<Integer, ImportRow>) e.getValue()).lastEntry().getValue().rowNumber();
			over.forEach((field, reason) -> problems.add(new ImportProblem(lastRow, column(field), reason)));
		}
		return problems.stream().sorted().toList();
	}

	/**
	 * Imports the rows in one transaction, replacing the figures of the months they name,
	 * after {@link #checkImport} found nothing wrong; otherwise imports nothing and
	 * answers the problems.
	 */
	public ImportOutcome importMonths(DataScope scope, FiscalYear year, List<ImportRow> rows) {
		if (!scope.canWriteAnything()) {
			throw new AccessDeniedException("只有单位填报人可以导入执行数");
		}
		Map<String, Project> byCode = new HashMap<>();
		projects.list(scope, year, null).forEach(p -> byCode.put(p.code(), p));
		// lock every project the rows name before checking them, in id order so that two
		// imports naming the same
		// projects wait for each other instead of deadlocking
		rows.stream()
			.map(r -> byCode.get(r.projectCode()))
			.filter(p -> p != null && scope.canWrite(p.unitId()))
			.map(Project::id)
			.distinct()
			.sorted()
			.forEach(id -> projects.lock(scope, id));
		List<ImportProblem> problems = checkImport(scope, year, rows);
		if (!problems.isEmpty()) {
			return ImportOutcome.refused(problems);
		}
		var projectIds = new java.util.HashSet<Long>();
		var months = new java.util.HashSet<Integer>();
		for (ImportRow row : rows) {
			Project p = byCode.get(row.projectCode());
			Integer version = repository.findMonth(p.id(), row.month()).map(MonthlyExecution::version).orElse(null);
			write(p, row.month(), row.spent(), version);
			projectIds.add(p.id());
			months.add(row.month());
		}
		return new ImportOutcome(List.of(), rows.size(), projectIds.size(), months.size());
	}

	private MonthlyExecution write(Project project, int month, SourceAmounts spent, Integer version) {
		var existing = repository.findMonth(project.id(), month);
		String what = "项目“" + project.name() + "” " + month + " 月执行数";
		if (existing.isPresent()) {
			if (version == null || !repository.updateMonth(existing.get().id(), version, spent)) {
				throw new ConcurrentChange(what);
			}
		}
		else {
			try {
				repository.insertMonth(project, month, spent);
			}
			catch (DuplicateKeyException e) {
				throw new ConcurrentChange(what);
			}
		}
		MonthlyExecution after = repository.findMonth(project.id(), month).orElseThrow();
		var before = existing.map(x -> MonthlyExecution.auditFields(month, x.spent())).orElse(null);
		events.publishEvent(new RecordChanged(existing.isPresent() ? Action.UPDATE : Action.CREATE, EXECUTION_TYPE,
				project.id(), label(project), project.unitId(), project.fiscalYear(),
				RecordChanged.diff(before, MonthlyExecution.auditFields(month, spent))));
		return after;
	}

	/** Null when the month may be recorded for the year, otherwise why not. */
	private String monthProblem(int fiscalYear, int month) {
		if (month < 1 || month > 12) {
			return "月份须为 1 至 12";
		}
		YearMonth now = YearMonth.now(clock);
		if (YearMonth.of(fiscalYear, month).isAfter(now)) {
			return "不能填报未来月份：" + fiscalYear + " 年 " + month + " 月尚未到来（当前为 " + now.getYear() + " 年 "
					+ now.getMonthValue() + " 月）";
		}
		return null;
	}

	/**
	 * The sources whose cumulative 执行数 would pass the 全年预算数 once the given months replace
	 * the saved ones, field → message naming the source, the month reached and the
	 * amounts in 万元.
	 */
	private static Map<String, String> overBudget(ProjectExecution before, Map<Integer, SourceAmounts> replacing) {
		var errors = new LinkedHashMap<String, String>();
		SourceAmounts total = SourceAmounts.ZERO;
		int lastMonth = 0;
		for (int m = 1; m <= 12; m++) {
			SourceAmounts spent = replacing.containsKey(m) ? replacing.get(m)
					: before.monthly(m).map(MonthlyExecution::spent).orElse(null);
			if (spent != null) {
				total = total.plus(spent);
				lastMonth = m;
			}
		}
		SourceAmounts budget = before.fullYearBudget();
		for (FundSource s : FundSource.values()) {
			if (total.of(s).compareTo(budget.of(s)) > 0) {
				errors.put(field(s), s.label() + "截至 " + lastMonth + " 月累计执行数 " + total.of(s).formatWan()
						+ " 万元，超过全年预算数 " + budget.of(s).formatWan() + " 万元");
			}
		}
		return errors;
	}

	private ProjectExecution execution(Project project) {
		return new ProjectExecution(project, repository.adjustments(project.id()), repository.months(project.id()),
				readingMonth(project.fiscalYear()), thresholds);
	}

	/** The form and JSON field of a source's amount. */
	static String field(FundSource source) {
		return switch (source) {
			case FISCAL_APPROPRIATION -> "fiscalAppropriation";
			case CARRY_OVER -> "carryOver";
			case OTHER -> "otherFunds";
		};
	}

	private static String column(String field) {
		for (FundSource s : FundSource.values()) {
			if (field(s).equals(field)) {
				return s.label();
			}
		}
		return "";
	}

	private static String label(Project project) {
		return project.code() + " " + project.name();
	}

}
