/**
 * 文书 - what every printed form needs, whichever module fills it: {@link org.perfdesk.document.FormGrid}, one grid of
 * merged cells written both as an .xlsx sheet and as a .docx table in the layout of the official forms (A4, fixed
 * column widths, printed number formats: 万元 with two decimals, scores with two, percentages), and
 * {@link org.perfdesk.document.Sheets}, the plain list workbooks (registers and execution lists) with their header
 * style. The PDF writer of the documents issue belongs here too.
 * <p>
 * Owns no tables and knows no domain record: the owning modules (targets, monitoring, evaluation, budget,
 * execution) turn their records into rows and call it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "文书 (document)", allowedDependencies = { "shared" })
package org.perfdesk.document;
