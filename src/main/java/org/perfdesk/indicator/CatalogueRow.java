package org.perfdesk.indicator;

/**
 * One search result of the 指标库 as a reader sees it.
 *
 * @param library the name of the library holding the entry (财政通用指标库 or the department's)
 * @param usage how many indicators were taken from the entry (使用次数), 0 when nobody
 * reports usage
 * @param maintainable whether the reader may revise and deactivate the entry
 */
public record CatalogueRow(CatalogueEntry entry, String library, long usage, boolean maintainable) {
}
