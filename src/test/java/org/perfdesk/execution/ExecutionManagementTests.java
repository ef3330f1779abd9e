package org.perfdesk.execution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.perfdesk.execution.ExecutionFixtures.decrease;
import static org.perfdesk.execution.ExecutionFixtures.increase;
import static org.perfdesk.execution.ExecutionFixtures.spent;
import static org.perfdesk.execution.ExecutionFixtures.wan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.perfdesk.DemoYear;
import org.perfdesk.IntegrationTest;
import org.perfdesk.budget.FundSource;
import org.perfdesk.budget.Project;
import org.perfdesk.budget.ProjectManagement;
import org.perfdesk.shared.Amount;
import org.perfdesk.shared.ConcurrentChange;
import org.perfdesk.shared.FiscalYear;
import org.perfdesk.shared.RecordNotFound;
import org.perfdesk.shared.RuleViolation;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

@IntegrationTest
@Transactional
class ExecutionManagementTests {

	@Autowired
	ExecutionManagement execution;

	@Autowired
	ProjectManagement projects;

	@Autowired
	JdbcClient jdbc;

	ExecutionFixtures fx;

	int year = DemoYear.current();

	int month = ExecutionFixtures.now().getMonthValue();

	Project project;

	@BeforeEach
	void fixtures() {
		fx = new ExecutionFixtures(jdbc);
		project = fx.newProject(projects, "ZX-T-001", year, "100", "20", "0");
	}

	private long auditLines(String type, long id) {
		return jdbc.sql("select count(*) from audit_entry where record_type = :t and record_id = :id")
			.param("t", type)
			.param("id", id)
			.query(Long.class)
			.single();
	}

	@Test
	void adjustmentsGiveTheFullYearBudgetAndAreAudited() {
		execution.adjust(fx.filler(), project.id(), increase(year, FundSource.OTHER, "5"));
		execution.adjust(fx.filler(), project.id(), decrease(year, FundSource.FISCAL_APPROPRIATION, "30"));
		ProjectExecution pe = execution.find(fx.filler(), project.id(), FiscalYear.of(year));
		assertThat(pe.fullYearBudget()).isEqualTo(spent("70", "20", "5"));
		assertThat(pe.figures().fullYearBudget().total()).isEqualTo(wan("95"));
		assertThat(pe.adjustments()).extracting(BudgetAdjustment::kind)
			.containsExactly(AdjustmentKind.INCREASE, AdjustmentKind.DECREASE);
		assertThat(auditLines("BUDGET_ADJUSTMENT", project.id())).isEqualTo(2);
	}

	@Test
	void refusesBadAdjustmentsWithAMessagePerField() {
		var bad = new AdjustmentDraft(LocalDate.of(year - 1, 12, 31), AdjustmentKind.INCREASE, FundSource.OTHER,
				Amount.ZERO, " ");
		assertThatThrownBy(() -> execution.adjust(fx.filler(), project.id(), bad)).isInstanceOfSatisfying(
				RuleViolation.class, e -> assertThat(e.errors()).containsKeys("adjustedOn", "amount", "reason"));
		var negative = new AdjustmentDraft(LocalDate.of(year, 1, 1), AdjustmentKind.INCREASE, FundSource.OTHER,
				wan("-1"), "原因");
		assertThatThrownBy(() -> execution.adjust(fx.filler(), project.id(), negative))
			.isInstanceOf(RuleViolation.class)
			.hasMessageContaining("须大于 0");
		var invisible = new AdjustmentDraft(LocalDate.of(year, 1, 1), AdjustmentKind.INCREASE, FundSource.OTHER,
				wan("1"), "追加\u0000活动经费");
		assertThatThrownBy(() -> execution.adjust(fx.filler(), project.id(), invisible))
			.isInstanceOf(RuleViolation.class)
			.hasMessage("调整原因含有不可见的控制字符，请删除后再保存");
		assertThat(auditLines("BUDGET_ADJUSTMENT", project.id())).isZero();
	}

	@Test
	void aDecreaseMayNotMakeTheSourceNegativeNorGoBelowWhatWasSpent() {
		assertThatThrownBy(
				() -> execution.adjust(fx.filler(), project.id(), decrease(year, FundSource.CARRY_OVER, "20.01")))
			.isInstanceOf(RuleViolation.class)
			.hasMessageContaining("上年结转")
			.hasMessageContaining("负数");
		execution.record(fx.filler(), project.id(), 1, spent("60", "0", "0"), null);
		assertThatThrownBy(() -> execution.adjust(fx.filler(), project.id(),
				decrease(year, FundSource.FISCAL_APPROPRIATION, "40.01")))
			.isInstanceOf(RuleViolation.class)
			.hasMessageContaining("已执行 60.00 万元");
		execution.adjust(fx.filler(), project.id(), decrease(year, FundSource.FISCAL_APPROPRIATION, "40"));
		assertThat(execution.find(fx.filler(), project.id(), null).fullYearBudget().fiscalAppropriation())
			.isEqualTo(wan("60"));
	}

	@Test
	void recordsAMonthAndReplacesItWithTheVersion() {
		MonthlyExecution first = execution.record(fx.filler(), project.id(), month, spent("10", "2", "0"), null);
		assertThat(first.version()).isZero();
		MonthlyExecution second = execution.record(fx.filler(), project.id(), month, spent("12.345678", "0", "0"), 0);
		assertThat(second.version()).isEqualTo(1);
		assertThat(second.spent().fiscalAppropriation().yuan()).isEqualByComparingTo("123456.78");
		ProjectExecution pe = execution.find(fx.filler(), project.id(), null);
		assertThat(pe.figures().executed().total()).isEqualTo(wan("12.345678"));
		// 123456.78 / 1200000 = 0.102880… → 0.1029
		assertThat(pe.figures().executionRate()).isEqualTo(new BigDecimal("0.1029"));
		assertThat(auditLines("EXECUTION", project.id())).isEqualTo(2);
	}

