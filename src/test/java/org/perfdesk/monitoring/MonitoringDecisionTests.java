package org.perfdesk.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.perfdesk.monitoring.MonitoringWorkflowTests.FINANCE;
import static org.perfdesk.monitoring.MonitoringWorkflowTests.filler;
import static org.perfdesk.monitoring.MonitoringWorkflowTests.reviewer;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.perfdesk.DemoYear;
import org.perfdesk.IntegrationTest;
import org.perfdesk.shared.FiscalYear;
import org.perfdesk.shared.RuleViolation;
import org.perfdesk.targets.PerformanceTarget;
import org.perfdesk.targets.TargetManagement;
import org.perfdesk.targets.TargetStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/**
 * 监控结果处理: the finance bureau's decision on a reported 监控表, and the target adjustment it
 * starts.
 */
@IntegrationTest
@Transactional
class MonitoringDecisionTests {

	@Autowired
	MonitoringManagement monitoring;

	@Autowired
	TargetManagement targets;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	/** The demo's previous-year round: closed, every report approved. */
	MonitoringRound previousRound() {
		return monitoring.rounds(FINANCE, FiscalYear.of(DemoYear.current() - 1)).get(0);
	}

	/**
	 * A line of the previous-year round of the 团市委本级 (the demo's "filler") on a target
	 * never adjusted.
	 */
	MonitoringLine fillersLine(MonitoringRound round) {
		long unit = jdbc.sql("select unit_id from org_account where username = 'filler'").query(Long.class).single();
		return monitoring.lines(FINANCE, round.id())
			.stream()
			.filter(l -> l.unitId() == unit && targets.find(FINANCE, l.targetId()).revision() == 1)
			.findFirst()
			.orElseThrow();
	}

	long auditEntries(long reportId) {
		return jdbc.sql("select count(*) from audit_entry where record_type = 'MONITORING_REPORT' and record_id = :id")
			.param("id", reportId)
			.query(Long.class)
			.single();
	}

	@Test
	void continueIsRecordedOnceAndLeavesTheTargetAlone() {
		MonitoringRound round = previousRound();
		MonitoringLine line = fillersLine(round);
		PerformanceTarget before = targets.find(FINANCE, line.targetId());
		MonitoringReport report = monitoring.report(FINANCE, round.id(), line.targetId());
		assertThat(report.status()).isEqualTo(ReportStatus.APPROVED);
		long audits = auditEntries(report.id());

		assertThatThrownBy(() -> monitoring.decide(FINANCE, round.id(), line.targetId(), DecisionKind.CONTINUE,
				"执行进度正常\u0007，继续按计划实施。", "财政局绩效科"))
			.isInstanceOf(RuleViolation.class)
			.hasMessage("处理意见含有不可见的控制字符，请删除后再保存");
		MonitoringDecision d = monitoring.decide(FINANCE, round.id(), line.targetId(), DecisionKind.CONTINUE,
				"  执行进度正常，继续按计划实施。 ", "财政局绩效科");
		assertThat(d.kind()).isEqualTo(DecisionKind.CONTINUE);
		assertThat(d.note()).isEqualTo("执行进度正常，继续按计划实施。");
		assertThat(d.adjustedTargetId()).isNull();
		PerformanceTarget after = targets.find(FINANCE, line.targetId());
		assertThat(after.current()).isTrue();
		assertThat(after.status()).isEqualTo(TargetStatus.APPROVED);
		assertThat(after.version()).isEqualTo(before.version());
		assertThat(targets.versions(FINANCE, line.targetId())).hasSize(1);
		assertThat(auditEntries(report.id())).isEqualTo(audits + 1);

		// the line of the round carries it, and the sheet shows it without the form
		assertThat(monitoring.lines(FINANCE, round.id())).filteredOn(l -> l.targetId() == line.targetId())
			.singleElement()
			.satisfies(l -> assertThat(l.decision().kind()).isEqualTo(DecisionKind.CONTINUE));
		ReportSheet sheet = monitoring.sheet(FINANCE, round.id(), line.targetId());
		assertThat(sheet.decision().note()).isEqualTo("执行进度正常，继续按计划实施。");
		assertThat(sheet.mayDecide()).isFalse();

		assertThatThrownBy(
				() -> monitoring.decide(FINANCE, round.id(), line.targetId(), DecisionKind.SUSPEND, "暂停", "财政"))
			.isInstanceOf(RuleViolation.class)
			.hasMessageContaining("已作出处理决定（继续执行）");
	}

