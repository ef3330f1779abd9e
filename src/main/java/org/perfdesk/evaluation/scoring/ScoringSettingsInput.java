package org.perfdesk.evaluation.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.perfdesk.shared.DecimalText;

import static org.perfdesk.evaluation.scoring.Numbers.HUNDRED;
import static org.perfdesk.evaluation.scoring.Numbers.text;

/**
 * The 计分设置 as typed on the page. Numbers stay text, so that "二十" comes back as a Chinese
 * message beside its field instead of a binding error; percentages are in % (a trailing %
 * sign is allowed), weights and points in 分.
 *
 * @param reverse {@link ScoringSettings.ReverseVariant} name
 * @param overAchievement 超额完成比例 in %
 * @param executionWeight 预算执行 weight, which is also the 预算执行率 分值
 * @param outputWeight 产出指标 weight
 * @param benefitWeight 效益指标 weight
 * @param satisfactionWeight 满意度指标 weight
 * @param tiered true for the 分档 execution rule (then {@code tiers} apply), false for the
 * proportional rule
 * @param tiers the tiers as typed; rows left blank are ignored
 * @param achievedBand where 达成 starts, in % of the weight
 * @param partlyBand where 部分达成 starts, in % of the weight
 * @param freedWeight {@link Weights.FreedWeight} name
 */
