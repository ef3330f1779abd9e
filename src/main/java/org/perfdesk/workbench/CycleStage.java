package org.perfdesk.workbench;

/**
 * One stage of the yearly cycle as the home page shows it.
 *
 * @param name the stage, e.g. 目标申报
 * @param count the number shown large
 * @param caption what the number counts
 * @param link where the stage's work is done, or {@code null} while the stage has no
 * pages yet
 * @param year the fiscal year the link is about when it is not the year chosen in the
 * header (following the link switches to it), or {@code null}
 */
record CycleStage(String name, long count, String caption, String link, Integer year) {

	CycleStage(String name, long count, String caption, String link) {
		this(name, count, caption, link, null);
	}
}
