package org.perfdesk.org;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Read access to the organisation tree for every module. */
@Service
@Transactional(readOnly = true)
public class OrgDirectory {

	private final UnitRepository units;

	OrgDirectory(UnitRepository units) {
		this.units = units;
	}

	public Optional<Unit> find(long id) {
		return units.findById(id);
	}

	/** All units in tree order (parents before children, siblings by id). */
	public List<Unit> tree() {
		return units.findAll();
	}

	/** The unit and everything under it, in tree order. */
	public List<Unit> subtree(long unitId) {
		return units.findById(unitId).map(u -> units.findSubtree(u.path())).orElse(List.of());
	}

	/**
	 * The 主管部门 a unit belongs to: the unit itself when it is a department, else the
	 * nearest department above it; empty for the 财政局 or an unknown unit. Targets,
	 * catalogue libraries, exports and rankings all group by it.
	 */
	public Optional<Unit> departmentOf(long unitId) {
		Optional<Unit> unit = units.findById(unitId);
		while (unit.isPresent() && unit.get().kind() != UnitKind.DEPARTMENT) {
			Long parent = unit.get().parentId();
			unit = parent == null ? Optional.empty() : units.findById(parent);
		}
		return unit;
	}

	public String nameOf(Long unitId) {
		if (unitId == null) {
			return null;
		}
		return units.findById(unitId).map(Unit::name).orElse("（未知单位 " + unitId + "）");
	}

	public boolean isEmpty() {
		return units.count() == 0;
	}

}
