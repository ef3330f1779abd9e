package org.perfdesk.evaluation.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.perfdesk.indicator.Comparison;
import org.perfdesk.shared.Amount;
import org.perfdesk.shared.Grade;

import static org.perfdesk.evaluation.scoring.Numbers.percentText;
import static org.perfdesk.evaluation.scoring.Numbers.text;

/**
 * 计分说明: a year's {@link ScoringSettings} in plain Chinese, each rule with worked examples
 * scored by the engine itself (never typed in), so that what the page says and what the
 * self-evaluation computes cannot differ.
 */
public final class ScoringGuide {

	/**
	 * One rule as the settings page explains it.
	 *
	 * @param title the rule's name, with the variant chosen for the year
	 * @param text what the rule does, in plain Chinese with the year's numbers
	 * @param examples worked examples computed by the engine; empty when the rule has
	 * none
	 * @param note a further computed remark, or empty
	 */
	public record Rule(String title, String text, List<Example> examples, String note) {
	}

	/**
	 * A worked example: what is given, and the engine's result.
	 *
	 * @param given the inputs as a reader states them, e.g. amounts in 万元
	 * @param item the scored item with its rule, arithmetic and flags
	 */
	public record Example(String given, ScoredItem item) {

		static Example of(ScoredItem item) {
			return new Example(item.inputs(), item);
		}

		/** For a rule that applies to several kinds of indicator: the kind first. */
		static Example named(ScoredItem item) {
			return new Example(item.rule() + "：" + item.inputs(), item);
		}

		/** The flags as Chinese text, e.g. "超额完成，需说明原因"; empty when there are none. */
		public String flagText() {
			return item.flags().stream().map(ScoredItem.Flag::label).sorted().collect(Collectors.joining("；"));
		}
	}

	/**
	 * The 分值 and 指标值 of the indicator examples: round numbers, so the arithmetic can be
	 * followed by eye.
	 */
	static final BigDecimal WEIGHT = BigDecimal.TEN;

	static final BigDecimal TARGET = BigDecimal.valueOf(100);

	/** The 全年预算数 of the execution examples: 100 万元. */
	static final Amount BUDGET = Amount.ofYuan("1000000");

	private ScoringGuide() {
	}

	/**
	 * The rules of the year in the order of the 自评表: execution, the indicator kinds,
	 * weights, grade.
	 */
	public static List<Rule> rules(ScoringSettings s) {
		return List.of(execution(s), higher(s), lower(s), equal(s), overAchievement(s), qualitative(s), weights(s),
				grade());
	}

	/**
	 * The settings in one line each, as the 操作日志 records them before and after a change.
	 */
	public static Map<String, String> summary(ScoringSettings s) {
		var fields = new LinkedHashMap<String, String>();
		fields.put("反向指标计分方法", s.reverse().label());
		fields.put("超额完成比例", percentText(s.overAchievement().share()));
		fields.put("预算执行率计分", s.tiered() ? "分档法：" + tiers(s) : "比例法（执行率 × " + text(s.executionWeight()) + " 分）");
		fields.put("一级指标默认权重", s.weights().describe());
		fields.put("定性指标档次", "达成 ≥" + percentText(s.bands().achieved()) + "，部分达成 ≥" + percentText(s.bands().partly())
				+ "，未达成 <" + percentText(s.bands().partly()));
		fields.put("无满意度指标时权重归入", s.freedWeight().label());
		return fields;
	}

	private static Rule execution(ScoringSettings s) {
		ExecutionScore score = s.execution();
		String weight = text(s.executionWeight());
		List<Example> examples = new ArrayList<>();
		if (!s.tiered()) {
			examples.add(execution(score, Amount.ofYuan("925000")));
			examples.add(execution(score, Amount.ofYuan("1080000")));
			return new Rule(score.name(), "执行率 = 全年执行数 ÷ 全年预算数（调整后的预算数，不是年初预算数）；得分 = 执行率 × " + weight
					+ " 分，执行率超过 100% 的按 100% 计；全年预算数为 0 时不自动计分。", examples, "");
		}
		for (ExecutionScore.Tier tier : s.executionTiers()) {
			if (tier.rate().signum() > 0) {
				examples.add(execution(score, Amount.ofYuan(BUDGET.yuan().multiply(tier.rate()))));
			}
		}
		BigDecimal lowest = s.executionTiers().get(s.executionTiers().size() - 1).rate();
		BigDecimal below = lowest.subtract(new BigDecimal("0.01"));
		if (below.signum() > 0) {
			examples.add(execution(score, Amount.ofYuan(BUDGET.yuan().multiply(below))));
		}
		String lowText = lowest.signum() > 0 ? "；低于 " + percentText(lowest) + " 得 0 分" : "";
		return new Rule(score.name(), "执行率 = 全年执行数 ÷ 全年预算数（调整后的预算数，不是年初预算数）；按达到的最高一档得分：" + tiers(s) + lowText + "。满分 "
				+ weight + " 分；全年预算数为 0 时不自动计分。", examples, "");
	}

	private static Example execution(ExecutionScore score, Amount executed) {
		return new Example("全年预算数 " + BUDGET.formatWan(2) + " 万元，全年执行数 " + executed.formatWan(2) + " 万元",
				score.score(executed, BUDGET));
	}

	private static String tiers(ScoringSettings s) {
		return s.executionTiers()
			.stream()
			.map(t -> "执行率 ≥" + percentText(t.rate()) + " 得 " + text(t.points()) + " 分")
			.collect(Collectors.joining("；"));
	}

	private static Rule higher(ScoringSettings s) {
		IndicatorPolicy policy = policy(s, Comparison.AT_LEAST);
		return new Rule(policy.name(), "实际完成值 ≥ 指标值 得满分；否则按完成比例计分：得分 = 分值 × 实际完成值 ÷ 指标值。指标值须大于 0，否则请手工评分。",
				List.of(example(policy, "80")), "");
	}

