package org.perfdesk.indicator;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The rules a catalogue entry's text must follow, whoever writes it: no Spring. */
class CatalogueDraftTests {

	static CatalogueDraft volunteerSites() {
		return new CatalogueDraft("QUANTITY", "志愿服务", "社区青年志愿服务站点数", "在社区设立并有人值守的青年志愿服务站点个数。", "AT_LEAST", "个", "≥20个",
				"实际个数÷指标值×分值，最高得满分。", "站点登记表");
	}

	@Test
	void aCompleteDraftHasNoProblem() {
		assertThat(volunteerSites().problems()).isEmpty();
	}

	@Test
	void reportsEveryMissingRequiredFieldAtOnce() {
		var problems = new CatalogueDraft(null, null, " ", null, null, null, null, null, null).problems();
		assertThat(problems).containsKeys("subcategory", "name", "explanation", "comparison");
		assertThat(problems.get("name")).isEqualTo("三级指标名称不能为空");
		assertThat(problems.get("explanation")).startsWith("指标解释不能为空");
	}

	@Test
	void refusesAnUnknownSubcategoryAndListsTheValidOnes() {
		var problems = draft("OUTCOME", "AT_LEAST", "个", "≥20个").problems();
		assertThat(problems.get("subcategory")).contains("“OUTCOME”无效").contains("QUANTITY 数量指标");
	}

	@Test
	void readsLevelsAndComparisonsAsUsersWriteThem() {
		assertThat(draft("数量指标", "≥", "个", "≥20个").problems()).isEmpty();
		assertThat(draft("service_satisfaction", ">=", "%", "≥90%").subcategoryValue())
			.isEqualTo(IndicatorSubcategory.SERVICE_SATISFACTION);
		assertThat(draft("QUANTITY", "不高于", "个", "≤20个").comparisonValue()).isEqualTo(Comparison.AT_MOST);
		assertThat(CatalogueDraft.parseCategory("满意度指标")).isEqualTo(IndicatorCategory.SATISFACTION);
		assertThat(CatalogueDraft.parseCategory("QUANTITY")).isNull();
	}

	@Test
	void limitsTheLengthOfEachText() {
		var problems = new CatalogueDraft("QUANTITY", "很".repeat(21), "名".repeat(101), "解".repeat(2001), "AT_LEAST",
				"单".repeat(21), "值".repeat(101), "评".repeat(2001), "源".repeat(2001))
			.problems();
		assertThat(problems.get("name")).isEqualTo("三级指标名称不能超过 100 个字（现有 101 个字）");
		assertThat(problems.get("topic")).contains("20");
		assertThat(problems.get("unit")).isEqualTo("计量单位不能超过 20 个字（现有 21 个字）");
		assertThat(problems.get("explanation")).contains("2000");
		assertThat(problems.get("suggestedValue")).contains("100");
		assertThat(problems.get("scoringRule")).contains("2000");
		assertThat(problems.get("dataSource")).contains("2000");
	}

	@Test
	void aLevelNameIsNotALevelThreeIndicator() {
		var draft = new CatalogueDraft("SOCIAL_COST", null, "社会成本指标", "说明", "QUALITATIVE", null, "无", null, null);
		assertThat(draft.problems().get("name")).contains("不能直接使用一级或二级指标的名称");
	}

	@Test
	void aQualitativeEntryHasNoUnit() {
		assertThat(draft("SOCIAL", "QUALITATIVE", "%", "明显提升").problems().get("unit")).isEqualTo("定性指标不填写计量单位");
		assertThat(draft("SOCIAL", "QUALITATIVE", "", "明显提升").problems()).isEmpty();
	}

	@Test
	void theSignOfTheSuggestedValueMatchesTheComparison() {
		assertThat(draft("QUALITY", "AT_MOST", "%", "≥95%").problems().get("suggestedValue"))
			.isEqualTo("建议指标值“≥95%”的比较符与指标性质“≤”不一致");
		assertThat(draft("QUALITY", "EQUAL", "%", "=100%").problems()).isEmpty();
		assertThat(draft("TIMELINESS", "AT_MOST", "", "12月底前").problems()).isEmpty();
	}

	@Test
	void aBlankTopicIsGeneral() {
		assertThat(draft("QUANTITY", "AT_LEAST", "个", "≥1个").topicOrGeneral()).isEqualTo("通用");
	}

	private static CatalogueDraft draft(String subcategory, String comparison, String unit, String value) {
		return new CatalogueDraft(subcategory, null, "某项指标", "统计口径说明。", comparison, unit, value, null, null);
	}

}
