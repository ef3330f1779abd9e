package org.perfdesk.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.SimpleFormatter;

import javax.xml.transform.TransformerException;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import com.openhtmltopdf.extend.FSCacheEx;
import com.openhtmltopdf.extend.FSCacheValue;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceType;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.JDKXRLogger;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRRuntimeException;

/**
 * A printed document (文书) as PDF: well-formed XHTML, from a Thymeleaf template or built
 * by code, laid out on A4 by openhtmltopdf with the shared print stylesheet
 * ({@value #STYLESHEET}) and the embedded Noto Sans SC, so that the file looks the same
 * on every reader, whatever fonts it has. The stylesheet gives the footer "第 x 页 共 y 页",
 * bordered tables whose header row repeats on every page and whose rows never split
 * across pages; the document's own {@code <style>} in its {@code <head>} comes after it
 * and may override it, except for the orientation, which the caller chooses.
 * <p>
 * Safe to call from several threads at once: every call builds its own renderer and PDF,
 * and shares only the font bytes (read from the classpath once) and their metrics.
 * <p>
 * The XHTML may reference images only as {@code data:} URIs: every other external
 * resource (files, http, the classpath) is refused, so a document cannot make the server
 * read a file or open a connection, and a {@code <link rel="stylesheet">} has no effect;
 * styles go into {@code <style>}. Named character entities beyond XML's five (such as
 * {@code &nbsp;} or {@code &copy;}) are not defined without a DTD: use the characters
 * themselves or numeric references, and {@link #escape(String)} for text built by code.
 */
public final class Pdf {

	/** How the A4 sheet lies. */
	public enum Orientation {

		/** 纵向: 210 × 297 mm. */
		PORTRAIT,
		/** 横向: 297 × 210 mm, for wide tables such as the 绩效运行监控表. */
		LANDSCAPE

	}

	/**
	 * The one family name under which the embedded faces (400 and 700) are registered;
	 * print.css uses it.
	 */
	public static final String FONT_FAMILY = "Noto Sans SC";

	/**
	 * The longest XHTML accepted, in characters: some 11,000 rows of a list like the
	 * tests' execution list, about 600 A4 pages and 15 to 20 s of one core here (2,000
	 * rows took 3 s). Far above any form of the system, and it keeps a runaway export
	 * from holding a core and hundreds of MB for minutes.
	 */
	public static final int MAX_LENGTH = 2_000_000;

	/** Classpath location of the shared print stylesheet. */
	public static final String STYLESHEET = "/document/print.css";

	static final String REGULAR_FONT = "/fonts/NotoSansSC_400Regular.ttf";

	static final String BOLD_FONT = "/fonts/NotoSansSC_700Bold.ttf";

	static final String NO_CONTENT_LIMIT = "No content limit found";

	/**
	 * Kept: java.util.logging holds its loggers weakly, and a new one would come without
	 * the filter.
	 */
	private static final java.util.logging.Logger LAYOUT_LOG = java.util.logging.Logger.getLogger(XRLog.LAYOUT);

	static {
		// openhtmltopdf logs to a console handler of its own, at INFO, several lines a
		// render. From WARNING up its
		// messages go to java.util.logging's root logger instead, which Spring Boot
		// bridges into the application log.
		XRLog.setLoggerImpl(new JDKXRLogger(true, Level.WARNING, new Handler() {
			@Override
			public void publish(LogRecord record) {
			}

			@Override
			public void flush() {
			}

			@Override
			public void close() {
			}
		}, new SimpleFormatter()));
		// Its layout says "No content limit found" twice for every later page of a table
		// inside a repeated thead
		// (FormGrid's header with merged cells) and then paints that table's whole box,
		// which is what it should.
		LAYOUT_LOG.setFilter(record -> !NO_CONTENT_LIMIT.equals(record.getMessage()));
	}

	private Pdf() {
	}

