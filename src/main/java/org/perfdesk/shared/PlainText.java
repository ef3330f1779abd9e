package org.perfdesk.shared;

/**
 * 文本字符规则: which characters a name or a text typed by a person may hold. Control
 * characters (NUL, escape, backspace, U+0080–U+009F), a surrogate without its partner,
 * the non-characters U+FFFE and U+FFFF and the bidirectional overrides and isolates
 * (U+202A–U+202E, U+2066–U+2069, which make a name read differently from what it is) are
 * invisible or break exports, PostgreSQL (NUL) and the audit trail, and nobody types them
 * on purpose: they come from pasting out of other programs. Line breaks and tabs are
 * allowed in multi-line texts (目标, 说明, 意见) only.
 * <p>
 * Services check every stored name and text with {@link #problem} and put the message
 * against its field, like any other input error.
 */
public enum PlainText {

	/** Names, codes, units, data sources: one line, no tab. */
	SINGLE_LINE,

	/** Objectives, explanations, reasons, opinions: line breaks and tabs allowed. */
	MULTI_LINE;

	/**
	 * The Chinese message for a text with such characters, e.g. “项目名称含有不可见的控制字符，请删除后再保存”.
	 */
	public static String message(String label) {
		return label + "含有不可见的控制字符，请删除后再保存";
	}

	/**
	 * Whether every character of the text may be stored; {@code null} is accepted
	 * (absence is checked elsewhere).
	 */
	public boolean accepts(String text) {
		if (text == null) {
			return true;
		}
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isHighSurrogate(c)) {
				if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
					i++; // a well-formed pair, such as an emoji or a rare hanzi outside
							// the BMP
					continue;
				}
				return false;
			}
			if (Character.isLowSurrogate(c) || !allowed(c)) {
				return false;
			}
		}
		return true;
	}

	/**
	 * {@link #message} for the label when the text holds a refused character,
	 * {@code null} when it is fine.
	 */
	public String problem(String label, String text) {
		return accepts(text) ? null : message(label);
	}

	private boolean allowed(char c) {
		if (c == '\n' || c == '\r' || c == '\t') {
			return this == MULTI_LINE;
		}
		return c >= 0x20 && !(c >= 0x7F && c <= 0x9F) && c != 0xFFFE && c != 0xFFFF && !(c >= 0x202A && c <= 0x202E)
				&& !(c >= 0x2066 && c <= 0x2069);
	}

}
