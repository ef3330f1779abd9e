package org.perfdesk.consistency.checks;

import java.util.List;
import java.util.stream.Collectors;

import org.perfdesk.consistency.Figure;

/** How messages write a sum out, so every check spells its arithmetic the same way. */
final class Arithmetic {

	private Arithmetic() {
	}

	/** "年初预算数 1133.01 + 年度调整额 -83.61", or with bare numbers "10 + 50 + 30". */
	static String joined(List<Figure> parts, boolean withLabels) {
		return parts.stream().map(f -> withLabels ? f.named() : f.printed()).collect(Collectors.joining(" + "));
	}

}