public record ScoringSettingsInput(String reverse, String overAchievement, String executionWeight, String outputWeight,
		String benefitWeight, String satisfactionWeight, boolean tiered, List<Tier> tiers, String achievedBand,
		String partlyBand, String freedWeight) {

	/** One tier as typed: reaching {@code rate} % earns {@code points}. */
	public record Tier(String rate, String points) {

		boolean blank() {
			return (rate == null || rate.isBlank()) && (points == null || points.isBlank());
		}
	}

	/**
	 * The most over-achievement share anyone uses is far below this; above it is a typing
	 * error.
	 */
	static final BigDecimal MAX_OVER_ACHIEVEMENT = BigDecimal.valueOf(200);

	public ScoringSettingsInput {
		tiers = tiers == null ? List.of() : List.copyOf(tiers);
	}

	/** The settings as the page shows them for editing. */
	public static ScoringSettingsInput of(ScoringSettings s) {
		return new ScoringSettingsInput(s.reverse().name(), percent(s.overAchievement().share()),
				text(s.weights().execution()), text(s.weights().output()), text(s.weights().benefit()),
				text(s.weights().satisfaction()), s.tiered(),
				s.executionTiers().stream().map(t -> new Tier(percent(t.rate()), text(t.points()))).toList(),
				percent(s.bands().achieved()), percent(s.bands().partly()), s.freedWeight().name());
	}

	/**
	 * The settings for the year, or empty with every problem explained in {@code errors}
	 * (field → Chinese message; tier fields are {@code tiers[i].rate} and
	 * {@code tiers[i].points}, i counting the rows as typed).
	 */
	Optional<ScoringSettings> read(int fiscalYear, Map<String, String> errors) {
		int before = errors.size();
		ScoringSettings.ReverseVariant variant = choice(ScoringSettings.ReverseVariant.class, reverse);
		if (variant == null) {
			errors.put("reverse", "请选择反向指标的计分方法（比例法或线性扣分法）");
		}
		Weights.FreedWeight freed = choice(Weights.FreedWeight.class, freedWeight);
		if (freed == null) {
			errors.put("freedWeight", "请选择无满意度指标时满意度权重归入哪一级指标");
		}
		BigDecimal over = number("overAchievement", overAchievement, "超额完成比例", "20", true, errors);
		if (over != null && (over.signum() < 0 || over.compareTo(MAX_OVER_ACHIEVEMENT) > 0)) {
			errors.put("overAchievement", "超额完成比例须在 0% 至 200% 之间，填写的是 " + text(over) + "%");
		}
		Weights weights = weights(errors);
		QualitativeBands bands = bands(errors);
		List<ExecutionScore.Tier> tierList = tiered ? tiers(weights, errors) : List.of();
		if (errors.size() > before) {
			return Optional.empty();
		}
		return Optional.of(new ScoringSettings(fiscalYear, variant, new OverAchievement(share(over)), weights, tierList,
				bands, freed));
	}

	private Weights weights(Map<String, String> errors) {
		BigDecimal execution = number("executionWeight", executionWeight, "预算执行权重", "10", false, errors);
		BigDecimal output = number("outputWeight", outputWeight, "产出指标权重", "50", false, errors);
		BigDecimal benefit = number("benefitWeight", benefitWeight, "效益指标权重", "30", false, errors);
		BigDecimal satisfaction = number("satisfactionWeight", satisfactionWeight, "满意度指标权重", "10", false, errors);
		if (execution == null || output == null || benefit == null || satisfaction == null) {
			return null;
		}
		Weights weights = new Weights(execution, output, benefit, satisfaction);
		for (String problem : weights.problems()) {
			errors.putIfAbsent(weightField(problem), problem);
		}
		return weights;
	}

	/**
	 * The field a message of {@link Weights#problems()} is about: each names its level
	 * first.
	 */
	private static String weightField(String problem) {
		if (problem.startsWith("预算执行")) {
			return "executionWeight";
		}
		if (problem.startsWith("产出")) {
			return "outputWeight";
		}
		if (problem.startsWith("效益")) {
			return "benefitWeight";
		}
		if (problem.startsWith("满意度")) {
			return "satisfactionWeight";
		}
		return "weights";
	}

	private QualitativeBands bands(Map<String, String> errors) {
		BigDecimal achieved = number("achievedBand", achievedBand, "“达成”档的下限", "80", true, errors);
		BigDecimal partly = number("partlyBand", partlyBand, "“部分达成”档的下限", "60", true, errors);
		if (achieved != null && achieved.compareTo(HUNDRED) > 0) {
			errors.put("achievedBand", "“达成”档的下限不能超过 100%");
			achieved = null;
		}
		if (partly != null && partly.signum() <= 0) {
			errors.put("partlyBand", "“部分达成”档的下限须大于 0%");
			partly = null;
		}
		if (achieved == null || partly == null) {
			return null;
		}
		if (partly.compareTo(achieved) >= 0) {
			errors.put("partlyBand", "“部分达成”档的下限（" + text(partly) + "%）须低于“达成”档的下限（" + text(achieved) + "%）");
			return null;
		}
		return new QualitativeBands(share(achieved), share(partly));
	}

	private List<ExecutionScore.Tier> tiers(Weights weights, Map<String, String> errors) {
		BigDecimal ceiling = weights == null || weights.execution().signum() <= 0 ? null : weights.execution();
		List<ExecutionScore.Tier> list = new ArrayList<>();
		Map<BigDecimal, Integer> seen = new HashMap<>();
		List<Integer> rows = new ArrayList<>();
		for (int i = 0; i < tiers.size(); i++) {
			Tier row = tiers.get(i);
			if (row.blank()) {
				continue;
			}
			String label = "第 " + (i + 1) + " 档";
			String rateField = "tiers[" + i + "].rate";
			String pointsField = "tiers[" + i + "].points";
			BigDecimal rate = number(rateField, row.rate(), label + "的执行率下限", "90", true, errors);
			BigDecimal points = number(pointsField, row.points(), label + "的得分", "9", false, errors);
			if (rate != null && (rate.signum() < 0 || rate.compareTo(HUNDRED) > 0)) {
				errors.put(rateField, label + "的执行率下限须在 0% 至 100% 之间");
				rate = null;
			}
			if (rate != null) {
				Integer first = seen.putIfAbsent(rate.stripTrailingZeros(), i);
				if (first != null) {
					errors.put(rateField, label + "的执行率下限 " + text(rate) + "% 与第 " + (first + 1) + " 档相同，每档须不同");
					rate = null;
				}
			}
			if (points != null && (points.signum() < 0 || ceiling != null && points.compareTo(ceiling) > 0)) {
				errors.put(pointsField,
						label + "的得分须在 0 至 " + (ceiling == null ? "预算执行权重" : text(ceiling)) + " 分之间（不超过预算执行率分值）");
				points = null;
			}
			if (rate != null && points != null) {
				list.add(new ExecutionScore.Tier(share(rate), points));
				rows.add(i);
			}
		}
		if (list.isEmpty() && errors.keySet().stream().noneMatch(k -> k.startsWith("tiers["))) {
			errors.put("tiers", "选择分档法时须至少填写一档（执行率下限和得分）");
		}
		monotonic(list, rows, errors);
		return list;
	}

	/** A higher execution rate must never earn fewer points than a lower one. */
	private static void monotonic(List<ExecutionScore.Tier> list, List<Integer> rows, Map<String, String> errors) {
		for (int a = 0; a < list.size(); a++) {
			for (int b = 0; b < list.size(); b++) {
				ExecutionScore.Tier higher = list.get(a);
				ExecutionScore.Tier lower = list.get(b);
				if (higher.rate().compareTo(lower.rate()) > 0 && higher.points().compareTo(lower.points()) < 0) {
					errors.putIfAbsent("tiers[" + rows.get(a) + "].points",
							"执行率越高得分不能越低：" + Numbers.percentText(higher.rate()) + " 档得 " + text(higher.points())
									+ " 分，低于 " + Numbers.percentText(lower.rate()) + " 档的 " + text(lower.points())
									+ " 分");
				}
			}
		}
	}

	/**
	 * The number typed, or null with a message: required, a number (full-width digits and
	 * separators allowed), at most two decimals. For a percentage a trailing % sign is
	 * dropped.
	 */
	private static BigDecimal number(String field, String typed, String label, String example, boolean percent,
			Map<String, String> errors) {
		if (typed == null || typed.isBlank()) {
			errors.put(field, "请填写" + label + "（" + (percent ? "%" : "分") + "）");
			return null;
		}
		String s = typed.strip();
		if (percent && (s.endsWith("%") || s.endsWith("％"))) {
			s = s.substring(0, s.length() - 1);
		}
		DecimalText.Reading parsed = DecimalText.read(s, DecimalText.SCORE_DIGITS);
		if (parsed.blank() || parsed.problem() == DecimalText.Problem.NOT_A_NUMBER) {
			errors.put(field, label + "“" + DecimalText.shown(typed) + "”不是数字，请填写如 " + example);
			return null;
		}
		if (parsed.problem() != null) {
			errors.put(field, parsed.message(label));
			return null;
		}
		if (DecimalText.decimals(parsed.value()) > 2) {
			errors.put(field, label + "最多保留两位小数");
			return null;
		}
		return parsed.value();
	}

	private static <E extends Enum<E>> E choice(Class<E> type, String name) {
		if (name == null || name.isBlank()) {
			return null;
		}
		for (E e : type.getEnumConstants()) {
			if (e.name().equals(name.strip())) {
				return e;
			}
		}
		return null;
	}

	private static BigDecimal share(BigDecimal percent) {
		return percent.movePointLeft(2);
	}

	private static String percent(BigDecimal share) {
		return text(share.multiply(HUNDRED));
	}
}
