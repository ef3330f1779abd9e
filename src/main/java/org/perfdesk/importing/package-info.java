/**
 * 文件导入 - import of published and old documents: text, Markdown, Word, Excel, PDF and web
 * pages read into structured records (kind, unit, project, year, money block, indicator
 * rows) and checked by the {@code consistency} module on their own figures.
 * {@link org.perfdesk.importing.DocumentExtractor} is plain Java, used by
 * {@code bin/perfdesk extract} ({@link org.perfdesk.importing.ExtractCommand}) without
 * Spring or a database. Sub-packages: {@code reading} (file to lines), {@code extraction}
 * (lines to fields and rows). In the app ({@code /imports}) documents are uploaded,
 * previewed beside their source text, corrected and archived for the finance bureau's
 * spot checks (抽查, {@code /imports/archive}). Owns the table {@code import_document}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "文件导入 (importing)",
		allowedDependencies = { "budget", "consistency", "org", "shared" })
package org.perfdesk.importing;
