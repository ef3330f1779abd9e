package org.perfdesk.evaluation.department;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.perfdesk.IntegrationTest;
import org.perfdesk.budget.FundSource;
import org.perfdesk.consistency.Finding;
import org.perfdesk.consistency.checks.AdjustmentReasonCheck;
import org.perfdesk.consistency.checks.RateCheck;
import org.perfdesk.consistency.checks.SumCheck;
import org.perfdesk.evaluation.EvaluationStatus;
import org.perfdesk.evaluation.common.Checklist;
import org.perfdesk.evaluation.common.CommonIndicator;
import org.perfdesk.evaluation.common.CommonIndicatorScore;
import org.perfdesk.evaluation.common.CommonIndicatorSettings;
import org.perfdesk.evaluation.common.CommonIndicatorTemplate;
import org.perfdesk.evaluation.common.CommonRule;
import org.perfdesk.evaluation.scoring.Grading;
import org.perfdesk.evaluation.scoring.Measure;
import org.perfdesk.evaluation.scoring.ScoredItem;
import org.perfdesk.execution.AdjustmentDraft;
import org.perfdesk.execution.AdjustmentKind;
import org.perfdesk.execution.ExecutionManagement;
import org.perfdesk.execution.ProjectExecution;
import org.perfdesk.execution.UnitExecution;
import org.perfdesk.execution.department.DepartmentFigures;
import org.perfdesk.execution.department.DepartmentFiguresInput;
import org.perfdesk.execution.department.DepartmentFiguresManagement;
import org.perfdesk.org.OrgDirectory;
import org.perfdesk.review.ReviewDecision;
import org.perfdesk.shared.Amount;
import org.perfdesk.shared.ConcurrentChange;
import org.perfdesk.shared.FiscalYear;
import org.perfdesk.shared.Grade;
import org.perfdesk.shared.RecordNotFound;
import org.perfdesk.shared.RuleViolation;
import org.perfdesk.targets.PerformanceTarget;
import org.perfdesk.targets.ReviewInput;
import org.perfdesk.targets.TargetManagement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The youth league's self-evaluation of last year's approved department target, on the
 * demo city: opened by its filler, the money block computed from the recorded figures,
 * the common indicators scored with the year's template, saved, submitted (and frozen),
 * reviewed twice and locked; returned with an opinion; out of scope for other units;
 * refused whole on bad input.
 */
@IntegrationTest
@Transactional
class DepartmentSelfEvaluationTests {

	@Autowired
	DepartmentSelfEvaluationManagement evaluations;

	@Autowired
	CommonIndicatorSettings templates;

	@Autowired
	TargetManagement targets;

	@Autowired
	DepartmentFiguresManagement figures;

	@Autowired
	ExecutionManagement execution;

	@Autowired
	OrgDirectory directory;

	@Autowired
	JdbcClient jdbc;

	DepartmentEvaluationFixture city;

	@BeforeEach
	void city() {
		city = new DepartmentEvaluationFixture(jdbc, directory);
	}

	DepartmentSelfEvaluation open() {
		return evaluations.open(city.filler, city.target(targets).id());
	}

	DepartmentSelfEvaluation filled() {
		DepartmentSelfEvaluation e = open();
		return evaluations.save(city.filler, e.id(),
				DepartmentEvaluationFixture.complete(e, templates.forYear(city.year)), e.version());
	}

