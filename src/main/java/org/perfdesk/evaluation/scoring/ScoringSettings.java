package org.perfdesk.evaluation.scoring;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;

import org.perfdesk.consistency.ReverseRule;

/**
 * The scoring choices of one fiscal year. Regions differ on each of these and a finished
 * year must keep the rules it was scored with, so they are settings per year rather than
 * constants; {@link ScoringSettingsManagement} keeps them, one stored row per year (one
 * deployment serves one region, so a region's rules are its years' rows).
 *
 * @param fiscalYear the year these settings apply to
 * @param reverse which rule scores 反向 (≤) indicators
 * @param overAchievement beyond which share an actual counts as over-achieved
 * @param weights the default 一级 weights; their execution weight is the 预算执行率 分值
 * @param executionTiers tiers for the 分档 execution rule, highest rate first; empty for
 * the proportional rule
 * @param bands where the 定性 bands start
 * @param freedWeight where the satisfaction weight goes when there is no satisfaction
 * indicator
 */
public record ScoringSettings(int fiscalYear, ReverseVariant reverse, OverAchievement overAchievement, Weights weights,
		List<ExecutionScore.Tier> executionTiers, QualitativeBands bands, Weights.FreedWeight freedWeight) {

	/** The two rules in use for 反向 indicators. */
	public enum ReverseVariant {

		RATIO("比例法"), LINEAR("线性扣分法");

		private final String label;

		ReverseVariant(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}

	}

	public ScoringSettings {
		executionTiers = executionTiers.stream()
			.sorted(Comparator.comparing(ExecutionScore.Tier::rate).reversed())
			.toList();
	}

	/**
	 * Settings with the default 一级 split except the execution weight, as before the split
	 * was a setting.
	 */
	public ScoringSettings(int fiscalYear, ReverseVariant reverse, OverAchievement overAchievement,
			BigDecimal executionWeight, List<ExecutionScore.Tier> executionTiers, QualitativeBands bands,
			Weights.FreedWeight freedWeight) {
		this(fiscalYear, reverse, overAchievement, new Weights(executionWeight, Weights.DEFAULT.output(),
				Weights.DEFAULT.benefit(), Weights.DEFAULT.satisfaction()), executionTiers, bands, freedWeight);
	}

	/**
	 * The ratio rule of the 自评表 填表说明, 20%, 10 / 50 / 30 / 10 with the execution rate
	 * scored in proportion, 0.8 / 0.6 bands, freed weight to 效益.
	 */
	/**
	 * The 反向 rule as the consistency checker takes it, so a year's tables are checked the
	 * way it scores them.
	 */
	public ReverseRule reverseRule() {
		return switch (reverse) {
			case RATIO -> ReverseRule.RATIO;
			case LINEAR -> ReverseRule.LINEAR;
		};
	}

	public static ScoringSettings defaults(int fiscalYear) {
		return new ScoringSettings(fiscalYear, ReverseVariant.RATIO, OverAchievement.DEFAULT, Weights.DEFAULT,
				List.of(), QualitativeBands.DEFAULT, Weights.FreedWeight.BENEFIT);
	}

	/** The 预算执行率 分值: the execution part of the default 一级 weights. */
	public BigDecimal executionWeight() {
		return weights.execution();
	}

	/** These settings for another year, e.g. last year's copied forward. */
	public ScoringSettings forYear(int year) {
		return new ScoringSettings(year, reverse, overAchievement, weights, executionTiers, bands, freedWeight);
	}

	public boolean tiered() {
		return !executionTiers.isEmpty();
	}

	public ExecutionScore execution() {
		return new ExecutionScore(executionWeight(), executionTiers);
	}

	public Qualitative qualitative() {
		return new Qualitative(bands);
	}

	/** The scoring of quantitative indicators under these settings. */
	public IndicatorScoring indicators() {
		return new IndicatorScoring(this);
	}
}
