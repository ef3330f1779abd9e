package org.perfdesk.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.perfdesk.DemoYear;
import org.perfdesk.IntegrationTest;
import org.perfdesk.document.PdfPages;
import org.perfdesk.execution.ExecutionFigures;
import org.perfdesk.execution.ExecutionManagement;
import org.perfdesk.execution.ProjectExecution;
import org.perfdesk.execution.UnitExecution;
import org.perfdesk.org.DataScope;
import org.perfdesk.org.OrgDirectory;
import org.perfdesk.org.Role;
import org.perfdesk.org.Unit;
import org.perfdesk.shared.FiscalYear;
import org.perfdesk.shared.Grade;
import org.perfdesk.shared.RecordNotFound;
import org.perfdesk.targets.PerformanceTarget;
import org.perfdesk.review.ReviewDecision;
import org.perfdesk.targets.ReviewInput;
import org.perfdesk.targets.TargetKind;
import org.perfdesk.targets.TargetManagement;
import org.perfdesk.targets.TargetStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/**
 * 部门整体支出绩效目标 in monitoring: the youth league's current-year department target, approved
 * in the test, gets a line whose funds are the execution of the projects of the league
 * and the units under it summed (部门项目支出合计), without a plan; its report is saved,
 * submitted, reviewed by the department and the finance bureau, decided on, and exported
 * like a project's.
 */
@IntegrationTest
@Transactional
class MonitoringDepartmentTests {

	static final DataScope FINANCE = MonitoringWorkflowTests.FINANCE;

	@Autowired
	MonitoringManagement monitoring;

	@Autowired
	TargetManagement targets;

	@Autowired
	ExecutionManagement execution;

	@Autowired
	OrgDirectory directory;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	int year = DemoYear.current();

	long league;

	Set<Long> leagueSubtree;

	/**
	 * The league's current-year department target, submitted by its filler and approved
	 * by both reviewers.
	 */
	PerformanceTarget approveDepartmentTarget() {
		league = jdbc
			.sql("select unit_id from target_performance_target where kind = 'DEPARTMENT' and fiscal_year = :y "
					+ "and status = 'APPROVED' and is_current = true")
			.param("y", year - 1)
			.query(Long.class)
			.single();
		leagueSubtree = directory.subtree(league).stream().map(Unit::id).collect(Collectors.toSet());
		DataScope filler = MonitoringWorkflowTests.filler(league);
		DataScope reviewer = new DataScope(Role.DEPARTMENT_REVIEWER, league, false, leagueSubtree);
		PerformanceTarget draft = targets.ofDepartment(filler, league, year).orElseThrow();
		assertThat(draft.status()).isEqualTo(TargetStatus.DRAFT);
		PerformanceTarget submitted = targets.submit(filler, draft.id(), draft.version());
		PerformanceTarget checked = targets.review(reviewer, submitted.id(), submitted.version(),
				grades(ReviewDecision.APPROVE, "同意。"), "团市委财务 张审核");
		PerformanceTarget approved = targets.review(FINANCE, checked.id(), checked.version(),
				grades(ReviewDecision.APPROVE, "予以批复。"), "财政局绩效科 李审核");
		assertThat(approved.status()).isEqualTo(TargetStatus.APPROVED);
		assertThat(approved.kind()).isEqualTo(TargetKind.DEPARTMENT);
		return approved;
	}

	static ReviewInput grades(ReviewDecision decision, String opinion) {
		return new ReviewInput(decision, opinion, Grade.GOOD, Grade.GOOD, Grade.GOOD, Grade.GOOD);
	}

	MonitoringRound openRound() {
		var tests = new MonitoringWorkflowTests();
		tests.monitoring = monitoring;
		tests.jdbc = jdbc;
		return tests.openRound();
	}

	/**
	 * The execution at the cut-off of every project of the league's subtree the scope
	 * reads, summed.
	 */
	ExecutionFigures expected(DataScope scope, int month) {
		ExecutionFigures sum = ExecutionFigures.none(month);
		for (UnitExecution u : execution.list(scope, FiscalYear.of(year)).units()) {
			if (leagueSubtree.contains(u.unitId())) {
				for (ProjectExecution pe : u.projects()) {
					sum = sum.plus(pe.figuresAt(month));
				}
			}
		}
		return sum;
	}

	MonitoringLine departmentLine(DataScope scope, MonitoringRound round, PerformanceTarget target) {
		return monitoring.lines(scope, round.id())
			.stream()
			.filter(l -> l.targetId() == target.id())
			.findFirst()
			.orElseThrow();
	}

