package org.perfdesk.workbench;

/** One item of the user's to-do list, with the page where it is done. */
record Todo(String text, String link) {
}