	@Test
	void adjustTargetStartsANewDraftRevisionWithTheReasonAndTheApprovedVersionStays() {
		MonitoringRound round = previousRound();
		MonitoringLine line = fillersLine(round);
		MonitoringDecision d = monitoring.decide(FINANCE, round.id(), line.targetId(), DecisionKind.ADJUST_TARGET,
				"培训场次受场地限制无法完成，请按实际调整数量指标。", "财政局绩效科");
		assertThat(d.adjustedRevision()).isEqualTo(2);

		PerformanceTarget draft = targets.find(FINANCE, d.adjustedTargetId());
		assertThat(draft.revision()).isEqualTo(2);
		assertThat(draft.status()).isEqualTo(TargetStatus.DRAFT);
		assertThat(draft.current()).isTrue();
		assertThat(draft.adjustmentReason()).isEqualTo("绩效运行监控（" + round.label() + "）：培训场次受场地限制无法完成，请按实际调整数量指标。");
		PerformanceTarget approved = targets.find(FINANCE, line.targetId());
		assertThat(approved.status()).isEqualTo(TargetStatus.APPROVED);
		assertThat(approved.current()).isFalse();
		assertThat(targets.versions(FINANCE, draft.id())).extracting(PerformanceTarget::revision).containsExactly(1, 2);
		assertThat(jdbc
			.sql("select count(*) from audit_entry where record_type = 'TARGET' and record_id = :id "
					+ "and action = 'ADJUST'")
			.param("id", draft.id())
			.query(Long.class)
			.single()).isEqualTo(1);

		// the unit's filler edits and resubmits the draft through the normal workflow
		var unitFiller = filler(line.unitId());
		PerformanceTarget revised = targets.revise(unitFiller, draft.id(), draft.version(), draft.content());
		assertThat(targets.submit(unitFiller, revised.id(), revised.version()).status())
			.isEqualTo(TargetStatus.SUBMITTED);

		// the round keeps the line of the report, on the approved version, with its
		// decision
		assertThat(monitoring.lines(FINANCE, round.id()))
			.filteredOn(l -> java.util.Objects.equals(l.projectId(), line.projectId()))
			.singleElement()
			.satisfies(l -> {
				assertThat(l.targetId()).isEqualTo(line.targetId());
				assertThat(l.decision().kind()).isEqualTo(DecisionKind.ADJUST_TARGET);
			});
		assertThat(monitoring.sheet(filler(line.unitId()), round.id(), line.targetId()).decision()).isNotNull();
	}

	@Test
	void cutBudgetAdjustsTheTargetTooButOnlyWhileItIsTheCurrentApprovedVersion() {
		MonitoringRound round = previousRound();
		MonitoringLine line = fillersLine(round);
		PerformanceTarget approved = targets.find(FINANCE, line.targetId());
		// the unit adjusted the target itself meanwhile: it is no longer the current
		// approved version
		targets.adjust(filler(line.unitId()), approved.id(), approved.version(), "单位自行调整");
		assertThatThrownBy(() -> monitoring.decide(FINANCE, round.id(), line.targetId(), DecisionKind.CUT_BUDGET,
				"项目进度严重滞后，调减预算 10 万元。", "财政"))
			.isInstanceOf(RuleViolation.class)
			.hasMessageContaining("只有已批复的当前版本可以调整");
		assertThat(jdbc.sql("select count(*) from monitoring_decision").query(Long.class).single()).isZero();

		MonitoringLine other = monitoring.lines(FINANCE, round.id())
			.stream()
			.filter(l -> l.targetId() != line.targetId() && targets.find(FINANCE, l.targetId()).current())
			.findFirst()
			.orElseThrow();
		MonitoringDecision d = monitoring.decide(FINANCE, round.id(), other.targetId(), DecisionKind.CUT_BUDGET,
				"项目进度严重滞后，调减预算 10 万元。", "财政");
		PerformanceTarget draft = targets.find(FINANCE, d.adjustedTargetId());
		assertThat(draft.status()).isEqualTo(TargetStatus.DRAFT);
		assertThat(draft.adjustmentReason()).startsWith("绩效运行监控（" + round.label() + "）：项目进度严重滞后");
	}

