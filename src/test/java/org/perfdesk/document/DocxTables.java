package org.perfdesk.document;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;

/**
 * The tables of a {@link FormGrid}'s .docx read as the one grid they print: the form's
 * upper part and its indicators with their repeated header are two tables in the file
 * (Word repeats only a table's first rows), joined here row after row for the export
 * tests of every module.
 */
public final class DocxTables {

	private DocxTables() {
	}

	/** All tables of the document as one, in order, a copy detached from the file. */
	public static XWPFTable joined(XWPFDocument document) {
		CTTbl joined = (CTTbl) document.getTables().get(0).getCTTbl().copy();
		for (int t = 1; t < document.getTables().size(); t++) {
			for (CTRow row : document.getTables().get(t).getCTTbl().getTrList()) {
				joined.addNewTr().set(row);
			}
		}
		return new XWPFTable(joined, document);
	}

}
