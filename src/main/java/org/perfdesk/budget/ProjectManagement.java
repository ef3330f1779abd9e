package org.perfdesk.budget;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.perfdesk.org.DataScope;
import org.perfdesk.org.OrgDirectory;
import org.perfdesk.org.Unit;
import org.perfdesk.org.UnitKind;
import org.perfdesk.shared.ConcurrentChange;
import org.perfdesk.shared.FiscalYear;
import org.perfdesk.shared.RecordChanged;
import org.perfdesk.shared.RecordChanged.Action;
import org.perfdesk.shared.RecordNotFound;
import org.perfdesk.shared.RuleViolation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers and revises projects. Every method takes the caller's {@link DataScope}: a
 * record outside it is reported as not found, and only a 单位填报人 writes, and only for its
 * own unit.
 */
@Service
@Transactional
public class ProjectManagement {

	static final String RECORD_TYPE = org.perfdesk.shared.RecordType.PROJECT.name();

	private final ProjectRepository projects;

	private final OrgDirectory directory;

	private final ApplicationEventPublisher events;

	ProjectManagement(ProjectRepository projects, OrgDirectory directory, ApplicationEventPublisher events) {
		this.projects = projects;
		this.directory = directory;
		this.events = events;
	}

	@Transactional(readOnly = true)
	public Project find(DataScope scope, long id) {
		return projects.findById(id)
			.filter(p -> scope.canRead(p.unitId()))
			.orElseThrow(() -> new RecordNotFound("项目", id));
	}

	/**
	 * The project like {@link #find}, its row locked until the caller's transaction ends.
	 * A write that checks something against the project's budget and then writes (a
	 * month's 执行数, a 预算调整) takes this lock first, in the same transaction as the check
	 * and the write: two such writes of one project then run one after the other, and the
	 * second checks what the first committed instead of both passing a check that only
	 * one of them may pass. A lock that cannot be had (someone else holds it past the
	 * database's lock timeout) is answered as a {@link ConcurrentChange}: nothing was
	 * saved and the user tries again.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public Project lock(DataScope scope, long id) {
		try {
			return projects.findByIdForUpdate(id)
				.filter(p -> scope.canRead(p.unitId()))
				.orElseThrow(() -> new RecordNotFound("项目", id));
		}
		catch (PessimisticLockingFailureException | QueryTimeoutException e) {
			// H2 answers its lock timeout as a query timeout, PostgreSQL as
			// lock_not_available or a deadlock
			throw new ConcurrentChange("项目（编号 " + id + "）");
		}
	}

	@Transactional(readOnly = true)
	public List<Project> list(DataScope scope, FiscalYear year, Long unitId) {
		return search(scope, year, unitId, null);
	}

	/**
	 * The list narrowed to projects whose code or name contains the keyword
	 * (case-insensitive).
	 */
	@Transactional(readOnly = true)
	public List<Project> search(DataScope scope, FiscalYear year, Long unitId, String keyword) {
		return projects.findByYear(scope, year.value(), unitId, keyword);
	}

	/** 登记项目. A missing unit means the caller's own unit. */
	public Project register(DataScope scope, ProjectDraft input) {
		ProjectDraft draft = input.orDefaults(scope.ownUnitId(), null);
		var errors = new LinkedHashMap<>(draft.problems());
		Unit unit = directory.find(draft.unitId()).orElse(null);
		if (unit == null) {
			errors.put("unitId", "单位不存在（编号 " + draft.unitId() + "）");
		}
		else if (unit.kind() == UnitKind.FINANCE_BUREAU) {
			errors.put("unitId", "财政局不登记项目，请选择主管部门或预算单位");
		}
		else if (!unit.active()) {
			errors.put("unitId", "单位“" + unit.name() + "”已停用，不能登记新项目");
		}
		if (!errors.containsKey("code") && draft.fiscalYear() != null
				&& projects.codeTaken(draft.fiscalYear(), draft.code().strip(), null)) {
			errors.put("code", "项目编码“" + draft.code().strip() + "”在 " + draft.fiscalYear() + " 年度已被使用");
		}
		if (unit != null && !scope.canWrite(unit.id())) {
			throw new AccessDeniedException("无权为“" + unit.name() + "”登记项目");
		}
		if (!errors.isEmpty()) {
			throw new RuleViolation(errors);
		}
		long id = projects.insert(unit.id(), draft);
		Project created = projects.findById(id).orElseThrow();
		publish(Action.CREATE, created, null);
		return created;
	}

	/**
	 * 修改项目. The unit and the fiscal year of a project never change; a different value in
	 * the input is refused.
	 */
	public Project revise(DataScope scope, long id, int version, ProjectDraft input) {
		Project before = find(scope, id);
		if (!scope.canWrite(before.unitId())) {
			throw new AccessDeniedException("无权修改项目“" + before.name() + "”");
		}
		ProjectDraft draft = input.orDefaults(before.unitId(), before.fiscalYear());
		var errors = new LinkedHashMap<>(draft.problems());
		if (draft.unitId() != before.unitId()) {
			errors.put("unitId", "项目所属单位不能修改");
		}
		if (draft.fiscalYear() != before.fiscalYear()) {
			errors.put("fiscalYear", "项目的预算年度不能修改");
		}
		if (!errors.containsKey("code") && draft.code() != null
				&& projects.codeTaken(before.fiscalYear(), draft.code().strip(), id)) {
			errors.put("code", "项目编码“" + draft.code().strip() + "”在 " + before.fiscalYear() + " 年度已被使用");
		}
		if (!errors.isEmpty()) {
			throw new RuleViolation(errors);
		}
		if (!projects.update(id, version, draft)) {
			throw new ConcurrentChange("项目“" + before.name() + "”");
		}
		Project after = projects.findById(id).orElseThrow();
		publish(Action.UPDATE, after, before.auditFields());
		return after;
	}

	private void publish(Action action, Project project, Map<String, String> before) {
		events.publishEvent(new RecordChanged(action, RECORD_TYPE, project.id(), project.code() + " " + project.name(),
				project.unitId(), project.fiscalYear(), RecordChanged.diff(before, project.auditFields())));
	}

}
