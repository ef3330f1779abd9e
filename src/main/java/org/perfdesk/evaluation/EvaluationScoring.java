package org.perfdesk.evaluation;

import java.math.BigDecimal;

import org.perfdesk.evaluation.scoring.IndicatorScoring;
import org.perfdesk.evaluation.scoring.Numbers;
import org.perfdesk.evaluation.scoring.Qualitative;
import org.perfdesk.evaluation.scoring.ScoredItem;
import org.perfdesk.evaluation.scoring.ScoringSettings;
import org.perfdesk.execution.SourceAmounts;
import org.perfdesk.indicator.TargetValue;

/**
 * How a self-evaluation's rows are scored by the engine with one year's settings: 预算执行 by
 * {@link ScoringSettings#execution()} on 全年执行数 ÷ 全年预算数; a quantitative indicator by
 * {@link IndicatorScoring} from its 年度指标值 and 实际完成值; a qualitative one by
 * {@link ScoringSettings#qualitative()} from the band chosen (the band's top, or the
 * score typed within the band). Whatever the rules cannot score is 无法计分 with the reason,
 * for a person to score by hand.
 */
final class EvaluationScoring {

	private EvaluationScoring() {
	}

	static ScoredItem execution(ScoringSettings settings, SourceAmounts budget, SourceAmounts executed) {
		return settings.execution().score(executed.total(), budget.total());
	}

	/**
	 * The computed score of an indicator row. {@code typed} is only read for a
	 * qualitative row with a band, where it is the score chosen within the band; a typed
	 * score outside the band is refused ({@link org.perfdesk.shared.RuleViolation} on
	 * field {@code score}).
	 */
	static ScoredItem indicator(ScoringSettings settings, int fiscalYear, String targetValue, BigDecimal weight,
			String actual, Qualitative.Band band, BigDecimal typed) {
		TargetValue target = TargetValue.parse(targetValue, fiscalYear);
		if (target.kind() == TargetValue.Kind.QUALITATIVE) {
			Qualitative qualitative = settings.qualitative();
			if (band == null) {
				return ScoredItem.notScorable(weight, qualitative.name(), "分值 " + Numbers.text(weight) + "，档次 未选择",
						"定性指标请选择达成档次评分");
			}
			return typed == null ? qualitative.score(weight, band) : qualitative.score(weight, band, typed);
		}
		return new IndicatorScoring(settings).score(target, weight, actual);
	}

	/**
	 * True when the typed score of a row is a score within its band rather than a score
	 * set by hand.
	 */
	static boolean withinBand(String targetValue, Qualitative.Band band) {
		return band != null && TargetValue.parse(targetValue).kind() == TargetValue.Kind.QUALITATIVE;
	}

}
