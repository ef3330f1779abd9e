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
