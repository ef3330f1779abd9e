package org.perfdesk.indicator;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.perfdesk.IntegrationTest;
import org.perfdesk.org.CurrentUser;
import org.perfdesk.org.DataScope;
import org.perfdesk.shared.ConcurrentChange;
import org.perfdesk.shared.RecordNotFound;
import org.perfdesk.shared.RuleViolation;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Who reads which library, how words and categories narrow the search, and who keeps
 * which library.
 */
@IntegrationTest
@Transactional
class CatalogueSearchTests {

	@Autowired
	IndicatorCatalogue catalogue;

	@Autowired
	CatalogueRepository repository;

	@Autowired
	org.perfdesk.org.OrgDirectory directory;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	CurrentUser currentUser;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void everyWordMustMatchTheNameTheExplanationOrTheTopic() {
		DataScope filler = as("filler");
		List<CatalogueRow> hotline = catalogue.search(filler, "12355", null, null);
		assertThat(hotline).isNotEmpty().allSatisfy(r -> assertThat(text(r)).contains("12355"));
		List<CatalogueRow> both = catalogue.search(filler, "满意度  志愿", null, null);
		assertThat(both).isNotEmpty().allSatisfy(r -> assertThat(text(r)).contains("满意度").contains("志愿"));
		assertThat(both.size()).isLessThan(catalogue.search(filler, "满意度", null, null).size());
		// the topic counts as text: 少先队 finds every entry of that topic
		long pioneers = jdbc.sql("select count(*) from indicator_catalogue_entry where topic = '少先队' and active")
			.query(Long.class)
			.single();
		assertThat(catalogue.search(filler, "少先队", null, null).stream().filter(r -> r.entry().topic().equals("少先队")))
			.hasSize((int) pioneers);
		assertThat(catalogue.search(filler, "满意度 没有这种说法", null, null)).isEmpty();
	}

	@Test
	void wildcardsAreTakenLiterallyAndCaseDoesNotMatter() {
		DataScope reviewer = as("reviewer");
		// "%" finds the texts that contain a per cent sign, not everything
		List<CatalogueRow> percent = catalogue.search(reviewer, "%", null, null);
		assertThat(percent).isNotEmpty().allSatisfy(r -> assertThat(text(r)).contains("%"));
		assertThat(percent.size()).isLessThan(catalogue.search(reviewer, null, null, null).size());
		assertThat(catalogue.search(reviewer, "_", null, null)).isEmpty();
		assertThat(catalogue.search(reviewer, "满意\\度", null, null)).isEmpty();
		catalogue.add(reviewer, entry("青年之家APP注册用户数", "QUANTITY"));
		assertThat(catalogue.search(reviewer, "app", null, null)).extracting(r -> r.entry().name())
			.containsExactly("青年之家APP注册用户数");
		assertThat(catalogue.search(reviewer, "ａｐｐ", null, null)).hasSize(1);
	}

	@Test
	void narrowsByLevelOneOrLevelTwo() {
		DataScope filler = as("filler");
		List<CatalogueRow> costs = catalogue.search(filler, null, null, IndicatorCategory.COST);
		assertThat(costs).isNotEmpty().allMatch(r -> r.entry().category() == IndicatorCategory.COST);
		List<CatalogueRow> satisfaction = catalogue.search(filler, "志愿", IndicatorSubcategory.SERVICE_SATISFACTION,
				null);
		assertThat(satisfaction).isNotEmpty()
			.allMatch(r -> r.entry().subcategory() == IndicatorSubcategory.SERVICE_SATISFACTION);
		// a level 2 outside the chosen level 1 finds nothing rather than ignoring one of
		// the two
		assertThat(catalogue.search(filler, null, IndicatorSubcategory.QUANTITY, IndicatorCategory.COST)).isEmpty();
		// the forms' order: cost rows before output rows before benefit rows before
		// satisfaction rows
		List<Integer> order = catalogue.search(filler, null, null, null)
			.stream()
			.map(r -> r.entry().subcategory().ordinal())
			.toList();
		assertThat(order).isSorted();
		assertThat(catalogue.search(filler, null, null, null, 5)).hasSize(5);
	}

	@Test
	void aDepartmentsLibraryIsReadByItsOwnUnitsOnlyAndTheCommonOneByEveryone() {
		CatalogueEntry league = catalogue.add(as("reviewer"), entry("青年突击队组建数", "QUANTITY"));
		assertThat(league.ownerUnitId()).isEqualTo(unitId("201"));
		CatalogueEntry common = catalogue.add(as("finance"), entry("青年人才公寓入住率", "QUALITY"));
		assertThat(common.inCommonLibrary()).isTrue();

		// 市妇联's filler: the common library, not 团市委's
		assertThat(names(as("filler2"), "青年")).contains("青年人才公寓入住率").doesNotContain("青年突击队组建数");
		assertThatThrownBy(() -> catalogue.find(as("filler2"), league.id())).isInstanceOf(RecordNotFound.class);
		// 团市委's own filler and a unit under 团市委 read both
		assertThat(names(as("filler"), "青年")).contains("青年人才公寓入住率", "青年突击队组建数");
		assertThat(names(as("palace"), "青年")).contains("青年突击队组建数");
		// the bureau reads every library; the administrator the common one
		assertThat(names(as("finance"), "青年突击队")).containsExactly("青年突击队组建数");
		assertThat(names(as("admin"), "青年")).contains("青年人才公寓入住率").doesNotContain("青年突击队组建数");

		CatalogueRow row = catalogue.search(as("reviewer"), "青年突击队", null, null).get(0);
		assertThat(row.library()).isEqualTo("共青团示例市委员会指标库");
		assertThat(row.maintainable()).isTrue();
		assertThat(catalogue.search(as("reviewer"), "青年人才公寓", null, null).get(0).maintainable()).isFalse();
	}