	@Test
	void openingCopiesTheTargetsKeyIndicatorsAndTasks() {
		PerformanceTarget target = city.target(targets);
		DepartmentSelfEvaluation e = open();
		assertThat(e.status()).isEqualTo(EvaluationStatus.DRAFT);
		assertThat(e.departmentId()).isEqualTo(city.league);
		assertThat(e.fiscalYear()).isEqualTo(city.year);
		assertThat(e.keyIndicators()).extracting(KeyIndicatorResult::name)
			.containsExactlyElementsOf(target.content().indicators().stream().map(i -> i.name()).toList());
		assertThat(e.keyIndicators()).extracting(KeyIndicatorResult::expected)
			.containsExactlyElementsOf(target.content().indicators().stream().map(i -> i.value().typed()).toList());
		assertThat(e.tasks()).extracting(TaskResult::name)
			.containsExactlyElementsOf(target.content().tasks().stream().map(t -> t.name()).toList());
		assertThat(e.tasks()).extracting(TaskResult::total)
			.containsExactlyElementsOf(target.content().tasks().stream().map(t -> t.total()).toList());
		// opening again gives the same evaluation; the target no longer waits
		assertThat(open().id()).isEqualTo(e.id());
		assertThat(evaluations.pending(city.filler, FiscalYear.of(city.year))).isEmpty();
		assertThat(evaluations.list(city.filler, FiscalYear.of(city.year))).extracting(DepartmentSelfEvaluation::id)
			.containsExactly(e.id());
	}

