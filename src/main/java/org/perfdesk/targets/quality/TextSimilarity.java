package org.perfdesk.targets.quality;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * How alike two Chinese texts are: the Dice coefficient of their character bigrams, after
 * dropping blanks, punctuation and list numbering. Chinese has no spaces to split words
 * at, and two adjacent characters are close to a word, so shared bigrams measure shared
 * wording well enough to catch copied text without a dictionary.
 */
final class TextSimilarity {

	/** "1.", "2、", "（一）", "(3)" at the start of a line or item. */
	private static final Pattern NUMBERING = Pattern
		.compile("(^|[\\n；;。])\\s*([0-9]+|[一二三四五六七八九十]+)\\s*[\\.．、)）]|[（(]([0-9]+|[一二三四五六七八九十]+)[)）]");

	private static final Pattern NOT_A_LETTER_OR_DIGIT = Pattern.compile("[^\\p{IsHan}\\p{IsAlphabetic}\\p{Nd}]");

	/**
	 * Sentences and list items of a longer text, e.g. the lines of an annual objective.
	 */
	private static final Pattern SENTENCE_END = Pattern.compile("[\\n；;。！!？?]");

	private TextSimilarity() {
	}

	/**
	 * 0 (nothing shared) to 1 (same wording); 0 when either text is empty after
	 * normalising.
	 */
	static double dice(String a, String b) {
		String x = normalise(a);
		String y = normalise(b);
		if (x.isEmpty() || y.isEmpty()) {
			return 0;
		}
		if (x.equals(y)) {
			return 1;
		}
		Map<String, Integer> left = bigrams(x);
		Map<String, Integer> right = bigrams(y);
		int shared = 0;
		for (Map.Entry<String, Integer> entry : left.entrySet()) {
			shared += Math.min(entry.getValue(), right.getOrDefault(entry.getKey(), 0));
		}
		return 2.0 * shared / (count(left) + count(right));
	}

	/**
	 * The text as compared: no numbering, blanks or punctuation; full-width letters and
	 * digits folded.
	 */
	static String normalise(String text) {
		if (text == null) {
			return "";
		}
		String folded = Normalizer.normalize(text, Normalizer.Form.NFKC);
		folded = NUMBERING.matcher(folded).replaceAll("$1");
		return NOT_A_LETTER_OR_DIGIT.matcher(folded).replaceAll("");
	}

	/**
	 * The sentences or numbered items of a text, non-empty after normalising, in order.
	 */
	static List<String> sentences(String text) {
		if (text == null) {
			return List.of();
		}
		String withoutNumbering = NUMBERING.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC)).replaceAll("$1");
		return SENTENCE_END.splitAsStream(withoutNumbering)
			.map(String::strip)
			.filter(s -> !normalise(s).isEmpty())
			.toList();
	}

	private static Map<String, Integer> bigrams(String text) {
		Map<String, Integer> grams = new HashMap<>();
		if (text.length() == 1) {
			grams.put(text, 1);
			return grams;
		}
		for (int i = 0; i + 1 < text.length(); i++) {
			grams.merge(text.substring(i, i + 2), 1, Integer::sum);
		}
		return grams;
	}

	private static int count(Map<String, Integer> grams) {
		return grams.values().stream().mapToInt(Integer::intValue).sum();
	}

}
