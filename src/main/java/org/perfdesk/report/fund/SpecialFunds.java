package org.perfdesk.report.fund;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.perfdesk.budget.Project;
import org.perfdesk.budget.ProjectManagement;
import org.perfdesk.org.DataScope;
import org.perfdesk.org.OrgDirectory;
import org.perfdesk.org.Unit;
import org.perfdesk.org.UnitKind;
import org.perfdesk.shared.FiscalYear;
import org.perfdesk.shared.PlainText;
import org.perfdesk.shared.RecordChanged;
import org.perfdesk.shared.RecordNotFound;
import org.perfdesk.shared.RecordType;
import org.perfdesk.shared.RuleViolation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 专项资金: the department's 填报人 names a fund of a year and chooses which of the department's
 * projects of that year it groups. A fund is read by whoever can read its department, and
 * is fixed once made: its report is written on it.
 */
@Service
@Transactional
public class SpecialFunds {

	public static final int MAX_NAME = 60;

	public static final int MAX_BASIS = 2000;

	/** A fund groups a handful of projects; more is a department's whole budget. */
	public static final int MAX_PROJECTS = 50;

	private final FundRepository repository;

	private final OrgDirectory directory;

	private final ProjectManagement projects;

	private final ApplicationEventPublisher events;

	SpecialFunds(FundRepository repository, OrgDirectory directory, ProjectManagement projects,
			ApplicationEventPublisher events) {
		this.repository = repository;
		this.directory = directory;
		this.projects = projects;
		this.events = events;
	}

	@Transactional(readOnly = true)
	public List<SpecialFund> list(DataScope scope, FiscalYear year) {
		return repository.ofYear(year.value()).stream().filter(f -> scope.canRead(f.departmentId())).toList();
	}

	@Transactional(readOnly = true)
	public SpecialFund find(DataScope scope, long id) {
		return repository.find(id)
			.filter(f -> scope.canRead(f.departmentId()))
			.orElseThrow(() -> new RecordNotFound("专项资金", id));
	}

	/**
	 * The projects of a department and year a fund may group: the department's and its
	 * units'.
	 */
	@Transactional(readOnly = true)
	public List<Project> eligible(DataScope scope, long departmentId, FiscalYear year) {
		Set<Long> units = directory.subtree(departmentId).stream().map(Unit::id).collect(Collectors.toSet());
		return projects.list(scope, year, null).stream().filter(p -> units.contains(p.unitId())).toList();
	}

	/**
	 * 新建专项资金: refused whole, with every problem, when the name is blank, too long or
	 * taken, the basis too long, or a project is not one of the department's of the year.
	 */
	public SpecialFund create(DataScope scope, long departmentId, FiscalYear year, String name, String basis,
			List<Long> projectIds, String by) {
		Unit department = directory.find(departmentId)
			.filter(u -> u.kind() == UnitKind.DEPARTMENT && scope.canRead(u.id()))
			.orElseThrow(() -> new RecordNotFound("部门", departmentId));
		if (!scope.canWrite(department.id())) {
			throw new AccessDeniedException("只有本部门的填报人可以新建专项资金");
		}
		var errors = new LinkedHashMap<String, String>();
		String n = name == null ? "" : name.strip();
		String b = basis == null ? "" : basis.strip();
		if (n.isEmpty() || n.length() > MAX_NAME) {
			errors.put("name", "专项资金名称须为 1–" + MAX_NAME + " 个字");
		}
		else if (!PlainText.SINGLE_LINE.accepts(n)) {
			errors.put("name", PlainText.message("专项资金名称"));
		}
		else if (repository.nameTaken(departmentId, year.value(), n)) {
			errors.put("name", year.value() + " 年度已有名为“" + n + "”的专项资金");
		}
		if (b.length() > MAX_BASIS) {
			errors.put("basis", "设立依据不能超过 " + MAX_BASIS + " 个字（现有 " + b.length() + " 个）");
		}
		else if (!PlainText.MULTI_LINE.accepts(b)) {
			errors.put("basis", PlainText.message("设立依据"));
		}
		List<Long> chosen = new ArrayList<>(new LinkedHashSet<>(projectIds == null ? List.of() : projectIds));
		Set<Long> allowed = eligible(scope, departmentId, year).stream().map(Project::id).collect(Collectors.toSet());
		if (chosen.isEmpty()) {
			errors.put("projects", "请至少选择一个项目");
		}
		else if (chosen.size() > MAX_PROJECTS) {
			errors.put("projects", "一项专项资金最多包含 " + MAX_PROJECTS + " 个项目");
		}
		else if (!allowed.containsAll(chosen)) {
			errors.put("projects", "所选项目须为本部门及所属单位 " + year.value() + " 年度的项目，请刷新页面后重新选择");
		}
		if (!errors.isEmpty()) {
			throw new RuleViolation(errors);
		}
		long id = repository.insert(departmentId, year.value(), n, b, chosen, by);
		events.publishEvent(new RecordChanged(RecordChanged.Action.CREATE, RecordType.SPECIAL_FUND.name(), id,
				year.value() + "年度专项资金-" + n, departmentId, year.value(),
				List.of(new RecordChanged.FieldChange("项目", null, chosen.size() + " 个"))));
		return repository.find(id).orElseThrow();
	}

}
