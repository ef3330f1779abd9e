package org.perfdesk.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.perfdesk.DemoYear;
import org.perfdesk.IntegrationTest;
import org.perfdesk.execution.ProgressLight;
import org.perfdesk.org.DataScope;
import org.perfdesk.org.Role;
import org.perfdesk.shared.ConcurrentChange;
import org.perfdesk.shared.FiscalYear;
import org.perfdesk.shared.RecordNotFound;
import org.perfdesk.shared.RuleViolation;
import org.perfdesk.review.ReviewDecision;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

@IntegrationTest
@Transactional
class MonitoringWorkflowTests {

	@Autowired
	MonitoringManagement monitoring;

	@Autowired
	JdbcClient jdbc;

	int year = DemoYear.current();

	static final DataScope FINANCE = new DataScope(Role.FINANCE_REVIEWER, 0, true, Set.of());

	static DataScope filler(long unitId) {
		return new DataScope(Role.UNIT_FILLER, unitId, false, Set.of(unitId));
	}

	static DataScope reviewer(long unitId) {
		return new DataScope(Role.DEPARTMENT_REVIEWER, unitId, false, Set.of(unitId));
	}

	/**
	 * A round of the current year on a month with execution figures that no other round
	 * uses.
	 */
	MonitoringRound openRound() {
		int last = Math.max(1, LocalDate.now(org.perfdesk.PerfDeskApplication.ZONE).getMonthValue() - 1);
		for (int m = last; m >= 1; m--) {
			boolean used = jdbc
				.sql("select count(*) from monitoring_round where fiscal_year = :y and cut_off_month = :m")
				.param("y", year)
				.param("m", m)
				.query(Long.class)
				.single() > 0;
			if (!used) {
				return monitoring.openRound(FINANCE, FiscalYear.of(year), m,
						YearMonth.of(year, m).atEndOfMonth().plusDays(10), "财政局绩效科");
			}
		}
		throw new IllegalStateException("no free month");
	}

	static ReportInput complete(MonitoringReport report, Likelihood likelihood) {
		return new ReportInput("上半年各项工作按计划推进。",
				report.indicators()
					.stream()
					.map(i -> new IndicatorEntry("完成过半", "全年可完成", likelihood, Set.of(DeviationCause.FUNDING), "资金拨付滞后",
							"加快资金支付进度"))
					.toList());
	}

