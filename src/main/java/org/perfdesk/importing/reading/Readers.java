package org.perfdesk.importing.reading;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * Reads a file of any supported kind into a {@link Source}: by its content first (a .pdf
 * renamed .txt is still a PDF), then by its extension. The limits bound what one file may
 * cost: its size, pages and lines, POI's zip-bomb guard for .docx and .xlsx (an entry may
 * not inflate more than 100 times, nor beyond 20 MB), and a PDF's buffers (100 MB).
 */
public final class Readers {

	public static final long MAX_BYTES = 20L * 1024 * 1024;

	public static final int MAX_PAGES = 300;

	public static final int MAX_LINES = 20_000;

	static {
		ZipSecureFile.setMinInflateRatio(0.01);
		ZipSecureFile.setMaxEntrySize(20L * 1024 * 1024);
	}

	private Readers() {
	}

	/**
	 * The file could not be read; the message is the Chinese sentence a user is shown.
	 */
	public static final class Unreadable extends Exception {

		public Unreadable(String message) {
			super(message);
		}

		public Unreadable(String message, Throwable cause) {
			super(message, cause);
		}

	}

	public static Source read(String fileName, byte[] bytes) throws Unreadable {
		if (bytes.length > MAX_BYTES) {
			throw new Unreadable("文件大于 " + (MAX_BYTES / 1024 / 1024) + " MB，不予读取");
		}
		if (bytes.length == 0) {
			throw new Unreadable("文件是空的");
		}
		String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
		try {
			if (starts(bytes, "%PDF")) {
				return PdfFormat.read(bytes, MAX_PAGES, MAX_LINES);
			}
			if (starts(bytes, "PK")) {
				String entries = new String(bytes, 0, Math.min(bytes.length, 64 * 1024), StandardCharsets.ISO_8859_1);
				if (name.endsWith(".docx") || entries.contains("word/")) {
					return WordFormat.read(bytes, MAX_LINES);
				}
				if (name.endsWith(".xlsx") || entries.contains("xl/")) {
					return SheetFormat.read(bytes, MAX_LINES);
				}
				throw new Unreadable("不认识的压缩文件：只能读取 .docx、.xlsx");
			}
			if ((bytes[0] & 0xff) == 0xd0 && bytes.length > 8 && (bytes[1] & 0xff) == 0xcf) {
				if (name.endsWith(".doc")) {
					throw new Unreadable("不能读取 Word 97-2003 文档（.doc），请在 Word 中另存为 .docx 后再导入");
				}
				return SheetFormat.read(bytes, MAX_LINES);
			}
			String text = Encodings.decode(bytes);
			if (name.endsWith(".html") || name.endsWith(".htm") || looksLikeHtml(text)) {
				return HtmlFormat.read(text, MAX_LINES);
			}
			return TextFormat.read(text, MAX_LINES);
		}
		catch (IOException | RuntimeException broken) {
			throw new Unreadable("文件已损坏或格式不对，无法读取（" + kind(name) + "）", broken);
		}
		catch (StackOverflowError | OutOfMemoryError tooMuch) {
			// nesting too deep or content too large for what one file may cost: this file
			// is refused, the next is read
			throw new Unreadable("文件结构过深或内容过大，无法读取（" + kind(name) + "）", tooMuch);
		}
	}

	private static boolean looksLikeHtml(String text) {
		String head = text.substring(0, Math.min(text.length(), 2000)).toLowerCase(Locale.ROOT);
		return head.contains("<html") || head.contains("<!doctype html") || head.contains("<table")
				|| head.contains("<body");
	}

	private static String kind(String name) {
		int dot = name.lastIndexOf('.');
		return dot < 0 ? "无扩展名" : name.substring(dot);
	}

	private static boolean starts(byte[] bytes, String magic) {
		if (bytes.length < magic.length()) {
			return false;
		}
		for (int i = 0; i < magic.length(); i++) {
			if (bytes[i] != magic.charAt(i)) {
				return false;
			}
		}
		return true;
	}

}
