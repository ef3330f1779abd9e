package org.perfdesk.evaluation.scoring;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WeightsTests {

	private static Weights of(int execution, int output, int benefit, int satisfaction) {
		return new Weights(BigDecimal.valueOf(execution), BigDecimal.valueOf(output), BigDecimal.valueOf(benefit),
				BigDecimal.valueOf(satisfaction));
	}

	@Test
	void theDefaultSplitIsValidWithoutWarning() {
		assertThat(Weights.DEFAULT.describe()).isEqualTo("预算执行 10 / 产出 50 / 效益 30 / 满意度 10");
		assertThat(Weights.DEFAULT.problems()).isEmpty();
		assertThat(Weights.DEFAULT.warning(Weights.FreedWeight.BENEFIT)).isEmpty();
	}

	@Test
	void withoutSatisfactionItsWeightGoesWhereConfigured() {
		Weights toBenefit = Weights.DEFAULT.withoutSatisfaction(Weights.FreedWeight.BENEFIT);
		assertThat(toBenefit.describe()).isEqualTo("预算执行 10 / 产出 50 / 效益 40 / 满意度 0");
		assertThat(toBenefit.problems()).isEmpty();
		assertThat(toBenefit.warning(Weights.FreedWeight.BENEFIT)).isEmpty();
		Weights toOutput = Weights.DEFAULT.withoutSatisfaction(Weights.FreedWeight.OUTPUT);
		assertThat(toOutput.describe()).isEqualTo("预算执行 10 / 产出 60 / 效益 30 / 满意度 0");
		assertThat(toOutput.warning(Weights.FreedWeight.BENEFIT)).isPresent();
	}

	@Test
	void aDifferentSplitIsAWarningNotAProblem() {
		Weights adjusted = of(10, 40, 40, 10);
		assertThat(adjusted.problems()).isEmpty();
		assertThat(adjusted.warning(Weights.FreedWeight.BENEFIT))
			.hasValue("权重 预算执行 10 / 产出 40 / 效益 40 / 满意度 10 与默认 预算执行 10 / 产出 50 / 效益 30 / 满意度 10 不同，请说明调整理由");
	}

	@Test
	void weightsMustSumToOneHundredAndBePositive() {
		assertThat(of(10, 50, 30, 5).problems()).containsExactly("一级指标权重合计须为 100，当前为 95");
		assertThat(of(0, 60, 30, 10).problems()).containsExactly("预算执行权重须大于 0，当前为 0");
		assertThat(of(10, 50, 50, -10).problems()).containsExactly("满意度指标权重不能为负数（无满意度指标时填 0）");
	}

}
