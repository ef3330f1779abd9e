package org.perfdesk.execution.department;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.perfdesk.budget.Project;
import org.perfdesk.budget.ProjectManagement;
import org.perfdesk.org.DataScope;
import org.perfdesk.org.OrgDirectory;
import org.perfdesk.org.Unit;
import org.perfdesk.org.UnitKind;
import org.perfdesk.shared.Amount;
import org.perfdesk.shared.ConcurrentChange;
import org.perfdesk.shared.FiscalYear;
import org.perfdesk.shared.RecordChanged;
import org.perfdesk.shared.RecordChanged.Action;
import org.perfdesk.shared.RecordNotFound;
import org.perfdesk.shared.RecordType;
import org.perfdesk.shared.RuleViolation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads and saves the overall spending figures (部门整体支出数据) of 主管部门. Every method takes the
 * caller's {@link DataScope}: a department outside it is reported as not found; only the
 * department's own 单位填报人 saves. A budget unit or the finance bureau has no such figures
 * and is refused with a Chinese message.
 */
@Service
@Transactional
public class DepartmentFiguresManagement {

	static final String RECORD_TYPE = RecordType.DEPARTMENT_FIGURES.name();

	static final int MAX_STAFF = 1_000_000;

	private final DepartmentFiguresRepository figures;

	private final OrgDirectory directory;

	private final ProjectManagement projects;

	private final ApplicationEventPublisher events;

	DepartmentFiguresManagement(DepartmentFiguresRepository figures, OrgDirectory directory, ProjectManagement projects,
			ApplicationEventPublisher events) {
		this.figures = figures;
		this.directory = directory;
		this.projects = projects;
		this.events = events;
	}

	/**
	 * The department's figures of the year; all zero (not saved, version 0) when none
	 * were saved yet.
	 */
	@Transactional(readOnly = true)
	public DepartmentFigures find(DataScope scope, long departmentId, FiscalYear year) {
		Unit department = department(scope, departmentId);
		return figures.find(department.id(), year.value())
			.orElseGet(() -> DepartmentFigures.empty(department.id(), year.value()));
	}

	/**
	 * Every department the caller may read, with its figures of the year (empty where
	 * none were saved).
	 */
	@Transactional(readOnly = true)
	public List<DepartmentFigures> list(DataScope scope, FiscalYear year) {
		List<Long> ids = directory.tree()
			.stream()
			.filter(u -> u.kind() == UnitKind.DEPARTMENT && scope.canRead(u.id()))
			.map(Unit::id)
			.toList();
		Map<Long, DepartmentFigures> saved = figures.findByYear(ids, year.value())
			.stream()
			.collect(Collectors.toMap(DepartmentFigures::departmentId, Function.identity()));
		return ids.stream().map(id -> saved.getOrDefault(id, DepartmentFigures.empty(id, year.value()))).toList();
	}

	/**
	 * 项目支出: the 年初预算数 of the projects of the department and the units under it, as far as
	 * the caller may read them (see {@link DepartmentProjectSpending#partial()}).
	 */
	@Transactional(readOnly = true)
	public DepartmentProjectSpending projectSpending(DataScope scope, long departmentId, FiscalYear year) {
		Unit department = department(scope, departmentId);
		Amount total = Amount.ZERO;
		int count = 0;
		boolean partial = false;
		for (Unit unit : directory.subtree(department.id())) {
			if (!scope.canRead(unit.id())) {
				partial = true;
				continue;
			}
			for (Project p : projects.list(scope, year, unit.id())) {
				total = total.plus(p.totalBudget());
				count++;
			}
		}
		return new DepartmentProjectSpending(total, count, partial);
	}

