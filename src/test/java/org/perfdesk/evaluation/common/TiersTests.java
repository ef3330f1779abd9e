package org.perfdesk.evaluation.common;

import org.perfdesk.consistency.Direction;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.perfdesk.evaluation.common.PerPointDeductionTests.rate;

class TiersTests {

	static Tiers.Tier tier(String bound, String points) {
		return new Tiers.Tier(new BigDecimal(bound), new BigDecimal(points));
	}

	/** 预算控制率: 0% → 5, ≤ 10% → 4, ≤ 20% → 3, ≤ 30% → 2, otherwise 0. */
	private final Tiers control = new Tiers(List.of(tier("0", "5"), tier("10", "4"), tier("20", "3"), tier("30", "2")),
			BigDecimal.ZERO);

	@ParameterizedTest(name = "{0}% → {1}")
	@CsvSource(textBlock = """
			0,     5.00
			0.01,  4.00
			10,    4.00
			10.01, 3.00
			30,    2.00
			30.01, 0.00
			""")
	void theFirstTierReachedCounts(String percent, String expected) {
		assertThat(control.score(BigDecimal.valueOf(5), Direction.NEGATIVE, rate(percent)).score())
			.hasToString(expected);
	}

	@Test
	void theExplanationNamesTheTier() {
		assertThat(control.score(BigDecimal.valueOf(5), Direction.NEGATIVE, rate("7.5")).explanation())
			.isEqualTo("a ÷ b = 7.5%，不高于 10%，得该档 4 分 = 4.00 分");
		assertThat(control.score(BigDecimal.valueOf(5), Direction.NEGATIVE, rate("42")).explanation())
			.isEqualTo("a ÷ b = 42%，高于最末一档 30%，得 0 分 = 0.00 分");
	}

	@Test
	void higherIsBetterTiersFall() {
		var procurement = new Tiers(List.of(tier("100", "5"), tier("90", "3.5")), new BigDecimal("1.25"));
		assertThat(procurement.problems(BigDecimal.valueOf(5), Direction.POSITIVE)).isEmpty();
		assertThat(procurement.score(BigDecimal.valueOf(5), Direction.POSITIVE, rate("95")).score())
			.hasToString("3.50");
		assertThat(procurement.score(BigDecimal.valueOf(5), Direction.POSITIVE, rate("80")).score())
			.hasToString("1.25");
	}

	@Test
	void tiersOutOfOrderAreRefusedNotSorted() {
		var swapped = new Tiers(List.of(tier("10", "4"), tier("0", "5")), BigDecimal.ZERO);
		assertThat(swapped.problems(BigDecimal.valueOf(5), Direction.NEGATIVE))
			.containsExactly("各档界限须按从小到大排列：第 2 档 0% 排在第 1 档 10% 之后", "后一档得分不能高于前一档：第 2 档 5 分高于第 1 档 4 分");
		assertThat(control.problems(BigDecimal.valueOf(5), Direction.POSITIVE)).first()
			.asString()
			.startsWith("各档界限须按从大到小排列");
	}

	@Test
	void pointsAboveTheWeightOrAnEmptyTableAreRefused() {
		assertThat(control.problems(BigDecimal.valueOf(4), Direction.NEGATIVE)).contains("第 1 档得分须在 0 到分值 4 之间，当前为 5");
		assertThat(new Tiers(List.of(), BigDecimal.ZERO).problems(BigDecimal.ONE, Direction.NEGATIVE))
			.containsExactly("分档计分至少需要一档");
		assertThat(
				new Tiers(List.of(tier("0", "5")), BigDecimal.TEN).problems(BigDecimal.valueOf(5), Direction.NEGATIVE))
			.containsExactly("未达任何一档时的得分须在 0 到最后一档得分 5 之间");
	}

}
