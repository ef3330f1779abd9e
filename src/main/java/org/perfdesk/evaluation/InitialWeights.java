package org.perfdesk.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import org.perfdesk.evaluation.scoring.ScoredItem;
import org.perfdesk.evaluation.scoring.ScoringSettings;
import org.perfdesk.evaluation.scoring.Weights;
import org.perfdesk.indicator.IndicatorCategory;
import org.perfdesk.indicator.IndicatorSubcategory;

/**
 * The 分值 a new self-evaluation proposes for its indicators, which together make 100 − the
 * 预算执行 分值:
 * <ul>
 * <li>the target's own weights, when every indicator has one, rescaled to that
 * total;</li>
 * <li>otherwise the level weights 产出 50 / 效益 30 / 满意度 10 ({@link Weights#DEFAULT};
 * without a 满意度 indicator its weight moves as {@link ScoringSettings#freedWeight()}
 * says), shared evenly within each level, 成本 indicators counting under 产出 (the 2021
 * scheme puts them on a level of their own, which the self-evaluation weights do not
 * have), then rescaled to the total when levels are missing or the 预算执行 分值 is not
 * 10.</li>
 * </ul>
 * Each 分值 is rounded half-up to two decimals and the rounding remainder goes to the last
 * row (of its level, then of the table), so the sum is exact.
 */
final class InitialWeights {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private InitialWeights() {
	}

	static List<BigDecimal> of(List<IndicatorSubcategory> subcategories, List<BigDecimal> targetWeights,
			ScoringSettings settings) {
		BigDecimal total = HUNDRED.subtract(settings.executionWeight());
		boolean weighted = !targetWeights.isEmpty()
				&& targetWeights.stream().allMatch(w -> w != null && w.signum() >= 0)
				&& targetWeights.stream().reduce(BigDecimal.ZERO, BigDecimal::add).signum() > 0;
		return rescaled(weighted ? targetWeights : byLevel(subcategories, settings), total);
	}

	/** The level weights shared evenly within each level, in table order. */
	static List<BigDecimal> byLevel(List<IndicatorSubcategory> subcategories, ScoringSettings settings) {
		boolean satisfaction = subcategories.stream().anyMatch(s -> s.category() == IndicatorCategory.SATISFACTION);
		Weights levels = satisfaction ? Weights.DEFAULT : Weights.DEFAULT.withoutSatisfaction(settings.freedWeight());
		List<BigDecimal> weights = new ArrayList<>(subcategories.size());
		for (int i = 0; i < subcategories.size(); i++) {
			weights.add(BigDecimal.ZERO);
		}
		for (IndicatorCategory level : List.of(IndicatorCategory.OUTPUT, IndicatorCategory.BENEFIT,
				IndicatorCategory.SATISFACTION)) {
			List<Integer> rows = new ArrayList<>();
			for (int i = 0; i < subcategories.size(); i++) {
				if (levelOf(subcategories.get(i)) == level) {
					rows.add(i);
				}
			}
			BigDecimal share = switch (level) {
				case OUTPUT -> levels.output();
				case BENEFIT -> levels.benefit();
				case SATISFACTION -> levels.satisfaction();
				case COST -> BigDecimal.ZERO;
			};
			List<BigDecimal> shared = split(share, rows.size());
			for (int k = 0; k < rows.size(); k++) {
				weights.set(rows.get(k), shared.get(k));
			}
		}
		return weights;
	}

	/** 成本 counts under 产出 in the self-evaluation's level weights. */
	static IndicatorCategory levelOf(IndicatorSubcategory subcategory) {
		return subcategory.category() == IndicatorCategory.COST ? IndicatorCategory.OUTPUT : subcategory.category();
	}

	/**
	 * {@code amount} in {@code count} even parts of two decimals, the remainder on the
	 * last.
	 */
	static List<BigDecimal> split(BigDecimal amount, int count) {
		List<BigDecimal> parts = new ArrayList<>(count);
		if (count == 0) {
			return parts;
		}
		BigDecimal part = amount.divide(BigDecimal.valueOf(count), ScoredItem.SCALE, RoundingMode.HALF_UP);
		for (int i = 0; i < count - 1; i++) {
			parts.add(part);
		}
		parts.add(amount.subtract(part.multiply(BigDecimal.valueOf(count - 1))).setScale(ScoredItem.SCALE));
		return parts;
	}

	/** Proportionally to {@code total}, two decimals, the remainder on the last row. */
	static List<BigDecimal> rescaled(List<BigDecimal> weights, BigDecimal total) {
		BigDecimal sum = weights.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
		List<BigDecimal> result = new ArrayList<>(weights.size());
		if (weights.isEmpty()) {
			return result;
		}
		if (sum.signum() == 0) {
			return split(total, weights.size());
		}
		BigDecimal used = BigDecimal.ZERO;
		for (int i = 0; i < weights.size() - 1; i++) {
			BigDecimal w = weights.get(i).multiply(total).divide(sum, ScoredItem.SCALE, RoundingMode.HALF_UP);
			result.add(w);
			used = used.add(w);
		}
		result.add(total.subtract(used).setScale(ScoredItem.SCALE, RoundingMode.HALF_UP));
		return result;
	}

}
