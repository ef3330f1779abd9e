package org.perfdesk.targets.quality;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.perfdesk.indicator.TargetValue;
import org.perfdesk.targets.Indicator;
import org.perfdesk.targets.TargetContent;
import org.perfdesk.targets.TargetKind;
import org.perfdesk.targets.TargetSubject;

/**
 * D12 目标照抄或空泛: the annual objective copied from the project's purpose (or, in a
 * multi-year project, from the medium-term objective); stock phrases instead of an
 * objective ("做好…工作", "相关工作", "达到预期目标"); an indicator that restates an objective sentence
 * instead of measuring it; an 指标解释 that repeats the indicator's name instead of saying
 * how it is counted. An indicator with a number or a date that echoes an objective
 * sentence is not flagged: it measures that sentence, which is what an indicator is for.
 * <p>
 * Warning: likeness of wording is evidence, not proof — a short purpose may honestly read
 * like the objective. Texts are compared with {@link TextSimilarity} (bigram Dice); the
 * limits below were set on the seed tables so that copied text is caught and merely
 * related text is not.
 */
public final class ObjectiveCopiedIntoIndicators extends RowRule {

	/**
	 * Objective and purpose this alike are one text copied, perhaps with a word changed.
	 */
	static final double COPIED = 0.8;

	/** An indicator this close to an objective sentence restates it. */
	static final double RESTATED = 0.75;

	/** Explanation and name this alike: the explanation adds nothing. */
	static final double REPEATED = 0.8;

	/** Texts shorter than this (after normalising) are too short to call a copy. */
	private static final int SHORTEST = 6;

	private static final Pattern STOCK_PHRASE = Pattern
		.compile("做好[^，。；,;\\n]{0,15}工作|相关工作|达到预期(目标|效果)?|完成(上级|领导)?交办|计划使用资金|开展相[应关]活动");

	public ObjectiveCopiedIntoIndicators() {
		super("D12", "目标照抄或空泛", Severity.WARNING);
	}

	@Override
	public List<Finding> check(TargetSubject subject) {
		List<Finding> findings = new ArrayList<>();
		checkObjective(subject, objective(subject), findings);
		findings.addAll(checkRows(subject));
		return findings;
	}

	@Override
	Optional<Finding> checkRow(int index, Indicator indicator, TargetSubject subject) {
		String name = Rows.name(indicator);
		String explanation = indicator.explanation() == null ? "" : indicator.explanation();
		// a row with a number or a date measures the sentence it echoes ("培训600人次" →
		// "培训人次 ≥600人次"); only
		// a row in words merely restates it
		boolean measures = indicator.value() != null
				&& (Rows.isQuantity(indicator.value()) || indicator.value().kind() == TargetValue.Kind.DATE);
		if (!measures) {
			// split again for each row: an objective is a few sentences, and the row
			// check stays on its own
			List<String> sentences = sentences(subject);
			String restated = restated(sentences, name);
			if (restated != null) {
				return Optional.of(restatedFinding(index, "name", Rows.describe(index, indicator), restated));
			}
			restated = restated(sentences, explanation);
			if (restated != null) {
				return Optional
					.of(restatedFinding(index, "explanation", Rows.describe(index, indicator) + "的指标解释", restated));
			}
		}
		if (TextSimilarity.dice(name, explanation) >= REPEATED) {
			return Optional.of(rowFinding(index, "explanation", Rows.describe(index, indicator) + "的指标解释"
					+ Rows.quote(explanation) + "只是重复了指标名称。请说明统计口径、计算方法和数据来源（以什么材料为准）。"));
		}
		return Optional.empty();
	}

	private Finding restatedFinding(int index, String property, String what, String sentence) {
		return rowFinding(index, property,
				what + "照抄了年度目标中的" + Rows.quote(sentence) + "。指标应衡量目标的完成程度，请改为可计量的产出或效果（如“培训人次”“合格率”）。");
	}

	private static String objective(TargetSubject subject) {
		String objective = subject.content().annualObjective();
		return objective == null ? "" : objective;
	}

	/** The objective's sentences that are long enough to call a copy. */
	private static List<String> sentences(TargetSubject subject) {
		return TextSimilarity.sentences(objective(subject))
			.stream()
			.filter(s -> TextSimilarity.normalise(s).length() >= SHORTEST)
			.toList();
	}

	private void checkObjective(TargetSubject subject, String objective, List<Finding> findings) {
		TargetContent content = subject.content();
		if (TextSimilarity.normalise(objective).length() < SHORTEST) {
			return; // nothing to compare; S2 reports an empty objective
		}
		if (content.kind() == TargetKind.PROJECT) {
			double purpose = TextSimilarity.dice(objective, subject.projectPurpose());
			if (purpose >= COPIED) {
				findings.add(targetFinding("annualObjective", "年度目标与项目资金用途的文字几乎相同（相似度" + percent(purpose)
						+ "）。年度目标应写本年度资金要实现的产出和效果，如“全年培训青年志愿者600人次，参训人员考核合格率不低于90%”。"));
			}
			boolean multiYear = subject.startYear() != null && subject.endYear() != null
					&& subject.endYear() > subject.startYear();
			double medium = TextSimilarity.dice(objective, content.mediumTermObjective());
			if (multiYear && medium >= COPIED) {
				findings.add(targetFinding("annualObjective", "年度目标照抄了中期目标（相似度" + percent(medium) + "）。多年项目的年度目标应是中期目标在"
						+ subject.fiscalYear() + "年度的部分，请写明本年度要完成的内容。"));
			}
		}
		Set<String> phrases = new LinkedHashSet<>();
		Matcher stock = STOCK_PHRASE.matcher(objective);
		while (stock.find()) {
			phrases.add("“" + stock.group() + "”");
		}
		if (!phrases.isEmpty()) {
			findings.add(targetFinding("annualObjective",
					"年度目标中的" + String.join("", phrases) + "是空泛的表述，无法据此评价。请写明本年度要交付什么、达到什么程度（数量、质量、时间）。"));
		}
	}

	private static String restated(List<String> sentences, String text) {
		if (TextSimilarity.normalise(text).length() < SHORTEST) {
			return null;
		}
		for (String sentence : sentences) {
			if (TextSimilarity.dice(sentence, text) >= RESTATED) {
				return sentence;
			}
		}
		return null;
	}

	private static String percent(double share) {
		return Math.round(share * 100) + "%";
	}

}