	@Test
	void anApprovedDepartmentTargetHasALineWithTheDepartmentsProjectsSummedAndNoPlan() {
		MonitoringRound before = openRound();
		assertThat(monitoring.lines(FINANCE, before.id())).noneMatch(l -> l.projectId() == null);
		PerformanceTarget target = approveDepartmentTarget();
		MonitoringRound round = before;
		RoundOverview overview = monitoring.overview(FINANCE, round.id());
		MonitoringLine line = departmentLine(FINANCE, round, target);
		assertThat(line.department()).isTrue();
		assertThat(line.unitId()).isEqualTo(league);
		assertThat(line.label()).isEqualTo(directory.nameOf(league) + " 部门整体支出绩效目标");
		assertThat(line.fundsLabel()).isEqualTo("部门项目支出合计（万元）");
		assertThat(line.plannedShare()).isNull();
		assertThat(line.planLight()).isNull();
		ExecutionFigures sum = expected(FINANCE, round.cutOffMonth());
		assertThat(sum.fullYearBudget().total().yuan().signum()).isPositive();
		assertThat(line.figures().month()).isEqualTo(round.cutOffMonth());
		assertThat(line.figures().fullYearBudget().total().yuan())
			.isEqualByComparingTo(sum.fullYearBudget().total().yuan());
		assertThat(line.figures().executed().total().yuan()).isEqualByComparingTo(sum.executed().total().yuan());
		// more than the league's own projects: the units under it count too
		long units = execution.list(FINANCE, FiscalYear.of(year))
			.units()
			.stream()
			.filter(u -> leagueSubtree.contains(u.unitId()))
			.count();
		assertThat(units).isGreaterThan(1);
		// the light comes from execution (and likelihood once reported)
		assertThat(line.light()).isEqualTo(line.executionLight());
		// still red first, the department among the units to remind, and in the chart's
		// data
		assertThat(overview.lines().stream().map(MonitoringLine::light).toList())
			.isSortedAccordingTo(java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()));
		assertThat(overview.reminders()).anyMatch(r -> r.unitId() == league);
		assertThat(line.executionRatePercent()).isNotNull();

