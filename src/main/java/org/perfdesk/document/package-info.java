/**
 * 文书 - what every printed form needs, whichever module fills it:
 * {@link org.perfdesk.document.FormGrid}, one grid of merged cells written as an .xlsx
 * sheet, a .docx table and a PDF (its XHTML laid out by {@code Pdf}, the column headings
 * of its longest part repeated on every page) in the layout of the official forms (A4,
 * fixed column widths, printed number formats: 万元 with two decimals, scores with two,
 * percentages), and {@link org.perfdesk.document.Sheets}, the plain list workbooks
 * (registers and execution lists) with their header style.
 * <p>
 * {@link org.perfdesk.document.Pdf} is the PDF route: a module writes its document as
 * well-formed XHTML (a Thymeleaf template or code) and gets A4 PDF bytes, portrait or
 * landscape, laid out with the shared print stylesheet (document/print.css: bordered
 * tables whose header repeats on every page and whose rows do not split, "第 x 页 共 y 页" in
 * the footer) and with Noto Sans SC embedded (fonts/, OFL-1.1), so that the file prints
 * the same on every reader. It loads only data: images and no other external resource.
 * <p>
 * {@link org.perfdesk.document.Manuscript} (文稿) is a narrative document — headings,
 * paragraphs, tables and figures — written once and rendered as .docx in the layout of
 * official reports (仿宋 body, 黑体/楷体 headings, header rows repeated, page numbers) and as
 * PDF through {@code Pdf}; {@link org.perfdesk.document.Charts} draws the bar charts such
 * a document shows, as PNG with the embedded font.
 * <p>
 * Owns no tables and knows no domain record: the owning modules (targets, monitoring,
 * evaluation, budget, execution, report) turn their records into rows and call it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "文书 (document)", allowedDependencies = { "shared" })
package org.perfdesk.document;
