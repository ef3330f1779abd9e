package org.perfdesk.importing.extraction;

/**
 * One indicator row as read: its levels (carried down from the rows above where a merged
 * cell left them blank), name, target and actual as printed (a separate 指标性质 and 度量单位
 * already joined in), weight and score as printed numbers (null when blank), the written
 * deviation reason, and its parent when it is a child row (其中 …) of the row named there.
 * A parent row's weight is its children's, so it is counted once.
 */
public record IndicatorLine(String level1, String level2, String name, String target, String actual,
		PrintedNumber weight, PrintedNumber score, String reason, String parent, boolean isParent, int line) {

	IndicatorLine withLevel1(String group) {
		return new IndicatorLine(group, level2, name, target, actual, weight, score, reason, parent, isParent, line);
	}

	IndicatorLine withParent(String parentName) {
		return new IndicatorLine(level1, level2, name, target, actual, weight, score, reason, parentName, isParent,
				line);
	}

	IndicatorLine asParent() {
		return new IndicatorLine(level1, level2, name, target, actual, weight, score, reason, parent, true, line);
	}

}