	@Test
	void theTargetWaitsUntilItsDepartmentOpensIt() {
		assertThat(evaluations.pending(city.reviewer, FiscalYear.of(city.year))).extracting(PerformanceTarget::unitId)
			.containsExactly(city.league);
		assertThat(evaluations.pending(city.filler, FiscalYear.of(city.year + 1))).isEmpty();
		assertThatThrownBy(() -> evaluations.open(city.reviewer, city.target(targets).id()))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void theCurrentYearCannotBeEvaluatedBeforeItEnds() {
		PerformanceTarget draft = targets.ofDepartment(city.filler, city.league, city.year + 1).orElseThrow();
		assertThatThrownBy(() -> evaluations.open(city.filler, draft.id())).isInstanceOf(RuleViolation.class)
			.hasMessageContaining("尚未批复");
		PerformanceTarget submitted = targets.submit(city.filler, draft.id(), draft.version());
		ReviewInput ok = new ReviewInput(ReviewDecision.APPROVE, "同意。", Grade.GOOD, Grade.GOOD, Grade.GOOD, Grade.GOOD);
		PerformanceTarget checked = targets.review(city.reviewer, submitted.id(), submitted.version(), ok, "审核人");
		PerformanceTarget approved = targets.review(DepartmentEvaluationFixture.FINANCE, checked.id(),
				checked.version(), ok, "财政");
		assertThatThrownBy(() -> evaluations.open(city.filler, approved.id())).isInstanceOf(RuleViolation.class)
			.hasMessage((city.year + 1) + " 年度尚未结束，年度结束后才能开始自评");
	}

	@Test
	void theMoneyBlockIsComputedFromTheRecordedFigures() {
		DepartmentSelfEvaluation e = open();
		DepartmentFigures recorded = figures.find(city.reviewer, city.league, FiscalYear.of(city.year));
		assertThat(recorded.saved()).isTrue();
		Amount initial = recorded.basicBudget();
		Amount adjustment = Amount.ZERO;
		Amount spent = recorded.basicSpent();
		Amount publicSpent = recorded.basicSpent();
		int projects = 0;
		for (UnitExecution u : execution.list(city.reviewer, FiscalYear.of(city.year)).units()) {
			for (ProjectExecution pe : u.projects()) {
				initial = initial.plus(pe.initialBudget().total());
				adjustment = adjustment.plus(pe.adjustment().total());
				spent = spent.plus(pe.executedTo(12).total());
				publicSpent = publicSpent.plus(pe.executedTo(12).fiscalAppropriation())
					.plus(pe.executedTo(12).carryOver());
				projects++;
			}
		}
		assertThat(projects).isPositive();
		DepartmentSelfEvaluationSheet sheet = evaluations.sheet(city.filler, e.id());
		DepartmentFunds f = sheet.funds();
		assertThat(f.initialBudget()).isEqualTo(initial);
		assertThat(f.adjustment()).isEqualTo(adjustment);
		assertThat(f.annualBudget()).isEqualTo(initial.plus(adjustment));
		assertThat(f.actualSpending()).isEqualTo(spent);
		assertThat(f.publicSpending()).isEqualTo(publicSpent);
		assertThat(f.completionRate()).isEqualByComparingTo(spent.yuan()
			.multiply(BigDecimal.valueOf(100))
			.divide(initial.plus(adjustment).yuan(), 2, java.math.RoundingMode.HALF_UP));
		// the filler reads only its own unit, yet sees the sums of the whole department,
		// as the reviewer does
		assertThat(evaluations.sheet(city.reviewer, e.id()).funds()).isEqualTo(f);
	}

	@Test
	void theCommonIndicatorsAreScoredWithTheYearsTemplate() {
		DepartmentSelfEvaluation e = filled();
		DepartmentSelfEvaluationSheet sheet = evaluations.sheet(city.filler, e.id());
		CommonIndicatorTemplate template = templates.forYear(city.year);
		assertThat(sheet.scores()).extracting(CommonIndicatorScore::code)
			.containsExactlyElementsOf(template.indicators().stream().map(CommonIndicator::code).toList());

		DepartmentFigures recorded = figures.find(city.reviewer, city.league, FiscalYear.of(city.year));
		CommonIndicator staff = template.indicators().get(0);
		BigDecimal percent = BigDecimal.valueOf(recorded.actualStaff())
			.multiply(BigDecimal.valueOf(100))
			.divide(BigDecimal.valueOf(recorded.authorisedStaff()), 2, java.math.RoundingMode.HALF_UP);
		ScoredItem expected = ((CommonRule.RateRule) staff.rule()).score(staff.weight(), staff.direction(),
				Measure.of(percent, "", ""));
		assertThat(sheet.score(staff.code()).item().score()).isEqualTo(expected.score());
		assertThat(sheet.score(staff.code()).item().explanation()).startsWith(
				recorded.actualStaff() + " ÷ " + recorded.authorisedStaff() + " = " + percent.toPlainString() + "%");

		// the year before is recorded in the demo city: the change of the amounts spent
		// on 三公经费, in percent
		DepartmentFigures before = figures.find(city.reviewer, city.league, FiscalYear.of(city.year - 1));
		BigDecimal change = recorded.officialCostsSpent()
			.yuan()
			.subtract(before.officialCostsSpent().yuan())
			.multiply(BigDecimal.valueOf(100))
			.divide(before.officialCostsSpent().yuan(), 2, java.math.RoundingMode.HALF_UP);
		assertThat(sheet.score("C02").item().scorable()).isTrue();
		assertThat(sheet.score("C02").item().explanation()).contains(change.toPlainString() + "%");

		// the first checklist has one item not met
		CommonIndicator firstChecklist = template.indicators()
			.stream()
			.filter(CommonIndicator::checklist)
			.findFirst()
			.orElseThrow();
		assertThat(sheet.score(firstChecklist.code()).item().score())
			.isEqualByComparingTo(firstChecklist.weight().subtract(((Checklist) firstChecklist.rule()).deduction()));

		BigDecimal total = sheet.scores()
			.stream()
			.filter(s -> s.item().scorable())
			.map(s -> s.item().score())
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		assertThat(sheet.totalScore()).isEqualByComparingTo(total);
		assertThat(sheet.grade()).isEqualTo(Grading.gradeOf(total));
	}

	@Test
	void aFigureNotRecordedIsNotGuessed() {
		jdbc.sql("delete from execution_department_figures where department_id = :d and fiscal_year = :y")
			.param("d", city.league)
			.param("y", city.year - 1)
			.update();
		DepartmentSelfEvaluationSheet sheet = evaluations.sheet(city.filler, filled().id());
		CommonIndicatorScore change = sheet.score("C02");
		assertThat(change.item().scorable()).isFalse();
		assertThat(change.item().explanation()).startsWith("无法计分：上年度三公经费支出数未填写");
		assertThat(sheet.findings()).extracting(Finding::message)
			.contains("指标「“三公经费”变动率」没有实际完成值", "无法校验总分：缺少 「“三公经费”变动率」的得分");
	}

	@Test
	void anAdjustedBudgetWithoutAReasonIsAFindingAndBlocksSubmission() {
		long project = jdbc.sql("select id from budget_project where unit_id = :u and fiscal_year = :y order by id")
			.param("u", city.league)
			.param("y", city.year)
			.query(Long.class)
			.list()
			.get(0);
		execution.adjust(city.filler, project,
				new AdjustmentDraft(LocalDate.of(city.year, 6, 30), AdjustmentKind.INCREASE,
						FundSource.FISCAL_APPROPRIATION, Amount.ofWan(new BigDecimal("12.5")), "追加活动经费"));
		DepartmentSelfEvaluation e = open();
		var complete = DepartmentEvaluationFixture.complete(e, templates.forYear(city.year));
		var withoutReason = new DepartmentSelfEvaluationInput(complete.achievement(), complete.problems(),
				complete.measures(), "", complete.keyIndicators(), complete.taskCompletions(), complete.responses());
		e = evaluations.save(city.filler, e.id(), withoutReason, e.version());
		DepartmentSelfEvaluationSheet sheet = evaluations.sheet(city.filler, e.id());
		assertThat(sheet.funds().adjustment()).isEqualTo(Amount.ofWan(new BigDecimal("12.5")));
		assertThat(sheet.funds().increases()).isEqualTo(Amount.ofWan(new BigDecimal("12.5")));
		assertThat(sheet.findings()).extracting(Finding::code).contains(AdjustmentReasonCheck.CODE);
		assertThat(sheet.findings()).extracting(Finding::code).doesNotContain(RateCheck.CODE, SumCheck.CODE);
		long id = e.id();
		int version = e.version();
		assertThatThrownBy(() -> evaluations.submit(city.filler, id, version)).isInstanceOfSatisfying(
				RuleViolation.class, v -> assertThat(v.errors()).containsOnlyKeys("adjustmentReason"));
	}

	@Test
	void submissionNeedsEverythingWritten() {
		DepartmentSelfEvaluation e = open();
		CommonIndicatorTemplate template = templates.forYear(city.year);
		int firstChecklist = template.indicators()
			.indexOf(template.indicators().stream().filter(CommonIndicator::checklist).findFirst().orElseThrow());
		assertThatThrownBy(() -> evaluations.submit(city.filler, e.id(), e.version()))
			.isInstanceOfSatisfying(RuleViolation.class,
					v -> assertThat(v.errors()).containsKeys("achievement", "keyIndicators[0].actualValue",
							"tasks[0].completion", "responses[" + firstChecklist + "].answers", "problems",
							"measures"));
		assertThat(evaluations.find(city.filler, e.id()).status()).isEqualTo(EvaluationStatus.DRAFT);
	}

	@Test
	void submittedFiguresAreFrozenAndTheReviewsLockTheEvaluation() {
		DepartmentSelfEvaluation e = filled();
		DepartmentSelfEvaluationSheet live = evaluations.sheet(city.filler, e.id());
		assertThat(live.live()).isTrue();
		DepartmentSelfEvaluation submitted = evaluations.submit(city.filler, e.id(), e.version());
		assertThat(submitted.status()).isEqualTo(EvaluationStatus.SUBMITTED);
		assertThat(submitted.submittedFunds()).isEqualTo(live.funds());
		assertThat(submitted.totalScore()).isEqualByComparingTo(live.totalScore());
		assertThat(submitted.grade()).isEqualTo(live.grade());
		assertThat(submitted.submittedScores()).extracting(s -> s.item().score())
			.containsExactlyElementsOf(live.scores().stream().map(s -> s.item().score()).toList());

		// a later correction of the recorded figures does not change what was submitted
		DepartmentFigures f = figures.find(city.filler, city.league, FiscalYear.of(city.year));
		figures.save(city.filler, city.league, FiscalYear.of(city.year),
				new DepartmentFiguresInput(f.personnelBudget().yuan().add(BigDecimal.valueOf(100000)),
						f.personnelSpent().yuan(), f.operatingBudget().yuan(), f.operatingSpent().yuan(),
						f.overseasTravelBudget().yuan(), f.overseasTravelSpent().yuan(),
						f.vehiclePurchaseBudget().yuan(), f.vehiclePurchaseSpent().yuan(),
						f.vehicleOperationBudget().yuan(), f.vehicleOperationSpent().yuan(), f.receptionBudget().yuan(),
						f.receptionSpent().yuan(), f.procurementBudget().yuan(), f.procurementActual().yuan(),
						BigDecimal.valueOf(f.authorisedStaff()), BigDecimal.valueOf(f.actualStaff())),
				f.version());
		DepartmentSelfEvaluationSheet frozen = evaluations.sheet(city.reviewer, e.id());
		assertThat(frozen.live()).isFalse();
		assertThat(frozen.funds()).isEqualTo(live.funds());
		assertThat(evaluations.funds(city.reviewer, city.league, FiscalYear.of(city.year)).initialBudget())
			.isNotEqualTo(live.funds().initialBudget());

		assertThatThrownBy(() -> evaluations.save(city.filler, e.id(),
				DepartmentEvaluationFixture.complete(e, templates.forYear(city.year)), submitted.version()))
			.isInstanceOf(RuleViolation.class)
			.hasMessageContaining("待部门审核");
		assertThatThrownBy(() -> evaluations.review(DepartmentEvaluationFixture.FINANCE, e.id(), submitted.version(),
				ReviewDecision.APPROVE, "", "财政"))
			.isInstanceOf(AccessDeniedException.class);
		DepartmentSelfEvaluation checked = evaluations.review(city.reviewer, e.id(), submitted.version(),
				ReviewDecision.APPROVE, "同意。", "团市委财务");
		assertThat(checked.status()).isEqualTo(EvaluationStatus.DEPARTMENT_APPROVED);
		assertThatThrownBy(
				() -> evaluations.review(city.reviewer, e.id(), checked.version(), ReviewDecision.APPROVE, "", "团市委财务"))
			.isInstanceOf(AccessDeniedException.class);
		DepartmentSelfEvaluation approved = evaluations.review(DepartmentEvaluationFixture.FINANCE, e.id(),
				checked.version(), ReviewDecision.APPROVE, "", "财政局绩效科");
		assertThat(approved.status()).isEqualTo(EvaluationStatus.APPROVED);
		assertThatThrownBy(() -> evaluations.save(city.filler, e.id(),
				DepartmentEvaluationFixture.complete(e, templates.forYear(city.year)), approved.version()))
			.isInstanceOf(RuleViolation.class)
			.hasMessageContaining("已锁定");
		assertThatThrownBy(() -> evaluations.submit(city.filler, e.id(), approved.version()))
			.isInstanceOf(RuleViolation.class);
		assertThat(evaluations.reviews(city.filler, e.id())).extracting(DepartmentSelfEvaluation.Review::reviewer)
			.containsExactly("财政局绩效科", "团市委财务");
		assertThat(jdbc
			.sql("select action from audit_entry where record_type = 'DEPARTMENT_EVALUATION' and record_id = :id "
					+ "order by id")
			.param("id", e.id())
			.query(String.class)
			.list()).containsExactly("CREATE", "UPDATE", "SUBMIT", "APPROVE", "APPROVE");
	}

	@Test
	void aReturnNeedsAnOpinionAndReopensTheEvaluation() {
		DepartmentSelfEvaluation e = filled();
		DepartmentSelfEvaluation submitted = evaluations.submit(city.filler, e.id(), e.version());
		assertThatThrownBy(() -> evaluations.review(city.reviewer, e.id(), submitted.version(), ReviewDecision.RETURN,
				"  ", "团市委财务"))
			.isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.errors()).containsKey("opinion"));
		DepartmentSelfEvaluation returned = evaluations.review(city.reviewer, e.id(), submitted.version(),
				ReviewDecision.RETURN, "请补充关键指标的具体完成情况。", "团市委财务");
		assertThat(returned.status()).isEqualTo(EvaluationStatus.RETURNED);
		DepartmentSelfEvaluationSheet sheet = evaluations.sheet(city.filler, e.id());
		assertThat(sheet.mayEdit()).isTrue();
		assertThat(sheet.live()).isTrue();
		assertThat(sheet.lastReturn().opinion()).isEqualTo("请补充关键指标的具体完成情况。");
		DepartmentSelfEvaluation saved = evaluations.save(city.filler, e.id(),
				DepartmentEvaluationFixture.complete(returned, templates.forYear(city.year)), returned.version());
		assertThat(evaluations.submit(city.filler, e.id(), saved.version()).status())
			.isEqualTo(EvaluationStatus.SUBMITTED);
	}

	@Test
	void aStaleVersionIsRefused() {
		DepartmentSelfEvaluation e = filled();
		var input = DepartmentEvaluationFixture.complete(e, templates.forYear(city.year));
		assertThatThrownBy(() -> evaluations.save(city.filler, e.id(), input, e.version() - 1))
			.isInstanceOf(ConcurrentChange.class);
	}

	@Test
	void otherUnitsDoNotFindTheEvaluation() {
		DepartmentSelfEvaluation e = open();
		var palace = DepartmentEvaluationFixture.fillerOf(city.unitOf("palace"));
		var women = DepartmentEvaluationFixture.fillerOf(city.unitOf("filler2"));
		for (var scope : List.of(palace, women)) {
			assertThatThrownBy(() -> evaluations.find(scope, e.id())).isInstanceOf(RecordNotFound.class);
			assertThatThrownBy(() -> evaluations.sheet(scope, e.id())).isInstanceOf(RecordNotFound.class);
			assertThatThrownBy(() -> evaluations.open(scope, e.targetId())).isInstanceOf(RecordNotFound.class);
			assertThat(evaluations.list(scope, FiscalYear.of(city.year))).isEmpty();
		}
		// the palace's filler may read nothing of the league, and may not write it either
		assertThatThrownBy(() -> evaluations.save(palace, e.id(),
				DepartmentEvaluationFixture.complete(e, templates.forYear(city.year)), e.version()))
			.isInstanceOf(RecordNotFound.class);
		assertThatThrownBy(() -> evaluations.save(city.reviewer, e.id(),
				DepartmentEvaluationFixture.complete(e, templates.forYear(city.year)), e.version()))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void invisibleControlCharactersAreRefusedAndNothingIsSaved() {
		DepartmentSelfEvaluation e = open();
		var complete = DepartmentEvaluationFixture.complete(e, templates.forYear(city.year));
		var bad = new DepartmentSelfEvaluationInput("全年目标\u0000基本完成；\n重点任务按期推进。", complete.problems(), "改进\u009b措施",
				complete.adjustmentReason(), complete.keyIndicators(), complete.taskCompletions(),
				complete.responses());
		assertThatThrownBy(() -> evaluations.save(city.filler, e.id(), bad, e.version())).isInstanceOfSatisfying(
				RuleViolation.class,
				v -> assertThat(v.errors()).containsEntry("achievement", "整体目标完成情况含有不可见的控制字符，请删除后再保存")
					.containsEntry("measures", "改进措施含有不可见的控制字符，请删除后再保存")
					.doesNotContainKey("problems"));
		assertThat(evaluations.find(city.filler, e.id()).version()).isEqualTo(e.version());
	}

	@Test
	void badInputIsRefusedWholeAndNothingIsSaved() {
		DepartmentSelfEvaluation e = open();
		CommonIndicatorTemplate template = templates.forYear(city.year);
		var complete = DepartmentEvaluationFixture.complete(e, template);
		int checklist = template.indicators()
			.indexOf(template.indicators().stream().filter(CommonIndicator::checklist).findFirst().orElseThrow());
		List<DepartmentSelfEvaluationInput.ResponseEntry> responses = new ArrayList<>(complete.responses());
		var entry = responses.get(checklist);
		List<String> answers = new ArrayList<>(entry.answers());
		answers.set(0, "是");
		responses.set(checklist,
				new DepartmentSelfEvaluationInput.ResponseEntry(entry.code(), answers, entry.reason()));
		responses.set(0, new DepartmentSelfEvaluationInput.ResponseEntry(responses.get(0).code(), List.of("Y"), ""));
		responses.add(new DepartmentSelfEvaluationInput.ResponseEntry("Z99", List.of(), ""));
		var bad = new DepartmentSelfEvaluationInput("x".repeat(4001), complete.problems(), complete.measures(),
				complete.adjustmentReason(), complete.keyIndicators().subList(1, complete.keyIndicators().size()),
				complete.taskCompletions(), responses);
		assertThatThrownBy(() -> evaluations.save(city.filler, e.id(), bad, e.version()))
			.isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.errors())
				.containsEntry("responses[" + checklist + "].answers",
						"检查项“" + template.indicators().get(checklist).items().get(0) + "”的答案只能是“符合”或“不符合”")
				.containsEntry("responses[0].answers", "共性指标“" + template.indicators().get(0).name() + "”按公式计分，没有检查项")
				.containsKey("responses")
				.containsKey("keyIndicators")
				.containsEntry("achievement", "整体目标完成情况过长：4001 字，上限 4000 字"));
		DepartmentSelfEvaluation unchanged = evaluations.find(city.filler, e.id());
		assertThat(unchanged.version()).isEqualTo(e.version());
		assertThat(unchanged.achievement()).isEmpty();
		assertThat(unchanged.responses()).isEmpty();
	}

	@Test
	void theTemplateIsSetByTheFinanceBureauAndScoresTheYear() {
		CommonIndicatorTemplate defaults = templates.forYear(city.year);
		assertThat(defaults.saved()).isFalse();
		List<CommonIndicator> changed = new ArrayList<>(defaults.indicators());
		CommonIndicator staff = changed.get(0);
		CommonIndicator costs = changed.get(1);
		changed.set(0, new CommonIndicator(staff.code(), staff.category(), staff.group(), staff.name(), staff.formula(),
				staff.direction(), BigDecimal.valueOf(3), staff.rule()));
		changed.set(1, new CommonIndicator(costs.code(), costs.category(), costs.group(), costs.name(), costs.formula(),
				costs.direction(), BigDecimal.valueOf(7), costs.rule()));
		var edited = new CommonIndicatorTemplate(city.year, defaults.totalWeight(), changed, null, null, 0);
		assertThatThrownBy(() -> templates.save(city.reviewer, edited, 0)).isInstanceOf(AccessDeniedException.class);
		CommonIndicatorTemplate saved = templates.save(DepartmentEvaluationFixture.FINANCE, edited, 0);
		assertThat(saved.saved()).isTrue();
		assertThat(templates.forYear(city.year).indicators()).isEqualTo(changed);
		assertThat(templates.forYear(city.year - 1).saved()).isFalse();
		assertThatThrownBy(() -> templates.save(DepartmentEvaluationFixture.FINANCE, edited, 0))
			.isInstanceOf(ConcurrentChange.class);
		var broken = new CommonIndicatorTemplate(city.year, BigDecimal.valueOf(99), changed, null, null, 0);
		assertThatThrownBy(() -> templates.save(DepartmentEvaluationFixture.FINANCE, broken, saved.version()))
			.isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.errors()).containsKey("totalWeight"));
		assertThat(
				jdbc.sql("select count(*) from audit_entry where record_type = 'SCORING_SETTINGS' and record_id = :y")
					.param("y", city.year)
					.query(Long.class)
					.single())
			.isEqualTo(1);

		DepartmentSelfEvaluation e = filled();
		assertThat(evaluations.sheet(city.filler, e.id()).score(staff.code()).item().weight())
			.isEqualByComparingTo(BigDecimal.valueOf(3));
	}

}
