package org.perfdesk.targets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.perfdesk.DemoYear;
import org.perfdesk.IntegrationTest;
import org.perfdesk.budget.Project;
import org.perfdesk.budget.ProjectManagement;
import org.perfdesk.indicator.IndicatorSubcategory;
import org.perfdesk.review.ReviewDecision;
import org.perfdesk.review.ReviewLevel;
import org.perfdesk.shared.Amount;
import org.perfdesk.shared.ConcurrentChange;
import org.perfdesk.shared.FiscalYear;
import org.perfdesk.shared.Grade;
import org.perfdesk.shared.RecordNotFound;
import org.perfdesk.shared.RuleViolation;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

@IntegrationTest
@Transactional
class TargetWorkflowTests {

	@Autowired
	TargetManagement targets;

	@Autowired
	ProjectManagement projects;

	@Autowired
	JdbcClient jdbc;

	TargetFixtures fx;

	int year = DemoYear.current();

	@BeforeEach
	void fixtures() {
		fx = new TargetFixtures(jdbc);
	}

	private PerformanceTarget declared(String code) {
		Project p = fx.newProject(projects, code, year, "12.5");
		return targets.declareProject(fx.filler(), p.id(), TargetFixtures.good(p, targets.schemeFor(year)));
	}

	private long count(String table) {
		return jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

	@Test
	void theDemoHasATargetForEveryProjectAndEveryStatusInTheCurrentYear() {
		long projectsWithout = jdbc
			.sql("select count(*) from budget_project p where not exists (select 1 from "
					+ "target_performance_target t where t.project_id = p.id and t.is_current = true)")
			.query(Long.class)
			.single();
		assertThat(projectsWithout).isZero();
		List<String> current = jdbc
			.sql("select distinct status from target_performance_target where fiscal_year = :y "
					+ "and is_current = true")
			.param("y", year)
			.query(String.class)
			.list();
		assertThat(current).contains("DRAFT", "SUBMITTED", "DEPARTMENT_APPROVED", "APPROVED", "RETURNED");
		List<String> previous = jdbc
			.sql("select distinct status from target_performance_target where fiscal_year = :y "
					+ "and kind = 'PROJECT'")
			.param("y", year - 1)
			.query(String.class)
			.list();
		assertThat(previous).containsExactly("APPROVED");
		assertThat(jdbc.sql("select max(revision) from target_performance_target where fiscal_year = :y")
			.param("y", year - 1)
			.query(Integer.class)
			.single()).isEqualTo(2);
		assertThat(jdbc.sql("select count(*) from target_performance_target where kind = 'DEPARTMENT'")
			.query(Long.class)
			.single()).isGreaterThanOrEqualTo(3);
	}

	@Test
	void aTargetWalksFromDraftThroughBothReviewsToApprovedAndIsThenLocked() {
		PerformanceTarget t = declared("WF-OK-1");
		assertThat(t.status()).isEqualTo(TargetStatus.DRAFT);
		assertThat(t.content().indicators()).hasSize(7);
		assertThat(t.content().annualFunds()).isEqualTo(Amount.ofWan(new BigDecimal("12.5")));

		t = targets.submit(fx.filler(), t.id(), t.version());
		assertThat(t.status()).isEqualTo(TargetStatus.SUBMITTED);
		long id = t.id();
		int submittedVersion = t.version();
		assertThatThrownBy(
				() -> targets.review(fx.finance(), id, submittedVersion, TargetFixtures.approve(Grade.GOOD), "财政"))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> targets.review(fx.womenReviewer(), id, submittedVersion,
				TargetFixtures.approve(Grade.GOOD), "妇联"))
			.isInstanceOf(RecordNotFound.class);

		t = targets.review(fx.reviewer(), id, t.version(), TargetFixtures.approve(Grade.EXCELLENT), "张审核");
		assertThat(t.status()).isEqualTo(TargetStatus.DEPARTMENT_APPROVED);
		t = targets.review(fx.finance(), id, t.version(), TargetFixtures.approve(Grade.GOOD), "李审核");
		assertThat(t.status()).isEqualTo(TargetStatus.APPROVED);

		PerformanceTarget approved = t;
		assertThatThrownBy(() -> targets.revise(fx.filler(), id, approved.version(), approved.content()))
			.isInstanceOf(RuleViolation.class)
			.hasMessageContaining("调整");
		assertThat(targets.reviews(fx.filler(), id)).extracting(Review::level)
			.containsExactly(ReviewLevel.FINANCE, ReviewLevel.DEPARTMENT);
		assertThat(
				jdbc.sql("select action from audit_entry where record_type = 'TARGET' and record_id = :id order by id")
					.param("id", id)
					.query(String.class)
					.list())
			.containsExactly("CREATE", "SUBMIT", "APPROVE", "APPROVE");
	}

