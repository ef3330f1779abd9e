package org.perfdesk.targets.quality;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class TextSimilarityTests {

	@Test
	void theSameWordingIsOne() {
		assertThat(TextSimilarity.dice("组织各级团组织发动青年开展活动", "组织各级团组织发动青年开展活动")).isEqualTo(1.0);
	}

	@Test
	void ignoresNumberingBlanksAndPunctuation() {
		assertThat(TextSimilarity.dice("1.做好青年发展 工作；", "（一）做好青年发展工作")).isEqualTo(1.0);
		assertThat(TextSimilarity.normalise("2、开展纪念五四活动。")).isEqualTo("开展纪念五四活动");
	}

	@Test
	void countsSharedCharacterPairs() {
		// 组织宣传活动 shares all its 5 pairs with 组织宣传活动次数 (7 pairs): 2×5 / (5+7)
		assertThat(TextSimilarity.dice("组织宣传活动次数", "组织宣传活动")).isCloseTo(10.0 / 12, within(1e-9));
	}

	@Test
	void unrelatedOrEmptyTextIsZero() {
		assertThat(TextSimilarity.dice("人均培训成本", "参训青年满意度")).isZero();
		assertThat(TextSimilarity.dice("", "参训青年满意度")).isZero();
		assertThat(TextSimilarity.dice(null, null)).isZero();
	}

	@Test
	void isSymmetricAndSingleCharactersCompare() {
		assertThat(TextSimilarity.dice("青年志愿服务活动", "志愿服务")).isEqualTo(TextSimilarity.dice("志愿服务", "青年志愿服务活动"));
		assertThat(TextSimilarity.dice("团", "团")).isEqualTo(1.0);
		assertThat(TextSimilarity.dice("团", "队")).isZero();
	}

	@Test
	void splitsAnObjectiveIntoItsItems() {
		assertThat(TextSimilarity.sentences("1.开展慰问孤寡老人、\n2.开展纪念五四活动\n3.贫困学子活动和学雷锋活动；完成全年任务。"))
			.containsExactly("开展慰问孤寡老人、", "开展纪念五四活动", "贫困学子活动和学雷锋活动", "完成全年任务");
	}

}
