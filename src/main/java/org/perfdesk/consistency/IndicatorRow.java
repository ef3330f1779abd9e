package org.perfdesk.consistency;

/**
 * One scored row of a self-evaluation table: the 预算执行 row or an indicator under its 一级指标
 * (group). target and actual are the numeric 年度指标值 (A) and 实际完成值 (B) where the table has
 * numbers; the texts keep what was written. reason is 偏差原因分析及改进措施. adjustment is the
 * written reason of a score set by hand (手工调整得分), null when the score is the computed
 * one: such a score may depart from the formula, and the checks say so as a warning with
 * the reason rather than as an arithmetic error.
 */
public record IndicatorRow(String group, String name, Figure weight, Figure score, Direction direction, Figure target,
		Figure actual, String targetText, String actualText, Attainment attainment, String reason, String adjustment) {

	public static IndicatorRow of(String group, String name, String weight, String score) {
		return new IndicatorRow(group, name, Figure.of("分值", weight), Figure.of("得分", score), Direction.QUALITATIVE,
				null, null, null, null, Attainment.UNKNOWN, null, null);
	}

	/** A row of the given 指标性质 with numeric A and B, as printed. */
	public IndicatorRow numeric(Direction direction, String targetA, String actualB) {
		return numeric(direction, Figure.of("年度指标值", targetA), Figure.of("实际完成值", actualB), targetA, actualB);
	}

	/** A row with numeric A and B of the given 指标性质, as printed. */
	public IndicatorRow numeric(Direction direction, Figure target, Figure actual, String targetText,
			String actualText) {
		return new IndicatorRow(group, name, weight, score, direction, target, actual, targetText, actualText,
				attainment, reason, adjustment);
	}

	/** The score was set by hand for this written reason. */
	public IndicatorRow adjusted(String why) {
		return new IndicatorRow(group, name, weight, score, direction, target, actual, targetText, actualText,
				attainment, reason, why);
	}

	/** A 正向 row with numeric A and B, as printed. */
	public IndicatorRow positive(String targetA, String actualB) {
		return new IndicatorRow(group, name, weight, score, Direction.POSITIVE, Figure.of("年度指标值", targetA),
				Figure.of("实际完成值", actualB), targetA, actualB, attainment, reason, adjustment);
	}

	public IndicatorRow texts(String targetText, String actualText) {
		return new IndicatorRow(group, name, weight, score, direction, target, actual, targetText, actualText,
				attainment, reason, adjustment);
	}

	public IndicatorRow attainment(Attainment attainment) {
		return new IndicatorRow(group, name, weight, score, direction, target, actual, targetText, actualText,
				attainment, reason, adjustment);
	}

	public IndicatorRow reason(String reason) {
		return new IndicatorRow(group, name, weight, score, direction, target, actual, targetText, actualText,
				attainment, reason, adjustment);
	}

	public boolean adjustedByHand() {
		return adjustment != null && !adjustment.isBlank();
	}

	public boolean hasReason() {
		return reason != null && !reason.isBlank();
	}

	public boolean hasActual() {
		return (actual != null && actual.present()) || (actualText != null && !actualText.isBlank());
	}

	/** Points were taken off: only meaningful when both weight and score were printed. */
	public boolean deducted() {
		return weight.present() && score.present() && score.value().compareTo(weight.value()) < 0;
	}
}