	@Test
	void anAdjustmentIsANewVersionAndTheApprovedOneStaysReadable() {
		PerformanceTarget t = declared("WF-ADJ-1");
		t = targets.submit(fx.filler(), t.id(), t.version());
		t = targets.review(fx.reviewer(), t.id(), t.version(), TargetFixtures.approve(Grade.GOOD), "张审核");
		t = targets.review(fx.finance(), t.id(), t.version(), TargetFixtures.approve(Grade.GOOD), "李审核");
		long approvedId = t.id();
		int v = t.version();
		assertThatThrownBy(() -> targets.adjust(fx.filler(), approvedId, v, "  ")).isInstanceOf(RuleViolation.class);

		PerformanceTarget adjusted = targets.adjust(fx.filler(), approvedId, v, "预算追加 2 万元，培训人数相应增加");
		assertThat(adjusted.revision()).isEqualTo(2);
		assertThat(adjusted.status()).isEqualTo(TargetStatus.DRAFT);
		assertThat(adjusted.content().indicators()).hasSameSizeAs(t.content().indicators());
		PerformanceTarget old = targets.find(fx.filler(), approvedId);
		assertThat(old.status()).isEqualTo(TargetStatus.APPROVED);
		assertThat(old.current()).isFalse();
		assertThat(targets.versions(fx.filler(), adjusted.id())).extracting(PerformanceTarget::revision)
			.containsExactly(1, 2);
		assertThat(targets.ofProject(fx.filler(), projects.find(fx.filler(), t.projectId())).orElseThrow().id())
			.isEqualTo(adjusted.id());
		assertThatThrownBy(() -> targets.adjust(fx.filler(), approvedId, old.version(), "再次调整"))
			.isInstanceOf(RuleViolation.class);
	}