	@Test
	void onlyTheReviewersKeepALibraryAndAFillerIsRefused() {
		long before = count();
		assertThatThrownBy(() -> catalogue.add(as("filler"), entry("青年夜校开班数", "QUANTITY")))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> catalogue.add(as("admin"), entry("青年夜校开班数", "QUANTITY")))
			.isInstanceOf(AccessDeniedException.class);
		assertThat(count()).isEqualTo(before);
		assertThat(catalogue.keptLibrary(as("finance"))).contains(CatalogueLibrary.common());
		assertThat(catalogue.keptLibrary(as("reviewer")).orElseThrow().ownerUnitId()).isEqualTo(unitId("201"));
		assertThat(catalogue.keptLibrary(as("palace"))).isEmpty();
	}

	@Test
	void badInputIsRefusedFieldByFieldAndNothingIsSaved() {
		long before = count();
		var draft = new CatalogueDraft("OUTCOME", null, "", "", "ABOUT", "单".repeat(21), null, null, null);
		assertThatThrownBy(() -> catalogue.add(as("reviewer"), draft)).isInstanceOfSatisfying(RuleViolation.class,
				e -> assertThat(e.errors()).containsKeys("subcategory", "name", "explanation", "comparison", "unit")
					.containsEntry("name", "三级指标名称不能为空"));
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void aNameIsUsedOnceInALibraryAndNotRepeatedFromTheCommonOne() {
		DataScope reviewer = as("reviewer");
		catalogue.add(reviewer, entry("青年突击队组建数", "QUANTITY"));
		assertThatThrownBy(() -> catalogue.add(reviewer, entry("青年突击队组建数", "QUALITY"))).isInstanceOfSatisfying(
				RuleViolation.class,
				e -> assertThat(e.errors().get("name")).isEqualTo("共青团示例市委员会指标库中已有名为“青年突击队组建数”的指标"));
		assertThatThrownBy(() -> catalogue.add(reviewer, entry("预算执行率", "TIMELINESS"))).isInstanceOfSatisfying(
				RuleViolation.class, e -> assertThat(e.errors().get("name")).contains("财政通用指标库中已有名为“预算执行率”的指标"));
	}

	@Test
	void theKeeperRevisesWithOptimisticLockingAndTheChangeIsLogged() {
		DataScope reviewer = as("reviewer");
		CatalogueEntry added = catalogue.add(reviewer, entry("青年突击队组建数", "QUANTITY"));
		CatalogueEntry revised = catalogue.revise(reviewer, added.id(), added.version(), new CatalogueDraft("QUANTITY",
				"基层团建", "青年突击队组建数", "新组建并授旗的青年突击队个数。", "AT_LEAST", "支", "≥15支", "实际数÷指标值×分值，最高得满分。", "授旗文件"));
		assertThat(revised.version()).isEqualTo(added.version() + 1);
		assertThat(revised.unit()).isEqualTo("支");
		assertThatThrownBy(() -> catalogue.revise(reviewer, added.id(), added.version(), entry("青年突击队组建数", "QUANTITY")))
			.isInstanceOf(ConcurrentChange.class)
			.hasMessageContaining("已被他人修改");
		assertThat(jdbc.sql("select c.field || ':' || c.old_value || '>' || c.new_value from audit_field_change c join "
				+ "audit_entry e on e.id = c.entry_id where e.record_type = 'CATALOGUE_ENTRY' and e.record_id = :id and "
				+ "e.action = 'UPDATE'")
			.param("id", added.id())
			.query(String.class)
			.list()).contains("计量单位:个>支", "建议指标值:≥20个>≥15支");
		assertThat(jdbc
			.sql("select unit_id from audit_entry where record_type = 'CATALOGUE_ENTRY' and record_id = :id and "
					+ "action = 'CREATE'")
			.param("id", added.id())
			.query(Long.class)
			.single()).isEqualTo(unitId("201"));
	}

	@Test
	void onlyTheOwningSideRevisesOrDeactivates() {
		CatalogueEntry commonEntry = catalogue.search(as("reviewer"), "预算执行率", null, null).get(0).entry();
		assertThatThrownBy(() -> catalogue.revise(as("reviewer"), commonEntry.id(), commonEntry.version(),
				entry("预算执行率", "TIMELINESS")))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> catalogue.deactivate(as("reviewer"), commonEntry.id(), commonEntry.version()))
			.isInstanceOf(AccessDeniedException.class);
		CatalogueEntry league = catalogue.add(as("reviewer"), entry("青年突击队组建数", "QUANTITY"));
		// the bureau reads the department's library but does not keep it
		assertThatThrownBy(() -> catalogue.deactivate(as("finance"), league.id(), league.version()))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void aDeactivatedEntryLeavesTheSearchButStaysReadable() {
		DataScope finance = as("finance");
		CatalogueEntry entry = catalogue.search(finance, "档案资料归档率", null, null).get(0).entry();
		CatalogueEntry off = catalogue.deactivate(finance, entry.id(), entry.version());
		assertThat(off.active()).isFalse();
		assertThat(catalogue.search(finance, "档案资料归档率", null, null)).isEmpty();
		assertThat(catalogue.search(as("filler"), "档案资料归档率", null, null)).isEmpty();
		assertThat(catalogue.find(as("filler"), entry.id()).active()).isFalse();
		assertThatThrownBy(() -> catalogue.deactivate(finance, entry.id(), off.version()))
			.isInstanceOf(RuleViolation.class)
			.hasMessageContaining("已经停用");
		// a deactivated name may be written again
		assertThat(catalogue.add(finance, entry("档案资料归档率", "QUALITY")).active()).isTrue();
	}

	@Test
	void eachRowCarriesItsUsageFromWhoeverReportsIt() {
		DataScope filler = as("filler");
		List<CatalogueRow> rows = catalogue.search(filler, "满意度", null, null);
		assertThat(rows).isNotEmpty().allMatch(r -> r.usage() == 0);
		long first = rows.get(0).entry().id();
		long second = rows.get(1).entry().id();
		var beans = new StaticListableBeanFactory();
		beans.addBean("targets", (CatalogueUsage) () -> Map.of(first, 3L, second, 1L));
		beans.addBean("evaluations", (CatalogueUsage) () -> Map.of(first, 2L));
		var counted = new IndicatorCatalogue(repository, directory, beans.getBeanProvider(CatalogueUsage.class),
				events);
		Map<Long, Long> usage = counted.search(filler, "满意度", null, null)
			.stream()
			.collect(java.util.stream.Collectors.toMap(r -> r.entry().id(), CatalogueRow::usage));
		assertThat(usage).containsEntry(first, 5L).containsEntry(second, 1L);
		assertThat(usage.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(6);
	}

	@Test
	void thePickerOffersWhatTheSchemePlacesOnTheRow() {
		DataScope filler = as("filler");
		List<CatalogueRow> costs2021 = catalogue.pick(filler, null, IndicatorScheme.CORE_2021,
				IndicatorSubcategory.ECONOMIC_COST, 500);
		assertThat(costs2021).extracting(r -> r.entry().subcategory())
			.contains(IndicatorSubcategory.ECONOMIC_COST, IndicatorSubcategory.OUTPUT_COST)
			.doesNotContain(IndicatorSubcategory.SOCIAL_COST);
		List<CatalogueRow> costs2015 = catalogue.pick(filler, null, IndicatorScheme.CLASSIC_2015,
				IndicatorSubcategory.OUTPUT_COST, 500);
		assertThat(costs2015).extracting(r -> r.entry().subcategory())
			.contains(IndicatorSubcategory.OUTPUT_COST, IndicatorSubcategory.ECONOMIC_COST,
					IndicatorSubcategory.SOCIAL_COST, IndicatorSubcategory.ECOLOGICAL_COST);
		// 可持续影响 has no place of its own in 2021 and joins 社会效益
		assertThat(catalogue.pick(filler, null, IndicatorScheme.CORE_2021, IndicatorSubcategory.SOCIAL, 500))
			.extracting(r -> r.entry().subcategory())
			.contains(IndicatorSubcategory.SOCIAL, IndicatorSubcategory.SUSTAINABILITY);
	}

	private DataScope as(String username) {
		var details = users.loadUserByUsername(username);
		SecurityContextHolder.getContext()
			.setAuthentication(
					UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities()));
		return currentUser.scope();
	}

	private List<String> names(DataScope scope, String words) {
		return catalogue.search(scope, words, null, null).stream().map(r -> r.entry().name()).toList();
	}

	private static String text(CatalogueRow r) {
		return r.entry().name() + r.entry().explanation() + r.entry().topic();
	}

	private static CatalogueDraft entry(String name, String subcategory) {
		return new CatalogueDraft(subcategory, "基层团建", name, "统计口径：以年末登记数为准。", "AT_LEAST", "个", "≥20个",
				"实际数÷指标值×分值，最高得满分。", "工作台账");
	}

	private long count() {
		return jdbc.sql("select count(*) from indicator_catalogue_entry").query(Long.class).single();
	}

	private long unitId(String code) {
		return jdbc.sql("select id from org_unit where code = :c").param("c", code).query(Long.class).single();
	}

}