	@Test
	void onlyTheFinanceBureauDecidesWithANoteOnAReportedReport() {
		MonitoringRound previous = previousRound();
		MonitoringLine line = fillersLine(previous);
		assertThatThrownBy(() -> monitoring.decide(filler(line.unitId()), previous.id(), line.targetId(),
				DecisionKind.CONTINUE, "继续", "x"))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> monitoring.decide(reviewer(line.unitId()), previous.id(), line.targetId(),
				DecisionKind.CONTINUE, "继续", "x"))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(
				() -> monitoring.decide(FINANCE, previous.id(), line.targetId(), DecisionKind.SUSPEND, "  ", "x"))
			.isInstanceOfSatisfying(RuleViolation.class,
					e -> assertThat(e.errors()).containsOnlyKeys("note").containsValue("请填写处理意见，写明理由和要求"));
		assertThatThrownBy(() -> monitoring.decide(FINANCE, previous.id(), line.targetId(), null, "", "x"))
			.isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.errors()).containsKeys("decision", "note"));
		assertThatThrownBy(() -> monitoring.decide(FINANCE, previous.id(), line.targetId(), DecisionKind.SUSPEND,
				"长".repeat(1001), "x"))
			.isInstanceOf(RuleViolation.class)
			.hasMessageContaining("处理意见过长");

		// in a round of our own: not reported, a draft, then submitted
		var tests = new MonitoringWorkflowTests();
		tests.monitoring = monitoring;
		tests.jdbc = jdbc;
		MonitoringRound round = tests.openRound();
		MonitoringLine l = monitoring.lines(FINANCE, round.id()).get(0);
		assertThatThrownBy(() -> monitoring.decide(FINANCE, round.id(), l.targetId(), DecisionKind.CONTINUE, "继续", "x"))
			.isInstanceOf(RuleViolation.class)
			.hasMessageContaining("尚未填报");
		MonitoringReport blank = monitoring.report(filler(l.unitId()), round.id(), l.targetId());
		MonitoringReport draft = monitoring.save(filler(l.unitId()), round.id(), l.targetId(),
				MonitoringWorkflowTests.complete(blank, Likelihood.POSSIBLE), null);
		assertThat(monitoring.sheet(FINANCE, round.id(), l.targetId()).mayDecide()).isFalse();
		assertThatThrownBy(() -> monitoring.decide(FINANCE, round.id(), l.targetId(), DecisionKind.CONTINUE, "继续", "x"))
			.isInstanceOf(RuleViolation.class)
			.hasMessageContaining("“草稿”");
		monitoring.submit(filler(l.unitId()), round.id(), l.targetId(), draft.version());
		assertThat(monitoring.sheet(FINANCE, round.id(), l.targetId()).mayDecide()).isTrue();
		assertThat(
				monitoring.decide(FINANCE, round.id(), l.targetId(), DecisionKind.SUSPEND, "存在严重问题，暂停执行。", "x").kind())
			.isEqualTo(DecisionKind.SUSPEND);
	}

	@Test
	void theReportPageShowsTheDecisionCardToTheFinanceBureauOnly() throws Exception {
		MonitoringRound round = previousRound();
		MonitoringLine line = fillersLine(round);
		String path = "/monitoring/rounds/" + round.id() + "/targets/" + line.targetId();
		var finance = user(users.loadUserByUsername("finance"));
		var filler = user(users.loadUserByUsername("filler"));
		var reviewer = user(users.loadUserByUsername("reviewer"));

		assertThat(page(path, finance)).contains("id=\"decision-card\"", "调整目标", "调减预算", "暂停")
			.doesNotContain("id=\"decision-result\"");
		assertThat(page(path, filler)).doesNotContain("id=\"decision-card\"", "id=\"decision-result\"");
		assertThat(page(path, reviewer)).doesNotContain("id=\"decision-card\"");

		mvc.perform(
				post(path + "/decision").with(reviewer).with(csrf()).param("decision", "CONTINUE").param("note", "继续"))
			.andExpect(status().isForbidden());
		mvc.perform(post(path + "/decision").with(finance).with(csrf()).param("decision", "CONTINUE").param("note", ""))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("error", "请填写处理意见，写明理由和要求"));
		mvc.perform(post(path + "/decision").with(finance)
			.with(csrf())
			.param("decision", "ADJUST_TARGET")
			.param("note", "部分指标无法完成，请调整。"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("message", org.hamcrest.Matchers.containsString("已发起目标调整")));

		assertThat(page(path, filler))
			.contains("id=\"decision-result\"", "调整目标", "部分指标无法完成，请调整。", "id=\"adjusted-target\"", "第 2 版")
			.doesNotContain("id=\"decision-card\"");
		assertThat(page(path, finance)).contains("id=\"decision-result\"").doesNotContain("id=\"decision-card\"");
		assertThat(page("/monitoring/rounds/" + round.id(), finance)).contains("decision-badge", "调整目标",
				"<span id=\"red-below\">60%</span>", "<span id=\"yellow-below\">80%</span>");
	}

	String page(String path, org.springframework.test.web.servlet.request.RequestPostProcessor who) throws Exception {
		return mvc.perform(get(path).with(who))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

}
