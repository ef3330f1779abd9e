package org.perfdesk.targets.quality;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.perfdesk.targets.Indicator;
import org.perfdesk.targets.TargetSubject;

/**
 * D15 评(扣)分标准不明确: "未达指标值酌情扣分", "视情况扣分", or a rule without any number, so that two
 * reviewers would score the same result differently. A rule needs a formula
 * ("实际值/目标值×分值") or tiers with numbers.
 * <p>
 * Warning: the 2015 forms have no column for it, so an old-style target without any rule
 * gets a single reminder, not one per row; only where some rows have rules are the
 * missing ones listed.
 */
public final class VagueScoringRule extends RowRule {

	private static final Pattern VAGUE = Pattern.compile("酌情|视情况|视完成情况|根据情况|根据实际情况|适当扣分|酌定|适当扣减");

	private static final Pattern DIGIT = Pattern.compile("[0-9０-９一二三四五六七八九十百半]");

	private static final String EXAMPLE = "如“完成值/目标值×分值，最高不超过分值”或“达到95%得满分，每低1个百分点扣0.5分，扣完为止”";

	public VagueScoringRule() {
		super("D15", "评(扣)分标准不明确", Severity.WARNING);
	}

	@Override
	public List<Finding> check(TargetSubject subject) {
		List<Indicator> indicators = subject.content().indicators();
		if (indicators.stream().anyMatch(i -> !text(i).isEmpty())) {
			return checkRows(subject);
		}
		if (indicators.isEmpty()) {
			return List.of();
		}
		return List.of(targetFinding("indicators", "所有指标都未填写评(扣)分标准。请为每个指标写明计分方法，" + EXAMPLE + "。"));
	}

	@Override
	Optional<Finding> checkRow(int index, Indicator indicator, TargetSubject subject) {
		String rule = text(indicator);
		String where = Rows.describe(index, indicator);
		if (rule.isEmpty()) {
			return Optional.of(rowFinding(index, "scoringRule", where + "未填写评(扣)分标准。请写明计分方法，" + EXAMPLE + "。"));
		}
		Matcher vague = VAGUE.matcher(rule);
		if (vague.find()) {
			return Optional.of(rowFinding(index, "scoringRule",
					where + "的评(扣)分标准含“" + vague.group() + "”，扣多少分无从判断。请改为公式或分档，" + EXAMPLE + "。"));
		}
		if (!DIGIT.matcher(rule).find()) {
			return Optional.of(rowFinding(index, "scoringRule",
					where + "的评(扣)分标准" + Rows.quote(rule) + "没有给出分值或扣分幅度。请改为公式或分档，" + EXAMPLE + "。"));
		}
		return Optional.empty();
	}

	private static String text(Indicator indicator) {
		return indicator.scoringRule() == null ? "" : indicator.scoringRule().strip();
	}

}
