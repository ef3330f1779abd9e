package org.perfdesk.evaluation;

import java.math.BigDecimal;
import java.util.List;

/**
 * The scoring choices of one fiscal year. Regions differ on each of these and a finished year must keep the rules
 * it was scored with, so they are settings per year rather than constants.
 *
 * @param fiscalYear the year these settings apply to
 * @param reverse which rule scores 反向 (≤) indicators
 * @param overAchievement beyond which share an actual counts as over-achieved
 * @param executionWeight the 预算执行率 分值
 * @param executionTiers tiers for the 分档 execution rule; empty for the proportional rule
 * @param bands where the 定性 bands start
 * @param freedWeight where the satisfaction weight goes when there is no satisfaction indicator
 */
public record ScoringSettings(int fiscalYear, ReverseVariant reverse, OverAchievement overAchievement,
		BigDecimal executionWeight, List<ExecutionScore.Tier> executionTiers, QualitativeBands bands,
		Weights.FreedWeight freedWeight) {

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
		executionTiers = List.copyOf(executionTiers);
	}

	/** The ratio rule of the 自评表 填表说明, 20%, 10 points proportional, 0.8 / 0.6 bands, freed weight to 效益. */
	public static ScoringSettings defaults(int fiscalYear) {
		return new ScoringSettings(fiscalYear, ReverseVariant.RATIO, OverAchievement.DEFAULT,
				ExecutionScore.DEFAULT_WEIGHT, List.of(), QualitativeBands.DEFAULT, Weights.FreedWeight.BENEFIT);
	}

	public boolean tiered() {
		return !executionTiers.isEmpty();
	}

	public ExecutionScore execution() {
		return new ExecutionScore(executionWeight, executionTiers);
	}

	public Qualitative qualitative() {
		return new Qualitative(bands);
	}
}
