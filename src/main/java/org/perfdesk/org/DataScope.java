package org.perfdesk.org;

import java.util.Set;

/**
 * 数据权限: which units' business records a user may read and write. Every service asks this
 * before it returns or changes a record, so hiding a link in a page is never the only
 * protection.
 * <ul>
 * <li>单位填报人 reads and writes its own unit only (not the units under it);</li>
 * <li>部门审核人 reads its department and every unit under it, writes none;</li>
 * <li>财政审核人 reads everything, writes none;</li>
 * <li>系统管理员 manages people and organisation and reads no business records.</li>
 * </ul>
 */
public record DataScope(Role role, long ownUnitId, boolean everything, Set<Long> readableUnitIds) {

	public DataScope {
		readableUnitIds = Set.copyOf(readableUnitIds);
	}

	public boolean canRead(long unitId) {
		return everything || readableUnitIds.contains(unitId);
	}

	public boolean canWrite(long unitId) {
		return role == Role.UNIT_FILLER && unitId == ownUnitId;
	}

	/**
	 * True when the user may register data for some unit at all (used to show or hide
	 * "新增" buttons).
	 */
	public boolean canWriteAnything() {
		return role == Role.UNIT_FILLER;
	}

	static DataScope of(Account account, OrgDirectory directory) {
		return switch (account.role()) {
			case UNIT_FILLER -> new DataScope(account.role(), account.unitId(), false, Set.of(account.unitId()));
			case DEPARTMENT_REVIEWER -> new DataScope(account.role(), account.unitId(), false,
					directory.subtree(account.unitId())
						.stream()
						.map(Unit::id)
						.collect(java.util.stream.Collectors.toSet()));
			case FINANCE_REVIEWER -> new DataScope(account.role(), account.unitId(), true, Set.of());
			case ADMINISTRATOR -> new DataScope(account.role(), account.unitId(), false, Set.of());
		};
	}
}
