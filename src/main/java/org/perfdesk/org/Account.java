package org.perfdesk.org;

import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A person who signs in: one role, one home unit, and the fiscal year last chosen in the
 * page header.
 */
public record Account(long id, String username, String displayName, String passwordHash, Role role, long unitId,
		boolean enabled, int failedLogins, LocalDateTime lockedUntil, Integer fiscalYear, int version) {

	public boolean isLockedAt(LocalDateTime now) {
		return lockedUntil != null && lockedUntil.isAfter(now);
	}

	Map<String, String> auditFields(String unitName) {
		var fields = new LinkedHashMap<String, String>();
		fields.put("用户名", username);
		fields.put("姓名", displayName);
		fields.put("角色", role.label());
		fields.put("所属单位", unitName);
		fields.put("状态", enabled ? "启用" : "停用");
		return fields;
	}
}
