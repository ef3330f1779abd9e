package org.perfdesk.workbench;

/**
 * One item of the user's to-do list, with the page where it is done.
 *
 * @param year the fiscal year the page is about when it is not the year chosen in the
 * header (following the link switches to it), or {@code null}
 */
record Todo(String text, String link, Integer year) {

	Todo(String text, String link) {
		this(text, link, null);
	}
}