	private static Rule lower(ScoringSettings s) {
		IndicatorPolicy policy = policy(s, Comparison.AT_MOST);
		String text = switch (s.reverse()) {
			case RATIO -> "实际完成值 ≤ 指标值 得满分；否则 得分 = 分值 × 指标值 ÷ 实际完成值。";
			case LINEAR ->
				"实际完成值 ≤ 指标值 得满分；超出指标值时按超出比例扣分：得分 = 分值 × (1 − (实际完成值 − 指标值) ÷ 指标值)，" + "实际完成值达到指标值的 2 倍及以上得 0 分。";
		};
		ScoringSettings.ReverseVariant other = s.reverse() == ScoringSettings.ReverseVariant.RATIO
				? ScoringSettings.ReverseVariant.LINEAR : ScoringSettings.ReverseVariant.RATIO;
		IndicatorPolicy otherPolicy = policy(new ScoringSettings(s.fiscalYear(), other, s.overAchievement(),
				s.weights(), s.executionTiers(), s.bands(), s.freedWeight()), Comparison.AT_MOST);
		List<Example> examples = List.of(example(policy, "125"), example(policy, "250"));
		String note = "若改用" + other.label() + "，上述两例分别得 " + example(otherPolicy, "125").item().score().toPlainString()
				+ " 分和 " + example(otherPolicy, "250").item().score().toPlainString() + " 分。";
		return new Rule("反向指标（≤）：" + s.reverse().label(), text + "指标值须大于 0，否则请手工评分。", examples, note);
	}

	private static Rule equal(ScoringSettings s) {
		IndicatorPolicy policy = policy(s, Comparison.EQUAL);
		return new Rule(policy.name(), "按正向指标计分，达到指标值即得满分；指标值为 0 的（如“=0起”安全责任事故），实际完成值 ≤ 0 得满分，否则得 0 分。",
				List.of(example(policy, "96"), Example.of(policy.score(WEIGHT, BigDecimal.ZERO, BigDecimal.ONE))), "");
	}

	private static Rule overAchievement(ScoringSettings s) {
		BigDecimal share = s.overAchievement().share();
		String percent = percentText(share);
		BigDecimal margin = BigDecimal.valueOf(5);
		List<Example> examples = new ArrayList<>();
		BigDecimal boundary = TARGET.add(TARGET.multiply(share));
		IndicatorPolicy higher = policy(s, Comparison.AT_LEAST);
		examples.add(Example.named(higher.score(WEIGHT, TARGET, boundary.add(margin))));
		examples.add(Example.named(higher.score(WEIGHT, TARGET, boundary)));
		BigDecimal reverse = TARGET.subtract(TARGET.multiply(share)).subtract(margin);
		if (reverse.signum() > 0) {
			examples.add(Example.named(policy(s, Comparison.AT_MOST).score(WEIGHT, TARGET, reverse)));
		}
		return new Rule("超额完成（须说明原因）", "正向、等于指标的实际完成值超出指标值 " + percent + " 以上，或反向指标的实际完成值低于指标值 " + percent
				+ " 以上的，标记“超额完成”：得分不变，但须说明原因；指标值定得明显偏低的，可手工调减得分并写明理由" + "（财预〔2020〕10号）。恰好超出 " + percent + " 的不标记。",
				examples, "");
	}

	private static Rule qualitative(ScoringSettings s) {
		Qualitative q = s.qualitative();
		String achieved = percentText(s.bands().achieved());
		String partly = percentText(s.bands().partly());
		List<Example> examples = java.util.Arrays.stream(Qualitative.Band.values())
			.map(band -> Example.of(q.score(WEIGHT, band)))
			.toList();
		return new Rule(q.name(),
				"评价人为定性指标选择档次，得分须在该档范围内，不填得分时取该档上限：“" + Qualitative.Band.ACHIEVED.label() + "”得分值的 " + achieved
						+ "–100%；“" + Qualitative.Band.PARTLY.label() + "” " + partly + "–" + achieved + "（不含 "
						+ achieved + "）；“" + Qualitative.Band.MISSED.label() + "” 0–" + partly + "（不含 " + partly + "）。",
				examples, "");
	}

	private static Rule weights(ScoringSettings s) {
		Weights w = s.weights();
		return new Rule("一级指标权重",
				"默认权重为 " + w.describe() + "，合计 " + text(w.total())
						+ "。个别项目可以调整，但合计须为 100，预算执行、产出、效益须大于 0；与默认不同时提示填报人说明理由。",
				List.of(), "项目没有满意度指标时，满意度的权重归入" + s.freedWeight().label() + "："
						+ w.withoutSatisfaction(s.freedWeight()).describe() + "。");
	}

	private static Rule grade() {
		BigDecimal nearly = new BigDecimal("89.995");
		Grade grade = Grading.gradeOf(nearly);
		return new Rule("总分与等级",
				"总分 = 预算执行得分 + 各指标得分；按未经四舍五入的总分评定等级：90 分及以上为优，80 分至 90 分（不含）为良，"
						+ "60 分至 80 分（不含）为中，60 分以下为差。等级标准全国统一，不在此设置。",
				List.of(), "例如总分 " + nearly.toPlainString() + " 分评为“" + grade.label() + "”，不因显示为 90.00 分而评为优。");
	}

	private static IndicatorPolicy policy(ScoringSettings s, Comparison comparison) {
		return s.indicators().policyFor(comparison).orElseThrow();
	}

	private static Example example(IndicatorPolicy policy, String actual) {
		return Example.of(policy.score(WEIGHT, TARGET, new BigDecimal(actual)));
	}

}
