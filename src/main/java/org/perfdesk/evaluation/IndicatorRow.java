package org.perfdesk.evaluation;

/**
 * One scored row of a self-evaluation table: the 预算执行 row or an indicator under its 一级指标 (group). target and
 * actual are the numeric 年度指标值 (A) and 实际完成值 (B) where the table has numbers; the texts keep what was
 * written. reason is 偏差原因分析及改进措施.
 */
public record IndicatorRow(String group, String name, Figure weight, Figure score, Direction direction, Figure target,
		Figure actual, String targetText, String actualText, Attainment attainment, String reason) {

	public static IndicatorRow of(String group, String name, String weight, String score) {
		return new IndicatorRow(group, name, Figure.of("分值", weight), Figure.of("得分", score), Direction.QUALITATIVE,
				null, null, null, null, Attainment.UNKNOWN, null);
	}

	/** A 正向 row with numeric A and B, as printed. */
	public IndicatorRow positive(String targetA, String actualB) {
		return new IndicatorRow(group, name, weight, score, Direction.POSITIVE, Figure.of("年度指标值", targetA),
				Figure.of("实际完成值", actualB), targetA, actualB, attainment, reason);
	}

	public IndicatorRow texts(String targetText, String actualText) {
		return new IndicatorRow(group, name, weight, score, direction, target, actual, targetText, actualText, attainment,
				reason);
	}

	public IndicatorRow attainment(Attainment attainment) {
		return new IndicatorRow(group, name, weight, score, direction, target, actual, targetText, actualText, attainment,
				reason);
	}

	public IndicatorRow reason(String reason) {
		return new IndicatorRow(group, name, weight, score, direction, target, actual, targetText, actualText, attainment,
				reason);
	}

	boolean hasReason() {
		return reason != null && !reason.isBlank();
	}

	boolean hasActual() {
		return (actual != null && actual.present()) || (actualText != null && !actualText.isBlank());
	}

	/** Points were taken off: only meaningful when both weight and score were printed. */
	boolean deducted() {
		return weight.present() && score.present() && score.value().compareTo(weight.value()) < 0;
	}
}
