package org.perfdesk.org;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.perfdesk.shared.ConcurrentChange;
import org.perfdesk.shared.PlainText;
import org.perfdesk.shared.RecordChanged;
import org.perfdesk.shared.RecordChanged.Action;
import org.perfdesk.shared.RecordNotFound;
import org.perfdesk.shared.RuleViolation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates, renames, moves, deactivates and reactivates units. Units are never deleted:
 * records of past years keep pointing at them. Every change is published as
 * {@link RecordChanged} for the audit trail.
 */
@Service
@Transactional
public class UnitManagement {

	static final String RECORD_TYPE = org.perfdesk.shared.RecordType.UNIT.name();

	private final UnitRepository units;

	private final ApplicationEventPublisher events;

	UnitManagement(UnitRepository units, ApplicationEventPublisher events) {
		this.units = units;
		this.events = events;
	}

	public Unit create(UnitKind kind, Long parentId, String code, String name) {
		Unit parent = parentId == null ? null : load(parentId);
		if (!kind.mayBeChildOf(parent == null ? null : parent.kind())) {
			throw new RuleViolation("parentId",
					parent == null ? kind.label() + "必须有上级单位" : kind.label() + "不能设在" + parent.kind().label() + "之下");
		}
		if (parent != null && !parent.active()) {
			throw new RuleViolation("parentId", "上级单位已停用，不能在其下新增单位");
		}
		String trimmedCode = requireText("code", code, "单位编码", 30);
		String trimmedName = requireText("name", name, "单位名称", 100);
		if (units.findByCode(trimmedCode).isPresent()) {
			throw new RuleViolation("code", "单位编码“" + trimmedCode + "”已被使用");
		}
		long id = units.insert(parentId, parent == null ? null : parent.path(), kind, trimmedCode, trimmedName);
		Unit created = load(id);
		publish(Action.CREATE, created, null, created.auditFields(parent == null ? null : parent.name()));
		return created;
	}

	public Unit rename(long id, int version, String name) {
		Unit unit = load(id);
		String trimmed = requireText("name", name, "单位名称", 100);
		if (!units.update(id, version, trimmed, unit.active())) {
			throw new ConcurrentChange("单位“" + unit.name() + "”");
		}
		Unit renamed = load(id);
		String parentName = parentName(unit);
		publish(Action.UPDATE, renamed, unit.auditFields(parentName), renamed.auditFields(parentName));
		return renamed;
	}

	public Unit move(long id, long newParentId) {
		Unit unit = load(id);
		Unit parent = load(newParentId);
		if (parent.isWithin(unit)) {
			throw new RuleViolation("parentId", "不能把单位移到它自己或它的下级单位之下");
		}
		if (!unit.kind().mayBeChildOf(parent.kind())) {
			throw new RuleViolation("parentId", unit.kind().label() + "不能设在" + parent.kind().label() + "之下");
		}
		if (!parent.active()) {
			throw new RuleViolation("parentId", "目标上级单位已停用");
		}
		String oldParent = parentName(unit);
		units.move(unit, parent);
		Unit moved = load(id);
		publish(Action.MOVE, moved, unit.auditFields(oldParent), moved.auditFields(parent.name()));
		return moved;
	}

	/** Deactivates the unit and everything under it; their data stays readable. */
	public void deactivate(long id) {
		setActive(id, false, Action.DEACTIVATE);
	}

	public void activate(long id) {
		Unit unit = load(id);
		if (unit.parentId() != null && !load(unit.parentId()).active()) {
			throw new RuleViolation(null, "上级单位已停用，请先启用上级单位");
		}
		setActive(id, true, Action.ACTIVATE);
	}

	private void setActive(long id, boolean active, Action action) {
		Unit unit = load(id);
		List<Unit> affected = active ? List.of(unit) : units.findSubtree(unit.path());
		for (Unit u : affected) {
			if (u.active() == active) {
				continue;
			}
			if (!units.update(u.id(), u.version(), u.name(), active)) {
				throw new ConcurrentChange("单位“" + u.name() + "”");
			}
			String parentName = parentName(u);
			Unit after = load(u.id());
			publish(action, after, u.auditFields(parentName), after.auditFields(parentName));
		}
	}

	private Unit load(long id) {
		return units.findById(id).orElseThrow(() -> new RecordNotFound("单位", id));
	}

	private String parentName(Unit unit) {
		return unit.parentId() == null ? null : units.findById(unit.parentId()).map(Unit::name).orElse(null);
	}

	private void publish(Action action, Unit unit, Map<String, String> before, Map<String, String> after) {
		events.publishEvent(new RecordChanged(action, RECORD_TYPE, unit.id(), unit.name(), unit.id(), null,
				new ArrayList<>(RecordChanged.diff(before, after))));
	}

	static String requireText(String field, String value, String label, int maxLength) {
		if (value == null || value.isBlank()) {
			throw new RuleViolation(field, label + "不能为空");
		}
		String trimmed = value.strip();
		if (!PlainText.SINGLE_LINE.accepts(trimmed)) {
			throw new RuleViolation(field, PlainText.message(label));
		}
		if (trimmed.length() > maxLength) {
			throw new RuleViolation(field, label + "不能超过 " + maxLength + " 个字");
		}
		return trimmed;
	}

}
