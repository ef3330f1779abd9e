package org.perfdesk.workbench;

/**
 * One stage of the yearly cycle as the home page shows it.
 *
 * @param name the stage, e.g. 目标申报
 * @param count the number shown large
 * @param caption what the number counts
 * @param link where the stage's work is done, or {@code null} while the stage has no pages yet
 */
record CycleStage(String name, long count, String caption, String link) {
}