		// the department's reviewer sees it with what the department reads
		DataScope reviewer = new DataScope(Role.DEPARTMENT_REVIEWER, league, false, leagueSubtree);
		assertThat(departmentLine(reviewer, round, target).figures().executed().total().yuan())
			.isEqualByComparingTo(expected(reviewer, round.cutOffMonth()).executed().total().yuan());
	}

	@Test
	void aDepartmentReportIsSavedSubmittedReviewedAndDecidedOn() {
		PerformanceTarget target = approveDepartmentTarget();
		MonitoringRound round = openRound();
		DataScope filler = MonitoringWorkflowTests.filler(league);
		DataScope reviewer = new DataScope(Role.DEPARTMENT_REVIEWER, league, false, leagueSubtree);
		MonitoringReport blank = monitoring.report(filler, round.id(), target.id());
		assertThat(blank.saved()).isFalse();
		assertThat(blank.projectId()).isNull();
		assertThat(blank.indicators()).hasSize(target.content().indicators().size());

		MonitoringReport saved = monitoring.save(filler, round.id(), target.id(),
				MonitoringWorkflowTests.complete(blank, Likelihood.POSSIBLE), null);
		assertThat(saved.status()).isEqualTo(ReportStatus.DRAFT);
		assertThat(saved.projectId()).isNull();
		assertThat(saved.unitId()).isEqualTo(league);
		MonitoringReport submitted = monitoring.submit(filler, round.id(), target.id(), saved.version());
		assertThat(submitted.status()).isEqualTo(ReportStatus.SUBMITTED);
		// the department's sums cover its units too, whoever submits: the same figures
		// finance and the reviewer see
		ExecutionFigures whole = expected(reviewer, round.cutOffMonth());
		assertThat(whole.fullYearBudget().total())
			.isGreaterThan(expected(filler, round.cutOffMonth()).fullYearBudget().total());
		assertThat(submitted.budget().yuan()).isEqualByComparingTo(whole.fullYearBudget().total().yuan());
		assertThat(submitted.executed().yuan()).isEqualByComparingTo(whole.executed().total().yuan());

		MonitoringLine line = departmentLine(FINANCE, round, target);
		assertThat(line.reportStatus()).isEqualTo(ReportStatus.SUBMITTED);
		assertThat(line.worstLikelihood()).isEqualTo(Likelihood.POSSIBLE);

		assertThat(monitoring.sheet(reviewer, round.id(), target.id()).mayReview()).isTrue();
		MonitoringReport checked = monitoring.review(reviewer, round.id(), target.id(), submitted.version(),
				ReviewDecision.APPROVE, "", "团市委财务 张审核");
		assertThat(checked.status()).isEqualTo(ReportStatus.DEPARTMENT_APPROVED);
		MonitoringReport approved = monitoring.review(FINANCE, round.id(), target.id(), checked.version(),
				ReviewDecision.APPROVE, "同意", "财政局绩效科");
		assertThat(approved.status()).isEqualTo(ReportStatus.APPROVED);

		MonitoringDecision decision = monitoring.decide(FINANCE, round.id(), target.id(), DecisionKind.ADJUST_TARGET,
				"部门年度任务需随预算调整。", "财政局绩效科");
		assertThat(decision.kind()).isEqualTo(DecisionKind.ADJUST_TARGET);
		PerformanceTarget adjusted = targets.ofDepartment(FINANCE, league, year).orElseThrow();
		assertThat(adjusted.id()).isNotEqualTo(target.id());
		assertThat(adjusted.kind()).isEqualTo(TargetKind.DEPARTMENT);
		assertThat(adjusted.status()).isEqualTo(TargetStatus.DRAFT);
		assertThat(adjusted.revision()).isEqualTo(target.revision() + 1);
		assertThat(adjusted.adjustmentReason()).contains("部门年度任务需随预算调整。");
		// the report stays on its line, on the approved version it was written on
		MonitoringLine after = departmentLine(FINANCE, round, target);
		assertThat(after.reportStatus()).isEqualTo(ReportStatus.APPROVED);
		assertThat(after.decision()).isNotNull();
		assertThat(monitoring.lines(FINANCE, round.id()).stream().filter(l -> l.projectId() == null)).hasSize(1);
	}

	@Test
	void theDepartmentReportExportsWithTheSummedFundsAndOtherUnitsDoNotSeeIt() throws Exception {
		PerformanceTarget target = approveDepartmentTarget();
		MonitoringRound round = openRound();
		String path = "/monitoring/rounds/" + round.id() + "/targets/" + target.id();
		var reviewer = user(users.loadUserByUsername("reviewer"));
		DataScope reviewerScope = new DataScope(Role.DEPARTMENT_REVIEWER, league, false, leagueSubtree);
		ExecutionFigures sum = expected(reviewerScope, round.cutOffMonth());
		byte[] xlsx = mvc.perform(get(path + "/export.xlsx").with(reviewer))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue())
				.isEqualTo(year + "年度部门整体支出绩效目标执行监控表（1–" + round.cutOffMonth() + "月）");
			Row name = sheet.getRow(MonitoringExportTests.TOP);
			assertThat(name.getCell(0).getStringCellValue()).isEqualTo("部门名称");
			assertThat(name.getCell(2).getStringCellValue()).isEqualTo(directory.nameOf(league));
			Row fundsHead = sheet.getRow(MonitoringExportTests.TOP + 2);
			assertThat(fundsHead.getCell(0).getStringCellValue()).isEqualTo("部门项目支出合计（万元）");
			Row total = find(sheet, 2, "年度资金总额");
			assertThat(total.getCell(4).getNumericCellValue())
				.isEqualTo(sum.fullYearBudget().total().toWanExact().doubleValue());
			assertThat(total.getCell(5).getNumericCellValue())
				.isEqualTo(sum.executed().total().toWanExact().doubleValue());
		}
		mvc.perform(get(path + "/export.docx").with(reviewer)).andExpect(status().isOk());
		byte[] pdf = mvc.perform(get(path + "/export.pdf").with(reviewer))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		PdfPages pages = PdfPages.read(pdf, "monitoring-department-report");
		assertThat(pages.flat(1)).contains(PdfPages.flat(year + "年度部门整体支出绩效目标执行监控表（1–" + round.cutOffMonth() + "月）",
				"部门名称", directory.nameOf(league), "部门项目支出合计（万元）",
				String.format("%,.2f", sum.fullYearBudget().total().toWanExact()), "第 1 页 共"));
		mvc.perform(get(path).with(reviewer))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("部门项目支出合计（万元）")))
			.andExpect(content()
				.string(org.hamcrest.Matchers.containsString(directory.nameOf(league) + " 部门整体支出绩效目标执行监控表")));
		mvc.perform(get("/monitoring/rounds/" + round.id()).with(reviewer))
			.andExpect(status().isOk())
			.andExpect(
					content().string(org.hamcrest.Matchers.containsString(directory.nameOf(league) + " 部门整体支出绩效目标")));
		mvc.perform(get("/monitoring/rounds/" + round.id() + "/export.xlsx").with(reviewer)).andExpect(status().isOk());

		// a filler of another unit: not found, page and downloads alike
		var other = user(users.loadUserByUsername("filler2"));
		mvc.perform(get(path).with(other)).andExpect(status().isNotFound());
		mvc.perform(get(path + "/export.xlsx").with(other)).andExpect(status().isNotFound());
		mvc.perform(get(path + "/export.docx").with(other)).andExpect(status().isNotFound());
		mvc.perform(get(path + "/export.pdf").with(other)).andExpect(status().isNotFound());
		long women = jdbc.sql("select unit_id from org_account where username = 'filler2'").query(Long.class).single();
		assertThatThrownBy(() -> monitoring.sheet(MonitoringWorkflowTests.filler(women), round.id(), target.id()))
			.isInstanceOf(RecordNotFound.class);
		assertThat(monitoring.lines(MonitoringWorkflowTests.filler(women), round.id()))
			.noneMatch(l -> l.targetId() == target.id());
	}

	static Row find(Sheet sheet, int column, String text) {
		for (Row row : sheet) {
			Cell cell = row.getCell(column);
			if (cell != null && cell.getCellType() == CellType.STRING && text.equals(cell.getStringCellValue())) {
				return row;
			}
		}
		throw new AssertionError("no row with " + text);
	}

}
