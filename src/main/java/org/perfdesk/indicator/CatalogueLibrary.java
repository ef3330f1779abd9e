package org.perfdesk.indicator;

/**
 * One library of the 指标库: the finance bureau's common library (财政通用指标库,
 * {@code ownerUnitId} null), which every department reads, or one department's own
 * library (部门指标库), read by that department and its units.
 */
public record CatalogueLibrary(Long ownerUnitId, String name) {

	public static final String COMMON_NAME = "财政通用指标库";

	public static CatalogueLibrary common() {
		return new CatalogueLibrary(null, COMMON_NAME);
	}

	public boolean isCommon() {
		return ownerUnitId == null;
	}

	public boolean holds(CatalogueEntry entry) {
		return java.util.Objects.equals(ownerUnitId, entry.ownerUnitId());
	}
}