	@Test
	void aStaleVersionIsAConcurrentChange() {
		execution.record(fx.filler(), project.id(), month, spent("10", "0", "0"), null);
		execution.record(fx.filler(), project.id(), month, spent("11", "0", "0"), 0);
		assertThatThrownBy(() -> execution.record(fx.filler(), project.id(), month, spent("12", "0", "0"), 0))
			.isInstanceOf(ConcurrentChange.class);
		assertThatThrownBy(() -> execution.record(fx.filler(), project.id(), month, spent("12", "0", "0"), null))
			.isInstanceOf(ConcurrentChange.class);
		assertThat(execution.find(fx.filler(), project.id(), null).spentIn(month).fiscalAppropriation())
			.isEqualTo(wan("11"));
	}

	@Test
	void refusesNegativeAmountsFutureMonthsAndSpendingAboveTheFullYearBudget() {
		assertThatThrownBy(() -> execution.record(fx.filler(), project.id(), 1, spent("-1", "0", "0"), null))
			.isInstanceOfSatisfying(RuleViolation.class,
					e -> assertThat(e.errors()).containsKey("fiscalAppropriation"));
		Project next = fx.newProject(projects, "ZX-T-NEXT", year + 1, "10", "0", "0");
		assertThatThrownBy(() -> execution.record(fx.filler(), next.id(), 1, spent("1", "0", "0"), null))
			.isInstanceOf(RuleViolation.class)
			.hasMessageContaining("未来月份");
		assertThatThrownBy(() -> execution.record(fx.filler(), project.id(), 13, spent("1", "0", "0"), null))
			.isInstanceOf(RuleViolation.class)
			.hasMessageContaining("1 至 12");
		execution.record(fx.filler(), project.id(), 1, spent("90", "0", "0"), null);
		assertThatThrownBy(() -> execution.record(fx.filler(), project.id(), month, spent("10.01", "0", "0"),
				month == 1 ? 0 : null))
			.isInstanceOfSatisfying(RuleViolation.class,
					e -> assertThat(e.errors().get("fiscalAppropriation")).contains("当年财政拨款")
						.contains(month + " 月")
						.contains("100.01 万元")
						.contains("100.00 万元"));
		assertThatThrownBy(() -> execution.record(fx.filler(), project.id(), 1, spent("0", "0", "0.01"), 0))
			.isInstanceOf(RuleViolation.class)
			.hasMessageContaining("其他资金");
		// after a 追加 it fits
		execution.adjust(fx.filler(), project.id(), increase(year, FundSource.FISCAL_APPROPRIATION, "0.01"));
		if (month > 1) {
			execution.record(fx.filler(), project.id(), month, spent("10.01", "0", "0"), null);
		}
	}

	@Test
	void outsideTheScopeIsNotFoundAndOnlyTheUnitsFillerWrites() {
		assertThatThrownBy(() -> execution.find(fx.fillerOf("202"), project.id(), null))
			.isInstanceOf(RecordNotFound.class);
		assertThatThrownBy(() -> execution.record(fx.fillerOf("202"), project.id(), 1, spent("1", "0", "0"), null))
			.isInstanceOf(RecordNotFound.class);
		assertThatThrownBy(() -> execution.find(fx.filler(), project.id(), FiscalYear.of(year - 1)))
			.isInstanceOf(RecordNotFound.class);
		assertThat(execution.find(fx.reviewer(), project.id(), null).project().id()).isEqualTo(project.id());
		assertThatThrownBy(() -> execution.record(fx.reviewer(), project.id(), 1, spent("1", "0", "0"), null))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> execution.adjust(fx.finance(), project.id(), increase(year, FundSource.OTHER, "1")))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void theYearsTableHasEveryProjectInScopeWithUnitSubtotalsAndAGrandTotal() {
		execution.record(fx.filler(), project.id(), 1, spent("30", "0", "0"), null);
		ExecutionOverview overview = execution.list(fx.reviewer(), FiscalYear.of(year));
		long expectedProjects = jdbc
			.sql("select count(*) from budget_project where fiscal_year = :y and unit_id in " + "(:u)")
			.param("y", year)
			.param("u", List.of(fx.unit("201"), fx.unit("201001"), fx.unit("201002")))
			.query(Long.class)
			.single();
		assertThat(overview.projectCount()).isEqualTo(expectedProjects);
		assertThat(overview.month()).isEqualTo(month);
		BigDecimal budget = jdbc
			.sql("select sum(fiscal_appropriation + carry_over + other_funds) from budget_project "
					+ "where fiscal_year = :y and unit_id in (:u)")
			.param("y", year)
			.param("u", List.of(fx.unit("201"), fx.unit("201001"), fx.unit("201002")))
			.query(BigDecimal.class)
			.single();
		assertThat(overview.total().initialBudget().total().yuan()).isEqualByComparingTo(budget);
		UnitExecution league = overview.units()
			.stream()
			.filter(u -> u.unitId() == fx.unit("201"))
			.findFirst()
			.orElseThrow();
		Amount subtotal = league.projects()
			.stream()
			.map(p -> p.figures().executed().total())
			.reduce(Amount.ZERO, Amount::plus);
		assertThat(league.subtotal().executed().total()).isEqualTo(subtotal);
		assertThat(overview.units()).extracting(UnitExecution::subtotal)
			.extracting(f -> f.executed().total())
			.contains(subtotal);
		assertThat(execution.list(fx.fillerOf("202"), FiscalYear.of(year)).units())
			.allMatch(u -> u.unitId() == fx.unit("202"));
	}

}
