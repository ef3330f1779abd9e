package org.perfdesk.importing.reading;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;

/**
 * A .docx in reading order: paragraphs, and tables row by row. A cell spanning n grid
 * columns is followed by n − 1 empty cells and a vertically merged cell below its first
 * row is empty, so that columns line up with the header's.
 */
final class WordFormat {

	private WordFormat() {
	}

	static Source read(byte[] bytes, int maxLines) throws IOException {
		List<Line> lines = new ArrayList<>();
		List<String> problems = new ArrayList<>();
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
			for (IBodyElement element : document.getBodyElements()) {
				if (lines.size() >= maxLines) {
					problems.add("文件超过 " + maxLines + " 行，只读取了前 " + maxLines + " 行");
					break;
				}
				if (element instanceof XWPFParagraph p) {
					String text = Normaliser.normalise(p.getText());
					if (!text.isEmpty()) {
						lines.add(Line.paragraph(text));
					}
				}
				else if (element instanceof XWPFTable t) {
					table(t, lines, maxLines);
				}
			}
		}
		return new Source("docx", lines, problems);
	}

	private static void table(XWPFTable table, List<Line> lines, int maxLines) {
		for (XWPFTableRow row : table.getRows()) {
			if (lines.size() >= maxLines) {
				return;
			}
			List<String> cells = new ArrayList<>();
			for (XWPFTableCell cell : row.getTableCells()) {
				CTTcPr properties = cell.getCTTc().getTcPr();
				boolean continued = properties != null && properties.isSetVMerge()
						&& (properties.getVMerge().getVal() == null
								|| "continue".equals(properties.getVMerge().getVal().toString()));
				cells.add(continued ? "" : Normaliser.normalise(cell.getText()));
				int span = properties != null && properties.isSetGridSpan()
						? properties.getGridSpan().getVal().intValue() : 1;
				for (int i = 1; i < Math.min(span, 50); i++) {
					cells.add("");
				}
			}
			Line line = new Line(cells, true);
			if (!line.blank()) {
				lines.add(line);
			}
		}
	}

}
