package org.perfdesk.org;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * 单位: one node of the organisation tree. {@code path} lists the ids from the root down
 * ({@code /1/2/5/}), so "is in the subtree of" is a prefix test that works the same in H2
 * and PostgreSQL. A unit that has data is never deleted; it is deactivated and stays
 * readable.
 */
public record Unit(long id, Long parentId, String path, UnitKind kind, String code, String name, boolean active,
		int version) {

	public boolean isWithin(Unit ancestor) {
		return path.startsWith(ancestor.path());
	}

	/** Depth from the root, 0 for the 财政局. */
	public int depth() {
		return (int) path.chars().filter(c -> c == '/').count() - 2;
	}

	Map<String, String> auditFields(String parentName) {
		var fields = new LinkedHashMap<String, String>();
		fields.put("编码", code);
		fields.put("名称", name);
		fields.put("类型", kind.label());
		fields.put("上级单位", parentName);
		fields.put("状态", active ? "启用" : "停用");
		return fields;
	}
}