	@Test
	void onlyTheFinanceBureauOpensARoundOncePerMonthWithADeadlineAfterTheMonth() {
		assertThatThrownBy(
				() -> monitoring.openRound(filler(1), FiscalYear.of(year), 7, LocalDate.of(year, 8, 20), "x"))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> monitoring.openRound(FINANCE, FiscalYear.of(year), 13, LocalDate.of(year, 8, 20), "x"))
			.isInstanceOf(RuleViolation.class)
			.hasMessageContaining("1 到 12");
		assertThatThrownBy(() -> monitoring.openRound(FINANCE, FiscalYear.of(year), 7, LocalDate.of(year, 7, 30), "x"))
			.isInstanceOf(RuleViolation.class)
			.hasMessageContaining("不能早于 " + year + " 年 7 月底");
		MonitoringRound round = openRound();
		assertThat(round.status()).isEqualTo(RoundStatus.OPEN);
		assertThatThrownBy(
				() -> monitoring.openRound(FINANCE, FiscalYear.of(year), round.cutOffMonth(), round.deadline(), "x"))
			.isInstanceOf(RuleViolation.class)
			.hasMessageContaining("已有截至");
		assertThat(monitoring.defaultCutOffMonth()).isEqualTo(7);
		assertThat(
				jdbc.sql("select count(*) from audit_entry where record_type = 'MONITORING_ROUND' and record_id = :id")
					.param("id", round.id())
					.query(Long.class)
					.single())
			.isEqualTo(1);
	}

	@Test
	void theLinesCoverTheApprovedProjectTargetsRedFirst() {
		MonitoringRound round = openRound();
		RoundOverview overview = monitoring.overview(FINANCE, round.id());
		long approved = jdbc
			.sql("select count(*) from target_performance_target where fiscal_year = :y and is_current = true "
					+ "and status = 'APPROVED' and kind = 'PROJECT'")
			.param("y", year)
			.query(Long.class)
			.single();
		assertThat(overview.lines()).hasSize((int) approved);
		List<ProgressLight> lights = overview.lines().stream().map(MonitoringLine::light).toList();
		assertThat(lights).isSortedAccordingTo(java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()));
		assertThat(lights).contains(ProgressLight.RED);
		assertThat(overview.reminders()).isNotEmpty();
		assertThat(overview.submitted()).isZero();
	}

	@Test
	void aReportWalksFromDraftThroughBothReviewsWithAReturnOnTheWay() {
		MonitoringRound round = openRound();
		MonitoringLine line = monitoring.lines(FINANCE, round.id()).get(0);
		DataScope filler = filler(line.unitId());
		MonitoringReport blank = monitoring.report(filler, round.id(), line.targetId());
		assertThat(blank.saved()).isFalse();
		assertThat(blank.indicators()).isNotEmpty();

		// incomplete rows are refused whole, with Chinese messages beside the fields
		var empty = new ReportInput("",
				blank.indicators()
					.stream()
					.map(i -> new IndicatorEntry("", "", Likelihood.POSSIBLE, Set.of(), "", ""))
					.toList());
		assertThatThrownBy(() -> monitoring.save(filler, round.id(), line.targetId(), empty, null))
			.isInstanceOfSatisfying(RuleViolation.class, e -> {
				assertThat(e.errors()).containsKeys("progressText", "indicators[0].valueToDate", "indicators[0].causes",
						"indicators[0].measures");
				assertThat(e.errors().get("indicators[0].causes")).contains("有可能");
			});
		// the round is this test's own (the demo's rounds use other months): nothing of
		// it was saved
		assertThat(jdbc.sql("select count(*) from monitoring_report where round_id = :r")
			.param("r", round.id())
			.query(Long.class)
			.single()).isZero();

		// others may not write
		assertThatThrownBy(() -> monitoring.save(reviewer(line.unitId()), round.id(), line.targetId(),
				complete(blank, Likelihood.CERTAIN), null))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> monitoring.report(filler(-1), round.id(), line.targetId()))
			.isInstanceOf(RecordNotFound.class);

		MonitoringReport saved = monitoring.save(filler, round.id(), line.targetId(),
				complete(blank, Likelihood.POSSIBLE), null);
		assertThat(saved.status()).isEqualTo(ReportStatus.DRAFT);
		assertThat(saved.worstLikelihood()).isEqualTo(Likelihood.POSSIBLE);
		MonitoringReport again = monitoring.save(filler, round.id(), line.targetId(),
				complete(saved, Likelihood.CERTAIN), saved.version());
		assertThatThrownBy(() -> monitoring.save(filler, round.id(), line.targetId(),
				complete(saved, Likelihood.CERTAIN), saved.version()))
			.isInstanceOf(ConcurrentChange.class);

		MonitoringReport submitted = monitoring.submit(filler, round.id(), line.targetId(), again.version());
		assertThat(submitted.status()).isEqualTo(ReportStatus.SUBMITTED);
		assertThat(submitted.budget().yuan()).isEqualByComparingTo(line.figures().fullYearBudget().total().yuan());
		assertThat(submitted.executed().yuan()).isEqualByComparingTo(line.figures().executed().total().yuan());
		assertThatThrownBy(() -> monitoring.review(FINANCE, round.id(), line.targetId(), submitted.version(),
				ReviewDecision.APPROVE, "", "财政"))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> monitoring.review(reviewer(line.unitId()), round.id(), line.targetId(),
				submitted.version(), ReviewDecision.RETURN, " ", "部门"))
			.isInstanceOf(RuleViolation.class)
			.hasMessageContaining("退回时须填写审核意见");
		assertThatThrownBy(() -> monitoring.review(reviewer(line.unitId()), round.id(), line.targetId(),
				submitted.version(), ReviewDecision.RETURN, "请补充\u0000数据来源", "部门"))
			.isInstanceOf(RuleViolation.class)
			.hasMessage("审核意见含有不可见的控制字符，请删除后再保存");
		MonitoringReport returned = monitoring.review(reviewer(line.unitId()), round.id(), line.targetId(),
				submitted.version(), ReviewDecision.RETURN, "请补充指标完成的数据来源。", "部门");
		assertThat(returned.status()).isEqualTo(ReportStatus.RETURNED);

		MonitoringReport resubmitted = monitoring.submit(filler, round.id(), line.targetId(), returned.version());
		MonitoringReport checked = monitoring.review(reviewer(line.unitId()), round.id(), line.targetId(),
				resubmitted.version(), ReviewDecision.APPROVE, "", "部门");
		assertThat(checked.status()).isEqualTo(ReportStatus.DEPARTMENT_APPROVED);
		MonitoringReport approved = monitoring.review(FINANCE, round.id(), line.targetId(), checked.version(),
				ReviewDecision.APPROVE, "同意", "财政");
		assertThat(approved.status()).isEqualTo(ReportStatus.APPROVED);
		assertThat(monitoring.reviews(FINANCE, round.id(), line.targetId())).hasSize(3);
		assertThat(monitoring.overview(FINANCE, round.id()).submitted()).isEqualTo(1);
		assertThat(
				jdbc.sql("select count(*) from audit_entry where record_type = 'MONITORING_REPORT' and record_id = :id")
					.param("id", approved.id())
					.query(Long.class)
					.single())
			.isEqualTo(7);

		MonitoringRound closed = monitoring.closeRound(FINANCE, round.id(), round.version());
		assertThat(closed.status()).isEqualTo(RoundStatus.CLOSED);
	}

}
