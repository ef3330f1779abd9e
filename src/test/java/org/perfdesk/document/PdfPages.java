package org.perfdesk.document;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * A downloaded PDF read back with PDFBox for the export tests of every module: the text
 * of each page, and the file with a PNG of its first page left in target/documents/ for a
 * person to look at.
 * <p>
 * {@link #flat} drops all white space: a cell's text wraps inside its column and PDFBox
 * reads the lines of a table row one after another, so "偏差原因分析" in a narrow column may
 * come out as "偏差原因\n分析", and "第 1 页 共 2 页" with a run of spaces. Comparing without white
 * space checks the characters and their order, not the line breaks.
 */
public final class PdfPages {

	public static final Path DOCUMENTS = Path.of("target", "documents");

	private final List<String> pages;

	private final float width;

	private final float height;

	private PdfPages(List<String> pages, float width, float height) {
		this.pages = pages;
		this.width = width;
		this.height = height;
	}

	/**
	 * Reads the PDF and leaves it as target/documents/{name}.pdf, its first page as
	 * {name}-1.png (80 dpi).
	 */
	public static PdfPages read(byte[] pdf, String name) {
		try {
			Files.createDirectories(DOCUMENTS);
			Files.write(DOCUMENTS.resolve(name + ".pdf"), pdf);
			try (PDDocument document = Loader.loadPDF(pdf)) {
				ImageIO.write(new PDFRenderer(document).renderImageWithDPI(0, 80, ImageType.RGB), "png",
						DOCUMENTS.resolve(name + "-1.png").toFile());
				List<String> pages = new ArrayList<>();
				PDFTextStripper stripper = new PDFTextStripper();
				for (int page = 1; page <= document.getNumberOfPages(); page++) {
					stripper.setStartPage(page);
					stripper.setEndPage(page);
					pages.add(stripper.getText(document));
				}
				var box = document.getPage(0).getMediaBox();
				return new PdfPages(List.copyOf(pages), box.getWidth(), box.getHeight());
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	public int count() {
		return pages.size();
	}

	/** The text of page {@code page} (from 1) as PDFBox extracts it. */
	public String text(int page) {
		return pages.get(page - 1);
	}

	/** The text of page {@code page} without white space. */
	public String flat(int page) {
		return flat(text(page));
	}

	/** The text of all pages without white space. */
	public String flat() {
		return flat(String.join("", pages));
	}

	public boolean landscape() {
		return width > height;
	}

	public static String flat(String text) {
		return text == null ? "" : text.replaceAll("\\s+", "");
	}

	/**
	 * Each text {@link #flat(String) without white space}, for
	 * {@code assertThat(pages.flat()).contains(flat(…))}.
	 */
	public static String[] flat(String... texts) {
		String[] flat = new String[texts.length];
		for (int i = 0; i < texts.length; i++) {
			flat[i] = flat(texts[i]);
		}
		return flat;
	}

}
