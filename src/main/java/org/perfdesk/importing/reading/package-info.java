/**
 * Reading a file into lines: text (.txt, .md, UTF-8 or GB18030 detected), .docx, .xlsx
 * and .xls, .pdf with a text layer, and .html, each normalised (full width, Traditional
 * characters, comparison glyphs). Internal to module importing.
 */
package org.perfdesk.importing.reading;
