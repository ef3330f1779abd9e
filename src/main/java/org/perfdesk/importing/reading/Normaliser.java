package org.perfdesk.importing.reading;

import java.text.Normalizer;
import java.util.regex.Pattern;

import com.ibm.icu.text.Transliterator;

/**
 * What every cell goes through before anything reads it: full-width digits, letters and
 * punctuation to their ASCII forms (NFKC), Traditional characters to Simplified (ICU's
 * Hant-Hans), the comparison glyphs of published tables to ≥ ≤ =, markup left by a web
 * page (&lt;p&gt;, &lt;br/&gt;) dropped, and white space collapsed.
 */
public final class Normaliser {

	private static final Transliterator SIMPLIFIED = Transliterator.getInstance("Hant-Hans");

	private static final Pattern TAGS = Pattern
		.compile("</?(p|br|div|span|strong|b|em|i|u|font|sup|sub)\\b[^>]{0,200}>", Pattern.CASE_INSENSITIVE);

	private static final Pattern SPACES = Pattern.compile("[\\s\\u00a0\\u3000\\u200b\\ufeff]+");

	/**
	 * Control characters (a PDF's glyph 0 as U+0000) and bidirectional overrides: never
	 * text.
	 */
	private static final Pattern CONTROLS = Pattern
		.compile("[\\x00-\\x08\\x0b\\x0c\\x0e-\\x1f\\x7f\\u202a-\\u202e\\u2066-\\u2069]");

	private Normaliser() {
	}

	public static String normalise(String raw) {
		if (raw == null || raw.isEmpty()) {
			return "";
		}
		String s = CONTROLS.matcher(raw).replaceAll("");
		s = TAGS.matcher(s).replaceAll(" ");
		s = s.replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
		s = Normalizer.normalize(s, Normalizer.Form.NFKC);
		s = SIMPLIFIED.transliterate(s);
		s = comparators(s);
		return SPACES.matcher(s).replaceAll(" ").strip();
	}

	/**
	 * ≧ ≦ ═ ﹦ ＝ >= <= ⩾ ⩽ as ≥ ≤ =; the words (不低于 …) are read where targets are parsed.
	 */
	static String comparators(String s) {
		return s.replace(">=", "≥")
			.replace("<=", "≤")
			.replace("=>", "≥")
			.replace("=<", "≤")
			.replace('≧', '≥')
			.replace('≦', '≤')
			.replace('⩾', '≥')
			.replace('⩽', '≤')
			.replace('═', '=')
			.replace('〓', '=');
	}

}
