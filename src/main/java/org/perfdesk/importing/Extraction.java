package org.perfdesk.importing;

import java.math.BigDecimal;
import java.util.List;

/**
 * What was read from one document, every amount in 万元 whatever the source's unit, every
 * value the document does not give null. {@code executionRateReported} and
 * {@code totalScoreReported} are as printed; {@code findings} are the consistency
 * checker's on the document's own figures, {@code problems} what got in the way of
 * reading it.
 */
public record Extraction(String file, Kind kind, String unit, String project, Integer year, String moneyUnit,
		BigDecimal budgetInitial, BigDecimal budgetFullYear, BigDecimal spent, String executionRateReported,
		BigDecimal totalScoreReported, List<Indicator> indicators, List<Finding> findings, List<Problem> problems,
		String error) {

	public Extraction {
		indicators = indicators == null ? List.of() : List.copyOf(indicators);
		findings = findings == null ? List.of() : List.copyOf(findings);
		problems = problems == null ? List.of() : List.copyOf(problems);
	}

	/** A file that could not be read at all. */
	public static Extraction failed(String file, String error) {
		return new Extraction(file, null, null, null, null, null, null, null, null, null, null, List.of(), List.of(),
				List.of(), error);
	}

	/** One indicator row; {@code parent} names the row it is a child of. */
	public record Indicator(String level1, String level2, String name, String target, String actual, BigDecimal weight,
			BigDecimal score, String parent) {
	}

	/**
	 * A consistency finding, with the checker's code and severity ("error", "warning").
	 */
	public record Finding(String code, String severity, String message) {
	}

	/** Something that got in the way of reading, e.g. 表格在此处中断. */
	public record Problem(String severity, String message) {
	}

}
