package org.perfdesk.importing.extraction;

import java.util.List;
import java.util.regex.Pattern;

/**
 * How cells are compared with labels: without spaces, brackets or the punctuation around
 * them.
 */
final class Cells {

	private static final Pattern NOISE = Pattern.compile("[\\s*:：()（）\\[\\]【】<>《》\"“”'‘’·・]");

	private Cells() {
	}

	/** "全年预算数（A）" and "全年预算数 (A)" as "全年预算数a"; labels are matched on this. */
	static String compact(String cell) {
		return cell == null ? "" : NOISE.matcher(cell).replaceAll("").toLowerCase(java.util.Locale.ROOT);
	}

	static boolean startsWithAny(String cell, List<String> labels) {
		String c = compact(cell);
		return labels.stream().anyMatch(c::startsWith);
	}

	static boolean containsAny(String cell, List<String> labels) {
		String c = compact(cell);
		return labels.stream().anyMatch(c::contains);
	}

	/** The text after a label's colon, as in "填报单位：共青团某市委": the cell holds both. */
	static String afterColon(String cell) {
		int colon = Math.max(cell.indexOf(':'), cell.indexOf('：'));
		return colon < 0 ? "" : cell.substring(colon + 1).strip();
	}

	/** A cell that is empty, or only a dash or slash (a printed "nothing"). */
	static boolean empty(String cell) {
		String s = cell == null ? "" : cell.strip();
		return s.isEmpty() || s.equals("-") || s.equals("—") || s.equals("/") || s.equals("——") || s.equals("--")
				|| s.equals("无");
	}

}
