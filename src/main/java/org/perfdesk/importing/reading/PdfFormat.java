package org.perfdesk.importing.reading;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * A PDF's text layer, line by line in the order of the page. Where the gap between two
 * glyphs of a line is wider than two characters, the line is a table row and the gap a
 * cell boundary: that is how a table printed without ruling lines still comes apart into
 * its columns. A PDF without a text layer (a scan) has nothing to read and says so.
 */
final class PdfFormat {

	private PdfFormat() {
	}

	static Source read(byte[] bytes, int maxPages, int maxLines) throws IOException {
		List<String> problems = new ArrayList<>();
		StringBuilder text = new StringBuilder();
		try (PDDocument document = Loader.loadPDF(bytes)) {
			int pages = document.getNumberOfPages();
			if (pages > maxPages) {
				problems.add("PDF 共 " + pages + " 页，只读取了前 " + maxPages + " 页");
			}
			Stripper stripper = new Stripper(text);
			stripper.setSortByPosition(true);
			stripper.setStartPage(1);
			stripper.setEndPage(Math.min(pages, maxPages));
			stripper.getText(document);
		}
		List<Line> lines = new ArrayList<>();
		for (String raw : text.toString().split("\\n")) {
			if (lines.size() >= maxLines) {
				break;
			}
			List<String> cells = new ArrayList<>();
			for (String part : raw.split("\\t")) {
				String cell = Normaliser.normalise(part);
				if (!cell.isEmpty()) {
					cells.add(cell);
				}
			}
			if (cells.size() == 1) {
				lines.add(Line.paragraph(cells.get(0)));
			}
			else if (cells.size() > 1) {
				lines.add(new Line(cells, true));
			}
		}
		if (lines.isEmpty()) {
			problems.add("PDF 没有文字层（可能是扫描件），无法读取");
		}
		return new Source("pdf", lines, problems);
	}

	/** Writes each line with a tab where its glyphs leave a wide gap. */
	private static final class Stripper extends PDFTextStripper {

		private final StringBuilder out;

		Stripper(StringBuilder out) {
			this.out = out;
		}

		@Override
		protected void writeString(String string, List<TextPosition> positions) {
			TextPosition previous = null;
			for (TextPosition p : positions) {
				if (previous != null) {
					float gap = p.getXDirAdj() - (previous.getXDirAdj() + previous.getWidthDirAdj());
					float em = Math.max(previous.getWidthDirAdj(), p.getFontSizeInPt() * 0.5f);
					out.append(gap > 2 * em ? '\t' : gap > 0.3f * em ? " " : "");
				}
				out.append(p.getUnicode());
				previous = p;
			}
		}

		@Override
		protected void writeLineSeparator() {
			out.append('\n');
		}

		@Override
		protected void writeWordSeparator() {
			out.append('\t');
		}

	}

}
