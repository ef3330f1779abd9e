package org.perfdesk.indicator;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.perfdesk.IntegrationTest;
import org.perfdesk.org.DataScope;
import org.perfdesk.org.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The standard catalogue shipped by the migration (财政通用指标库): large enough to write a
 * youth-league target from, covering every level-2 category of both schemes, and written
 * to the same rules a keeper's own entry must follow.
 */
@IntegrationTest
class CatalogueContentTests {

	static final List<String> YOUTH_LEAGUE_TOPICS = List.of("思想引领", "志愿服务", "青少年权益", "就业创业", "基层团建", "少先队", "宣传", "培训");

	@Autowired
	IndicatorCatalogue catalogue;

	@Autowired
	JdbcClient jdbc;

	List<CatalogueEntry> common;

	@BeforeEach
	void readTheCommonLibrary() {
		// an administrator reads the common library only, so this is exactly the shipped
		// catalogue
		long bureau = jdbc.sql("select id from org_unit where code = '100'").query(Long.class).single();
		DataScope administrator = new DataScope(Role.ADMINISTRATOR, bureau, false, java.util.Set.of());
		common = catalogue.search(administrator, null, null, null, 10_000).stream().map(CatalogueRow::entry).toList();
	}

	@Test
	void shipsAtLeastNinetyActiveEntriesInTheCommonLibrary() {
		assertThat(common).hasSizeGreaterThanOrEqualTo(90)
			.allMatch(CatalogueEntry::active)
			.allMatch(CatalogueEntry::inCommonLibrary);
		assertThat(jdbc.sql("select count(*) from indicator_catalogue_entry where owner_unit_id is null and active")
			.query(Long.class)
			.single()).isEqualTo(common.size());
	}

	@Test
	void everyYouthLeagueTopicHasAtLeastEightEntries() {
		Map<String, Long> perTopic = common.stream()
			.collect(Collectors.groupingBy(CatalogueEntry::topic, Collectors.counting()));
		for (String topic : YOUTH_LEAGUE_TOPICS) {
			assertThat(perTopic.getOrDefault(topic, 0L)).as(topic).isGreaterThanOrEqualTo(8);
		}
		assertThat(perTopic.keySet()).isSubsetOf(CatalogueEntry.TOPICS);
	}

	@ParameterizedTest
	@EnumSource(IndicatorScheme.class)
	void everyLevelTwoOfEachSchemeHasAnEntryOncePlaced(IndicatorScheme scheme) {
		Map<IndicatorSubcategory, Long> placed = common.stream()
			.collect(Collectors.groupingBy(e -> scheme.place(e.subcategory()), Collectors.counting()));
		for (IndicatorSubcategory sub : scheme.subcategories()) {
			assertThat(placed.getOrDefault(sub, 0L)).as(scheme + " " + sub.label()).isPositive();
		}
		assertThat(placed.keySet()).isSubsetOf(scheme.subcategories());
	}

	@Test
	void noTwoEntriesShareAName() {
		Map<String, Long> names = common.stream()
			.collect(Collectors.groupingBy(CatalogueEntry::name, Collectors.counting()));
		assertThat(names).allSatisfy((name, count) -> assertThat(count).as(name).isEqualTo(1));
	}

	@Test
	void everyEntryFollowsTheRulesOfAnAddedOneAndSaysHowItIsMeasuredAndScored() {
		for (CatalogueEntry e : common) {
			var draft = new CatalogueDraft(e.subcategory().name(), e.topic(), e.name(), e.explanation(),
					e.comparison().name(), e.unit(), e.suggestedValue(), e.scoringRule(), e.dataSource());
			assertThat(draft.problems()).as(e.name()).isEmpty();
			assertThat(e.explanation()).as(e.name()).hasSizeGreaterThan(15);
			assertThat(e.scoringRule()).as(e.name()).isNotBlank().containsAnyOf("÷", "×", "扣", "得满分");
			assertThat(e.dataSource()).as(e.name()).isNotBlank();
			assertThat(e.suggestedValue()).as(e.name()).isNotBlank();
		}
	}

	@Test
	void unitsFitTheKindOfIndicator() {
		for (CatalogueEntry e : common) {
			if (e.subcategory() == IndicatorSubcategory.SERVICE_SATISFACTION) {
				// a satisfaction target is a share of those asked, and 100% is no target
				// (domain.md D10)
				assertThat(e.unit()).as(e.name()).isEqualTo("%");
				assertThat(e.suggestedValue()).as(e.name()).startsWith("≥").doesNotContain("100");
			}
			if (e.subcategory() == IndicatorSubcategory.QUANTITY || e.subcategory() == IndicatorSubcategory.QUALITY) {
				// money spent is an input, not an output (domain.md D2)
				assertThat(e.unit()).as(e.name()).isNotEqualTo("万元").isNotEqualTo("元");
			}
			if (e.subcategory() == IndicatorSubcategory.QUANTITY) {
				assertThat(e.unit()).as(e.name()).isNotEmpty().isNotEqualTo("%");
			}
			if (e.subcategory().isCost() && e.comparison() != Comparison.QUALITATIVE) {
				// a cost is kept under a ceiling (≤), or at none at all (=0起)
				assertThat(e.comparison()).as(e.name()).isIn(Comparison.AT_MOST, Comparison.EQUAL);
			}
			if (e.comparison() == Comparison.QUALITATIVE) {
				assertThat(e.unit()).as(e.name()).isEmpty();
			}
		}
	}

	@Test
	void theCommonIndicatorsOfEveryProjectAreThere() {
		Map<String, CatalogueEntry> byName = common.stream()
			.collect(Collectors.toMap(CatalogueEntry::name, Function.identity()));
		assertThat(byName).containsKeys("预算执行率", "资金到位率", "政府采购执行率", "项目完成及时率", "项目成本控制率", "服务对象人均成本", "服务对象满意度",
				"社会公众满意度", "档案资料归档率", "活动目标人群覆盖率");
		assertThat(byName.get("服务对象人均成本").unit()).isEqualTo("元/人");
		assertThat(byName.get("项目总成本").unit()).isEqualTo("万元");
		assertThat(byName.get("项目完成及时率").subcategory()).isEqualTo(IndicatorSubcategory.TIMELINESS);
	}

}
