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
		try (PDDocument document = Loader.loadPDF(bytes, "", null, null,
				org.apache.pdfbox.io.MemoryUsageSetting.setupMainMemoryOnly(100L * 1024 * 1024).streamCache)) {
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
			List<Float> positions = new ArrayList<>();
			for (String part : raw.split("\\t")) {
				// each cell starts with its x position, written by the stripper as
				// @123.4@
				int end = part.indexOf('@', 1);
				float x = part.startsWith("@") && end > 0 ? Float.parseFloat(part.substring(1, end)) : -1;
				String cell = Normaliser.normalise(end > 0 && part.startsWith("@") ? part.substring(end + 1) : part);
				if (!cell.isEmpty()) {
					cells.add(cell);
					positions.add(x);
				}
			}
			if (cells.size() == 1) {
				lines.add(new Line(cells, false, positions));
			}
			else if (cells.size() > 1) {
				lines.add(new Line(cells, true, positions));
			}
		}
		if (lines.isEmpty()) {
			problems.add("PDF 没有文字层（可能是扫描件），无法读取");
		}
		return new Source("pdf", lines, problems);
	}

	/** Writes each line with a tab where its glyphs leave a wide gap. */
	/**
	 * Writes each line as its cells, each after the x of its middle (@123.4@) and a tab
	 * between them: a cell ends where its glyphs leave a gap wider than a character. The
	 * middle, not the left edge, is what lines a cell up with its heading, since forms
	 * centre both.
	 */
	private static final class Stripper extends PDFTextStripper {

		private final StringBuilder out;

		/** The current line's cells so far; the last is still being written. */
		private final List<StringBuilder> texts = new java.util.ArrayList<>();

		private final List<float[]> extents = new java.util.ArrayList<>();

		/**
		 * The last glyph written on the current line, across PDFBox's word boundaries.
		 */
		private TextPosition last;

		Stripper(StringBuilder out) {
			this.out = out;
		}

		@Override
		protected void writeString(String string, List<TextPosition> positions) {
			for (TextPosition p : positions) {
				if (last == null) {
					open(p);
				}
				else {
					float gap = p.getXDirAdj() - (last.getXDirAdj() + last.getWidthDirAdj());
					float em = Math.max(last.getWidthDirAdj(), p.getFontSizeInPt() * 0.5f);
					if (gap > 0.6f * em) {
						open(p);
					}
					else if (gap > 0.15f * em) {
						texts.get(texts.size() - 1).append(' ');
					}
				}
				texts.get(texts.size() - 1).append(p.getUnicode().replace("@", "＠"));
				extents.get(extents.size() - 1)[1] = p.getXDirAdj() + p.getWidthDirAdj();
				last = p;
			}
		}

		private void open(TextPosition p) {
			texts.add(new StringBuilder());
			extents.add(new float[] { p.getXDirAdj(), p.getXDirAdj() + p.getWidthDirAdj() });
		}

		@Override
		protected void writeLineSeparator() {
			for (int k = 0; k < texts.size(); k++) {
				float middle = (extents.get(k)[0] + extents.get(k)[1]) / 2;
				out.append(k == 0 ? "" : "\t")
					.append('@')
					.append(Math.round(middle * 10) / 10f)
					.append('@')
					.append(texts.get(k));
			}
			out.append('\n');
			texts.clear();
			extents.clear();
			last = null;
		}

		@Override
		protected void writeWordSeparator() {
			// nothing: the next glyph's gap decides whether this is a cell boundary or a
			// space
		}

	}

}
