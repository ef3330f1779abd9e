package org.perfdesk.evaluation.scoring;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.perfdesk.indicator.Comparison;
import org.perfdesk.indicator.TargetValue;

import static org.assertj.core.api.Assertions.assertThat;

class IndicatorScoringTests {

	private final IndicatorScoring defaults = new IndicatorScoring(ScoringSettings.defaults(2024));

	private final IndicatorScoring linear = new IndicatorScoring(
			new ScoringSettings(2024, ScoringSettings.ReverseVariant.LINEAR, OverAchievement.DEFAULT, BigDecimal.TEN,
					java.util.List.of(), QualitativeBands.DEFAULT, Weights.FreedWeight.BENEFIT));

	@ParameterizedTest(name = "{0} / {1} → {2}")
	@CsvSource(delimiter = '|', textBlock = """
			≥800人次 | 600人次 | 7.50  | 正向指标（≥）
			≥800人次 | 600     | 7.50  | 正向指标（≥）
			>80%     | 96.36%  | 10.00 | 正向指标（≥）
			≤47.5万元 | 50万元  | 9.50  | 反向指标（≤，比例法）
			<10天    | 15天    | 6.67  | 反向指标（≤，比例法）
			=100%    | 96.5%   | 9.65  | 等于指标（=）
			""")
	void picksThePolicyFromTheComparison(String target, String actual, String expected, String rule) {
		ScoredItem item = defaults.score(TargetValue.parse(target), BigDecimal.TEN, actual);
		assertThat(item.score()).hasToString(expected);
		assertThat(item.rule()).isEqualTo(rule);
	}

	@Test
	void theReverseVariantIsASetting() {
		ScoredItem item = linear.score(TargetValue.parse("≤10天"), BigDecimal.TEN, "15天");
		assertThat(item.score()).hasToString("5.00");
		assertThat(item.rule()).isEqualTo("反向指标（≤，线性扣分法）");
		assertThat(linear.policyFor(Comparison.AT_MOST)).containsInstanceOf(LowerIsBetterLinear.class);
		assertThat(defaults.policyFor(Comparison.AT_MOST)).containsInstanceOf(LowerIsBetterRatio.class);
	}

	@Test
	void flagsOverAchievementWithTheConfiguredThreshold() {
		assertThat(defaults.score(TargetValue.parse("≥100人次"), BigDecimal.TEN, "125人次").flags())
			.containsExactly(ScoredItem.Flag.OVER_ACHIEVED);
	}

	@ParameterizedTest(name = "{0} / {1}")
	@CsvSource(delimiter = '|', textBlock = """
			≥800人次 | 约六百人次   | 不是一个数值
			≥800人次 | ≥600人次     | 不是一个数值
			≥800人次 | 600万元      | 单位
			≥800人次 | ''           | 未填写实际完成值
			80%–90%  | 85%          | 区间指标
			效果明显 | 达成         | 定性指标请选择达成档次
			""")
	void neverGuesses(String target, String actual, String why) {
		ScoredItem item = defaults.score(TargetValue.parse(target), BigDecimal.TEN, actual);
		assertThat(item.scorable()).isFalse();
		assertThat(item.score()).isNull();
		assertThat(item.explanation()).startsWith("无法计分").contains(why);
	}

}
