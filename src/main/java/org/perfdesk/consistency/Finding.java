package org.perfdesk.consistency;

/**
 * One finding of the consistency checker. The message is Chinese and writes the
 * arithmetic out, so a reviewer can redo it by hand without opening the engine.
 */
public record Finding(String code, CheckSeverity severity, String message) {

	/**
	 * A check that needs a figure the table does not have says so instead of guessing.
	 */
	public static final String CHECK_SKIPPED = "CHECK_SKIPPED";

	public static Finding skipped(String what, String missingFigure) {
		return new Finding(CHECK_SKIPPED, CheckSeverity.WARNING, "无法校验" + what + "：缺少 " + missingFigure);
	}
}