	/**
	 * Lays the document out on A4 and returns the PDF file's bytes.
	 * @param xhtml a whole, well-formed XHTML document ({@code <html>} with a
	 * {@code <body>}), at most {@link #MAX_LENGTH} characters
	 * @throws IllegalArgumentException if the XHTML is empty, too long or not well-formed
	 */
	public static byte[] render(String xhtml, Orientation orientation) {
		Objects.requireNonNull(orientation, "orientation");
		check(xhtml);
		var out = new ByteArrayOutputStream(128 * 1024);
		try (var pdf = new PDDocument()) {
			PdfRendererBuilder builder = builder(pdf, xhtml, orientation);
			builder.toStream(out);
			builder.run();
		}
		catch (XRRuntimeException e) {
			throw wellFormed(e);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toByteArray();
	}

	/**
	 * Renders a document that depends on its own page breaks: {@code document} is asked
	 * for the XHTML, first with no pages known, then with the page (0 for the first) on
	 * which each element whose id starts with {@code prefix} begins in the layout of the
	 * XHTML it gave before, until it gives the same XHTML again (at most {@code passes}
	 * layouts); that layout is written. {@link FormGrid} uses it to cut a level label
	 * merged over several rows where a page breaks, so that the rows on the next page are
	 * named again.
	 */
	static byte[] render(java.util.function.Function<Map<String, Integer>, String> document, Orientation orientation,
			String prefix, int passes) {
		Objects.requireNonNull(orientation, "orientation");
		String xhtml = document.apply(Map.of());
		var out = new ByteArrayOutputStream(128 * 1024);
		for (int pass = 1;; pass++) {
			check(xhtml);
			try (var pdf = new PDDocument()) {
				PdfRendererBuilder builder = builder(pdf, xhtml, orientation);
				builder.toStream(out);
				try (var renderer = builder.buildPdfRenderer()) {
					renderer.layout();
					String next = pass >= passes ? xhtml : document.apply(pagesOf(renderer.getRootBox(), prefix));
					if (next.equals(xhtml)) {
						renderer.createPDF();
						return out.toByteArray();
					}
					xhtml = next;
				}
			}
			catch (XRRuntimeException e) {
				throw wellFormed(e);
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
	}

	private static Map<String, Integer> pagesOf(com.openhtmltopdf.render.BlockBox root, String prefix) {
		Map<String, Integer> pages = new java.util.HashMap<>();
		java.util.List<com.openhtmltopdf.render.PageBox> boxes = root.getLayer().getPages();
		java.util.ArrayDeque<com.openhtmltopdf.render.Box> todo = new java.util.ArrayDeque<>();
		todo.push(root);
		while (!todo.isEmpty()) {
			var box = todo.pop();
			Element element = box.getElement();
			if (element != null) {
				String id = element.getAttribute("id");
				if (id.startsWith(prefix) && !id.isEmpty() && !pages.containsKey(id)) {
					int y = box.getAbsY();
					int page = 0;
					while (page + 1 < boxes.size() && boxes.get(page).getBottom() <= y) {
						page++;
					}
					pages.put(id, page);
				}
			}
			for (int i = box.getChildCount() - 1; i >= 0; i--) {
				todo.push(box.getChild(i));
			}
		}
		return pages;
	}

	private static void check(String xhtml) {
		if (xhtml == null || xhtml.isBlank()) {
			throw new IllegalArgumentException("no XHTML to render");
		}
		if (xhtml.length() > MAX_LENGTH) {
			throw new IllegalArgumentException(
					"XHTML of " + xhtml.length() + " characters is longer than " + MAX_LENGTH + " characters");
		}
	}

	private static RuntimeException wellFormed(XRRuntimeException e) {
		if (e.getCause() instanceof TransformerException) {
			return new IllegalArgumentException("not well-formed XHTML: " + e.getMessage(), e);
		}
		return e;
	}

	private static PdfRendererBuilder builder(PDDocument pdf, String xhtml, Orientation orientation) {
		var builder = new PdfRendererBuilder();
		builder.usePDDocument(pdf);
		builder.withHtmlContent(xhtml, null);
		// One font object per face and render: a PDFBox font belongs to one document,
		// and a render parses it
		// from the shared bytes only when it draws with that face (the metrics come
		// from the shared cache).
		PDFontSupplier regular = face(pdf, Resources.REGULAR);
		PDFontSupplier bold = face(pdf, Resources.BOLD);
		builder.useFont(regular, FONT_FAMILY, 400, FontStyle.NORMAL, true);
		builder.useFont(bold, FONT_FAMILY, 700, FontStyle.NORMAL, true);
		// Chinese has no italics: <em> and font-style: italic print with the upright
		// faces (the same font
		// objects, so nothing is embedded twice) rather than with a built-in Latin
		// font that prints "#".
		builder.useFont(regular, FONT_FAMILY, 400, FontStyle.ITALIC, true);
		builder.useFont(bold, FONT_FAMILY, 700, FontStyle.ITALIC, true);
		builder.useCacheStore(PdfRendererBuilder.CacheStore.PDF_FONT_METRICS, Resources.METRICS);
		builder.addDOMMutator(document -> addStyles(document, orientation));
		// Both controllers: the default one, after resolving, lets http and file
		// images through.
		builder.useExternalResourceAccessControl(Pdf::allowed,
				ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
		builder.useExternalResourceAccessControl(Pdf::allowed, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
		builder.withProducer("PerfDesk");
		return builder;
	}

	/**
	 * A face for one render, parsed on first use. The bytes are wrapped, not copied, and
	 * no stream is read, which matters for 10 MB fonts.
	 */
	private static PDFontSupplier face(PDDocument pdf, byte[] bytes) {
		return new PDFontSupplier(null) {

			private PDFont font;

			@Override
			public PDFont supply() {
				if (font == null) {
					try {
						// embedded as a subset: the PDF carries only the glyphs it
						// prints, some tens of KB
						font = PDType0Font.load(pdf, new TTFParser().parse(new RandomAccessReadBuffer(bytes)), true);
					}
					catch (IOException e) {
						throw new UncheckedIOException("cannot load the font " + FONT_FAMILY, e);
					}
				}
				return font;
			}
		};
	}

	/**
	 * Text for XHTML built by code: escapes the five characters XML reserves and drops
	 * the control characters XML 1.0 cannot carry (pasted from Word or another PDF they
	 * would make the whole document malformed); nothing else.
	 */
	public static String escape(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder escaped = new StringBuilder(text.length() + 16);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '&' -> escaped.append("&amp;");
				case '<' -> escaped.append("&lt;");
				case '>' -> escaped.append("&gt;");
				case '"' -> escaped.append("&quot;");
				case '\'' -> escaped.append("&#39;");
				case '\t', '\n', '\r' -> escaped.append(c);
				default -> {
					if (c >= 0x20 && c != 0xFFFE && c != 0xFFFF) {
						escaped.append(c);
					}
				}
			}
		}
		return escaped.toString();
	}

	static boolean allowed(String uri, ExternalResourceType type) {
		return uri != null && uri.regionMatches(true, 0, "data:", 0, 5);
	}

	/**
	 * The print stylesheet first in {@code <head>}, so that the document's own styles
	 * override it, and the orientation last, so that the caller's choice wins over both.
	 */
	static void addStyles(Document document, Orientation orientation) {
		Element root = document.getDocumentElement();
		String namespace = root.getNamespaceURI();
		Element head = firstChild(root, "head");
		if (head == null) {
			head = document.createElementNS(namespace, "head");
			root.insertBefore(head, root.getFirstChild());
		}
		head.insertBefore(style(document, namespace, Resources.STYLESHEET), head.getFirstChild());
		head.appendChild(style(document, namespace,
				"@page { size: A4 " + (orientation == Orientation.LANDSCAPE ? "landscape" : "portrait") + "; }"));
	}

	private static Element firstChild(Element parent, String name) {
		for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child instanceof Element element
					&& name.equals(element.getLocalName() != null ? element.getLocalName() : element.getTagName())) {
				return element;
			}
		}
		return null;
	}

	private static Element style(Document document, String namespace, String css) {
		Element style = document.createElementNS(namespace, "style");
		style.setAttribute("type", "text/css");
		style.appendChild(document.createTextNode(css));
		return style;
	}

	/**
	 * What every render shares, read on first use: the class is initialised once, by one
	 * thread, so the 21 MB of fonts are read once per JVM and not at start-up by
	 * applications that never print a PDF.
	 */
	private static final class Resources {

		static final byte[] REGULAR = read(REGULAR_FONT);

		static final byte[] BOLD = read(BOLD_FONT);

		static final String STYLESHEET = new String(read(Pdf.STYLESHEET), StandardCharsets.UTF_8);

		static final FSCacheEx<String, FSCacheValue> METRICS = new MetricsCache();

		private static byte[] read(String resource) {
			try (InputStream in = Pdf.class.getResourceAsStream(resource)) {
				if (in == null) {
					throw new IllegalStateException(resource + " is missing from the classpath");
				}
				return in.readAllBytes();
			}
			catch (IOException e) {
				throw new UncheckedIOException("cannot read " + resource, e);
			}
		}

	}

	/**
	 * The font metrics of all renders. openhtmltopdf's own FSDefaultCacheStore logs every
	 * look-up at INFO; this one is as thread-safe (a ConcurrentHashMap) and quiet. At
	 * worst two first renders both compute a value.
	 */
	private static final class MetricsCache implements FSCacheEx<String, FSCacheValue> {

		private final Map<String, FSCacheValue> values = new ConcurrentHashMap<>();

		@Override
		public void put(String key, FSCacheValue value) {
			values.put(key, value);
		}

		@Override
		public FSCacheValue get(String key, Callable<? extends FSCacheValue> loader) {
			FSCacheValue value = values.get(key);
			if (value != null) {
				return value;
			}
			try {
				value = loader.call();
			}
			catch (Exception e) {
				return null;
			}
			if (value != null) {
				values.put(key, value);
			}
			return value;
		}

		@Override
		public FSCacheValue get(String key) {
			return values.get(key);
		}

	}

}