	@Test
	void theFinanceBureauStartsAnAdjustmentOfTheCurrentApprovedVersionOnly() {
		PerformanceTarget t = declared("WF-ADJ-2");
		long draftId = t.id();
		assertThatThrownBy(() -> targets.startAdjustment(fx.finance(), draftId, "绩效运行监控：调整"))
			.isInstanceOf(RuleViolation.class)
			.hasMessageContaining("只有已批复的当前版本可以调整");
		t = targets.submit(fx.filler(), t.id(), t.version());
		t = targets.review(fx.reviewer(), t.id(), t.version(), TargetFixtures.approve(Grade.GOOD), "张审核");
		t = targets.review(fx.finance(), t.id(), t.version(), TargetFixtures.approve(Grade.GOOD), "李审核");
		long approvedId = t.id();
		assertThatThrownBy(() -> targets.startAdjustment(fx.filler(), approvedId, "调整"))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> targets.startAdjustment(fx.reviewer(), approvedId, "调整"))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> targets.startAdjustment(fx.finance(), approvedId, " "))
			.isInstanceOf(RuleViolation.class)
			.hasMessageContaining("请填写调整原因");

		PerformanceTarget adjusted = targets.startAdjustment(fx.finance(), approvedId, "绩效运行监控（2026 年 1–7 月）：请调整");
		assertThat(adjusted.revision()).isEqualTo(2);
		assertThat(adjusted.status()).isEqualTo(TargetStatus.DRAFT);
		assertThat(adjusted.adjustmentReason()).isEqualTo("绩效运行监控（2026 年 1–7 月）：请调整");
		assertThat(targets.find(fx.filler(), approvedId).current()).isFalse();
		assertThat(targets.find(fx.filler(), approvedId).status()).isEqualTo(TargetStatus.APPROVED);
		// the filler edits and resubmits it as usual
		PerformanceTarget revised = targets.revise(fx.filler(), adjusted.id(), adjusted.version(), adjusted.content());
		assertThat(targets.submit(fx.filler(), revised.id(), revised.version()).status())
			.isEqualTo(TargetStatus.SUBMITTED);
		assertThatThrownBy(() -> targets.startAdjustment(fx.finance(), approvedId, "再次调整"))
			.isInstanceOf(RuleViolation.class)
			.hasMessageContaining("已被调整后的新版本取代");
	}

	@Test
	void aReturnNeedsAnOpinionAndSendsTheTargetBackToTheFiller() {
		PerformanceTarget t = targets.submit(fx.filler(), declared("WF-RET-1").id(), 0);
		long id = t.id();
		int v = t.version();
		assertThatThrownBy(() -> targets.review(fx.reviewer(), id, v, TargetFixtures.returnWith(" "), "张审核"))
			.isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.errors()).containsKey("opinion"));
		var missingGrades = new ReviewInput(ReviewDecision.APPROVE, "", null, Grade.GOOD, null, Grade.GOOD);
		assertThatThrownBy(() -> targets.review(fx.reviewer(), id, v, missingGrades, "张审核")).isInstanceOfSatisfying(
				RuleViolation.class, e -> assertThat(e.errors()).containsKeys("completeness", "appropriateness"));
		assertThatThrownBy(() -> targets.review(fx.reviewer(), id, v, TargetFixtures.approve(Grade.FAIR), "张审核"))
			.isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.errors().get("decision")).contains("中"));

		t = targets.review(fx.reviewer(), id, v, TargetFixtures.returnWith("数量指标偏低，请对照上年完成值调整。"), "张审核");
		assertThat(t.status()).isEqualTo(TargetStatus.RETURNED);
		assertThat(targets.reviews(fx.filler(), id).get(0).opinion()).isEqualTo("数量指标偏低，请对照上年完成值调整。");
		t = targets.revise(fx.filler(), id, t.version(), t.content());
		t = targets.submit(fx.filler(), id, t.version());
		assertThat(t.status()).isEqualTo(TargetStatus.SUBMITTED);
	}

	@Test
	void badInputIsRefusedFieldByFieldAndNothingIsSaved() {
		Project p = fx.newProject(projects, "WF-BAD-1", year, "10");
		TargetContent good = TargetFixtures.good(p, targets.schemeFor(year));
		long targetsBefore = count("target_performance_target");
		long indicatorsBefore = count("target_indicator");

		Map<String, String> goingDown = refused(p,
				TargetFixtures.withPlan(good, new SpendingPlan(BigDecimal.valueOf(40), BigDecimal.valueOf(30),
						BigDecimal.valueOf(80), BigDecimal.valueOf(100))));
		assertThat(goingDown.get("planJune")).contains("不能减少");
		Map<String, String> below = refused(p, TargetFixtures.withPlan(good, new SpendingPlan(BigDecimal.TEN,
				BigDecimal.valueOf(20), BigDecimal.valueOf(30), BigDecimal.valueOf(90))));
		assertThat(below.get("planDecember")).contains("100%");
		Map<String, String> funds = refused(p,
				TargetFixtures.withFunds(good, Amount.ofWan(BigDecimal.valueOf(8)), Amount.ofWan(BigDecimal.ONE)));
		assertThat(funds.get("fiscalFunds")).contains("9").contains("10").contains("不一致");
		List<Indicator> negative = new ArrayList<>(good.indicators());
		Indicator first = negative.get(0);
		negative.set(0, new Indicator(first.subcategory(), first.name(), first.explanation(), first.value(),
				first.basis(), BigDecimal.valueOf(-5), first.scoringRule(), false, "", null));
		assertThat(refused(p, TargetFixtures.withIndicators(good, negative)).get("indicators[0].weight"))
			.contains("负数");
		Map<String, String> huge = refused(p, TargetFixtures.withObjective(good, "很".repeat(10 * 1024 * 1024)));
		assertThat(huge.get("annualObjective")).contains("过长").contains("5000");
		List<Indicator> outside = new ArrayList<>(good.indicators());
		outside.add(TargetFixtures.row(IndicatorSubcategory.SUSTAINABILITY, "长效机制", "效果明显", 0, year));
		assertThat(refused(p, TargetFixtures.withIndicators(good, outside))).containsKey("indicators[7].subcategory");

		assertThat(count("target_performance_target")).isEqualTo(targetsBefore);
		assertThat(count("target_indicator")).isEqualTo(indicatorsBefore);
	}

	@Test
	void invisibleControlCharactersAreRefusedInTheTextsAndNothingIsSaved() {
		Project p = fx.newProject(projects, "WF-CTL-1", year, "10");
		TargetContent good = TargetFixtures.good(p, targets.schemeFor(year));
		long targetsBefore = count("target_performance_target");
		assertThat(refused(p, TargetFixtures.withObjective(good, "年内完成\u0000培训")).get("annualObjective"))
			.isEqualTo("年度目标含有不可见的控制字符，请删除后再保存");
		List<Indicator> rows = new ArrayList<>(good.indicators());
		Indicator first = rows.get(0);
		rows.set(0, new Indicator(first.subcategory(), "项目\u001b总成本", "第一行\n第二行\u0085", first.value(), first.basis(),
				first.weight(), first.scoringRule(), false, "台账\n名册", null));
		Map<String, String> errors = refused(p, TargetFixtures.withIndicators(good, rows));
		assertThat(errors).containsEntry("indicators[0].name", "第 1 行指标的三级指标名称含有不可见的控制字符，请删除后再保存")
			.containsEntry("indicators[0].explanation", "第 1 行指标的指标解释含有不可见的控制字符，请删除后再保存")
			.containsEntry("indicators[0].dataSource", "第 1 行指标的数据来源含有不可见的控制字符，请删除后再保存");
		assertThat(count("target_performance_target")).isEqualTo(targetsBefore);

		// line breaks stay allowed where the form has a text area
		PerformanceTarget t = targets.declareProject(fx.filler(), p.id(),
				TargetFixtures.withObjective(good, "一、完成志愿者骨干培训；\n二、常态化开展社区志愿服务。"));
		PerformanceTarget submitted = targets.submit(fx.filler(), t.id(), t.version());
		assertThatThrownBy(() -> targets.review(fx.reviewer(), t.id(), submitted.version(),
				TargetFixtures.returnWith("请补充\u0000数量指标"), "张审核"))
			.isInstanceOfSatisfying(RuleViolation.class,
					e -> assertThat(e.errors()).containsEntry("opinion", "审核意见含有不可见的控制字符，请删除后再保存"));
	}

	private Map<String, String> refused(Project p, TargetContent content) {
		try {
			targets.declareProject(fx.filler(), p.id(), content);
		}
		catch (RuleViolation e) {
			return e.errors();
		}
		throw new AssertionError("expected the target to be refused");
	}

	@Test
	void theSecondOfTwoSavesOnTheSameVersionIsRefusedAndTheFirstIsKept() {
		PerformanceTarget t = declared("WF-LOCK-1");
		TargetContent mine = TargetFixtures.withObjective(t.content(), "第一位填报人的年度目标");
		TargetContent theirs = TargetFixtures.withObjective(t.content(), "第二位填报人的年度目标");
		targets.revise(fx.filler(), t.id(), t.version(), mine);
		long id = t.id();
		int stale = t.version();
		assertThatThrownBy(() -> targets.revise(fx.filler(), id, stale, theirs)).isInstanceOf(ConcurrentChange.class);
		assertThat(targets.find(fx.filler(), id).content().annualObjective()).isEqualTo("第一位填报人的年度目标");
		assertThatThrownBy(() -> targets.submit(fx.filler(), id, stale)).isInstanceOf(ConcurrentChange.class);
	}

	@Test
	void submissionIsBlockedWhileTheQualityRulesFindErrors() {
		PerformanceTarget t = declared("WF-RULE-1");
		List<Indicator> noSatisfaction = t.content()
			.indicators()
			.stream()
			.filter(i -> i.subcategory() != IndicatorSubcategory.SERVICE_SATISFACTION)
			.toList();
		t = targets.revise(fx.filler(), t.id(), t.version(),
				TargetFixtures.withIndicators(t.content(), noSatisfaction));
		long id = t.id();
		int v = t.version();
		assertThat(targets.findings(fx.filler(), t))
			.anySatisfy(f -> assertThat(f.severity().name()).isEqualTo("ERROR"));
		assertThatThrownBy(() -> targets.submit(fx.filler(), id, v)).isInstanceOfSatisfying(RuleViolation.class,
				e -> assertThat(e.errors()).containsKey("findings"));
		assertThat(targets.find(fx.filler(), id).status()).isEqualTo(TargetStatus.DRAFT);
	}

	@Autowired
	org.perfdesk.indicator.IndicatorCatalogue catalogue;

	@Autowired
	org.perfdesk.indicator.SchemeSettings schemes;

	@Test
	void anIndicatorTakenFromTheCatalogueCountsAsAUseOfTheEntry() {
		var entry = catalogue.search(fx.filler(), "服务对象满意度", null, null).get(0);
		long before = entry.usage();
		Project p = fx.newProject(projects, "WF-CAT-1", year, "12.5");
		TargetContent good = TargetFixtures.good(p, targets.schemeFor(year));
		List<Indicator> rows = new ArrayList<>(good.indicators());
		Indicator last = rows.remove(rows.size() - 1);
		rows.add(new Indicator(last.subcategory(), entry.entry().name(), entry.entry().explanation(), last.value(),
				last.basis(), last.weight(), entry.entry().scoringRule(), false, "", entry.entry().id()));
		targets.declareProject(fx.filler(), p.id(), TargetFixtures.withIndicators(good, rows));
		assertThat(catalogue.search(fx.filler(), "服务对象满意度", null, null)
			.stream()
			.filter(r -> r.entry().id() == entry.entry().id())
			.findFirst()
			.orElseThrow()
			.usage()).isEqualTo(before + 1);
	}

	@Test
	void aYearsTargetsAreWrittenInTheSchemeTheFinanceBureauChose() {
		int later = year + 1;
		schemes.choose(fx.finance(), later, org.perfdesk.indicator.IndicatorScheme.CLASSIC_2015);
		assertThat(targets.schemeFor(later)).isEqualTo(org.perfdesk.indicator.IndicatorScheme.CLASSIC_2015);
		Project p = fx.newProject(projects, "WF-SCH-1", later, "12.5");
		PerformanceTarget t = targets.declareProject(fx.filler(), p.id(),
				TargetFixtures.good(p, targets.schemeFor(later)));
		assertThat(t.content().scheme()).isEqualTo(org.perfdesk.indicator.IndicatorScheme.CLASSIC_2015);
		// the cost row was placed under 产出 as the 2015 scheme wants it
		assertThat(t.content().indicators())
			.anySatisfy(i -> assertThat(i.subcategory()).isEqualTo(IndicatorSubcategory.OUTPUT_COST));
		assertThat(targets.findings(fx.filler(), t))
			.noneSatisfy(f -> assertThat(f.severity().name()).isEqualTo("ERROR"));
	}

	@Test
	void onlyTheUnitsFillerDeclaresAndOthersCannotEvenSeeIt() {
		PerformanceTarget t = declared("WF-SCOPE-1");
		assertThatThrownBy(() -> targets.find(fx.fillerOf("202"), t.id())).isInstanceOf(RecordNotFound.class);
		assertThatThrownBy(() -> targets.find(fx.fillerOf("201001"), t.id())).isInstanceOf(RecordNotFound.class);
		assertThat(targets.find(fx.reviewer(), t.id()).id()).isEqualTo(t.id());
		assertThat(targets.find(fx.finance(), t.id()).id()).isEqualTo(t.id());
		assertThatThrownBy(() -> targets.revise(fx.reviewer(), t.id(), t.version(), t.content()))
			.isInstanceOf(AccessDeniedException.class);
		Project p = fx.newProject(projects, "WF-SCOPE-2", year, "10");
		assertThatThrownBy(() -> targets.declareProject(fx.fillerOf("202"), p.id(), t.content()))
			.isInstanceOf(RecordNotFound.class);
		assertThatThrownBy(() -> targets.declareProject(fx.filler(), t.projectId(), t.content()))
			.isInstanceOf(RuleViolation.class)
			.hasMessageContaining("已有绩效目标");
		assertThatThrownBy(() -> targets.declareDepartment(fx.fillerOf("201001"), fx.unit("201001"),
				FiscalYear.of(year), t.content()))
			.isInstanceOf(RuleViolation.class);
	}

}
