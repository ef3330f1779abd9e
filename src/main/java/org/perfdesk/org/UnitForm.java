package org.perfdesk.org;

/**
 * The page form for creating a unit; fields are strings so that bad input comes back as a
 * message, not a 400.
 */
class UnitForm {

	private UnitKind kind = UnitKind.BUDGET_UNIT;

	private Long parentId;

	private String code;

	private String name;

	public UnitKind getKind() {
		return kind;
	}

	public void setKind(UnitKind kind) {
		this.kind = kind;
	}

	public Long getParentId() {
		return parentId;
	}

	public void setParentId(Long parentId) {
		this.parentId = parentId;
	}

	public String getCode() {
		return code;
	}

	public void setCode(String code) {
		this.code = code;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

}