	/**
	 * Saves the department's figures of the year, all or nothing. {@code version} is the
	 * one read (0 for figures never saved); a different stored version means someone else
	 * saved meanwhile ({@link ConcurrentChange}). 实有人数 above 编制数 is allowed:
	 * {@link DepartmentFigures#staffWarning()} tells the user.
	 */
	public DepartmentFigures save(DataScope scope, long departmentId, FiscalYear year, DepartmentFiguresInput input,
			int version) {
		Unit department = department(scope, departmentId);
		if (!scope.canWrite(department.id())) {
			throw new AccessDeniedException("只有“" + department.name() + "”的单位填报人可以填报部门整体支出数据");
		}
		Map<String, String> errors = problems(input);
		if (!errors.isEmpty()) {
			throw new RuleViolation(errors);
		}
		DepartmentFigures before = figures.find(department.id(), year.value()).orElse(null);
		DepartmentFigures typed = figures(department.id(), year.value(), input);
		String username = username();
		String what = "“" + department.name() + "”" + year + " 年度部门整体支出数据";
		if (before == null) {
			if (version != 0 || !figures.insert(department.id(), year.value(), typed, username)) {
				throw new ConcurrentChange(what);
			}
		}
		else if (!figures.update(before.id(), version, typed, username)) {
			throw new ConcurrentChange(what);
		}
		DepartmentFigures after = figures.find(department.id(), year.value()).orElseThrow();
		events.publishEvent(new RecordChanged(before == null ? Action.CREATE : Action.UPDATE, RECORD_TYPE, after.id(),
				department.name() + " " + year + " 年度部门整体支出数据", department.id(), year.value(),
				RecordChanged.diff(before == null ? null : before.auditFields(), after.auditFields())));
		return after;
	}

	/**
	 * Field → Chinese message for everything wrong with the input; empty when it can be
	 * saved.
	 */
	static Map<String, String> problems(DepartmentFiguresInput input) {
		var errors = new LinkedHashMap<String, String>();
		for (DepartmentAmount a : DepartmentAmount.values()) {
			BigDecimal value = a.of(input);
			if (value == null) {
				errors.put(a.key(), a.label() + "不能为空，没有请填 0");
			}
			else if (value.signum() < 0) {
				errors.put(a.key(), a.label() + "不能为负数");
			}
			else if (value.stripTrailingZeros().scale() > 2) {
				errors.put(a.key(), a.label() + "最多精确到分（以元计最多两位小数）");
			}
			else if (value.compareTo(Amount.MAX.yuan()) > 0) {
				errors.put(a.key(), a.label() + "超出合理范围，请检查单位是否为元");
			}
		}
		staff(errors, "authorisedStaff", input.authorisedStaff(), "编制数");
		staff(errors, "actualStaff", input.actualStaff(), "实有人数");
		return errors;
	}

	private static void staff(Map<String, String> errors, String field, BigDecimal value, String label) {
		if (value == null) {
			errors.put(field, label + "不能为空，没有请填 0");
		}
		else if (value.stripTrailingZeros().scale() > 0) {
			errors.put(field, label + "须为整数（人）");
		}
		else if (value.signum() < 0) {
			errors.put(field, label + "不能为负数");
		}
		else if (value.compareTo(BigDecimal.valueOf(MAX_STAFF)) > 0) {
			errors.put(field, label + "超出合理范围");
		}
	}

	private static DepartmentFigures figures(long departmentId, int year, DepartmentFiguresInput in) {
		return new DepartmentFigures(null, departmentId, year, yuan(in.personnelBudget()), yuan(in.personnelSpent()),
				yuan(in.operatingBudget()), yuan(in.operatingSpent()), yuan(in.overseasTravelBudget()),
				yuan(in.overseasTravelSpent()), yuan(in.vehiclePurchaseBudget()), yuan(in.vehiclePurchaseSpent()),
				yuan(in.vehicleOperationBudget()), yuan(in.vehicleOperationSpent()), yuan(in.receptionBudget()),
				yuan(in.receptionSpent()), yuan(in.procurementBudget()), yuan(in.procurementActual()),
				in.authorisedStaff().intValueExact(), in.actualStaff().intValueExact(), 0, null, null);
	}

	private static Amount yuan(BigDecimal value) {
		return Amount.ofYuan(value);
	}

	/**
	 * The readable department, or not found; a unit of another kind is refused in
	 * Chinese.
	 */
	private Unit department(DataScope scope, long departmentId) {
		Unit unit = directory.find(departmentId)
			.filter(u -> scope.canRead(u.id()))
			.orElseThrow(() -> new RecordNotFound("部门", departmentId));
		if (unit.kind() != UnitKind.DEPARTMENT) {
			throw new RuleViolation("departmentId",
					"“" + unit.name() + "”是" + unit.kind().label() + "，部门整体支出数据只由主管部门填报，请选择主管部门");
		}
		return unit;
	}

	private static String username() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		return auth == null ? "system" : auth.getName();
	}

}
