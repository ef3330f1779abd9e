package org.perfdesk.execution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.perfdesk.budget.FundSource;
import org.perfdesk.budget.Project;
import org.perfdesk.budget.ProjectType;
import org.perfdesk.shared.Amount;

class ExecutionRatesTests {

	static Amount yuan(String s) {
		return Amount.ofYuan(s);
	}

	@Test
	void executionRateIsExecutedOverFullYearBudgetRoundedHalfUpToFourDecimals() {
		assertThat(ExecutionRates.executionRate(yuan("76340"), yuan("100000"))).isEqualByComparingTo("0.7634");
		// 1 / 3 = 0.33333… → 0.3333; 2 / 3 = 0.66666… → 0.6667
		assertThat(ExecutionRates.executionRate(yuan("1"), yuan("3"))).isEqualTo(new BigDecimal("0.3333"));
		assertThat(ExecutionRates.executionRate(yuan("2"), yuan("3"))).isEqualTo(new BigDecimal("0.6667"));
		// exactly half of the fifth decimal rounds up
		assertThat(ExecutionRates.executionRate(yuan("0.01"), yuan("200.00"))).isEqualTo(new BigDecimal("0.0001"));
	}

	@Test
	void noRateWhenTheBudgetIsZeroShownAsDash() {
		assertThat(ExecutionRates.executionRate(yuan("0"), Amount.ZERO)).isNull();
		assertThat(ExecutionRates.executionProgress(yuan("10"), Amount.ZERO, 6)).isNull();
		assertThat(ExecutionRates.percent(null)).isEqualTo("—");
		assertThat(ProgressLight.of(null)).isNull();
	}

	@Test
	void timeProgressIsTheMonthOverTwelve() {
		assertThat(ExecutionRates.timeProgress(1)).isEqualTo(new BigDecimal("0.0833"));
		assertThat(ExecutionRates.timeProgress(6)).isEqualTo(new BigDecimal("0.5000"));
		assertThat(ExecutionRates.timeProgress(7)).isEqualTo(new BigDecimal("0.5833"));
		assertThat(ExecutionRates.timeProgress(12)).isEqualTo(new BigDecimal("1.0000"));
		assertThat(ExecutionRates.timeProgress(0)).isEqualByComparingTo("0");
		assertThatThrownBy(() -> ExecutionRates.timeProgress(13)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void executionProgressIsComputedFromTheAmountsNotFromRoundedRates() {
		// 1 of 3 spent by January: rate 0.3333, time 0.0833; exact progress 4.0000, not
		// 0.3333 / 0.0833 = 4.0012
		assertThat(ExecutionRates.executionProgress(yuan("1"), yuan("3"), 1)).isEqualTo(new BigDecimal("4.0000"));
		assertThat(ExecutionRates.executionProgress(yuan("30"), yuan("100"), 6)).isEqualTo(new BigDecimal("0.6000"));
		assertThat(ExecutionRates.executionProgress(yuan("30"), yuan("100"), 0)).isNull();
	}

	@Test
	void percentShowsTwoDecimals() {
		assertThat(ExecutionRates.percent(new BigDecimal("0.7634"))).isEqualTo("76.34%");
		assertThat(ExecutionRates.percent(new BigDecimal("1.0000"))).isEqualTo("100.00%");
		assertThat(ExecutionRates.percent(new BigDecimal("0.0833"))).isEqualTo("8.33%");
	}

	@Test
	void lightsFollowTheSixtyAndEightyPercentBands() {
		assertThat(ProgressLight.of(new BigDecimal("0.5999"))).isEqualTo(ProgressLight.RED);
		assertThat(ProgressLight.of(new BigDecimal("0.6000"))).isEqualTo(ProgressLight.YELLOW);
		assertThat(ProgressLight.of(new BigDecimal("0.7999"))).isEqualTo(ProgressLight.YELLOW);
		assertThat(ProgressLight.of(new BigDecimal("0.8000"))).isEqualTo(ProgressLight.GREEN);
	}

	static Project project(String fiscal, String carry, String other) {
		return new Project(1, 10, 2026, "P-1", "测试项目", ProjectType.ONE_OFF, 2026, 2026, "负责人", yuan(fiscal),
				yuan(carry), yuan(other), "用途", 0);
	}

	static BudgetAdjustment adjustment(AdjustmentKind kind, FundSource source, String amount) {
		return new BudgetAdjustment(1, 1, 10, 2026, LocalDate.of(2026, 5, 1), kind, source, yuan(amount), "原因",
				LocalDateTime.of(2026, 5, 1, 9, 0));
	}

	static MonthlyExecution month(int m, String fiscal, String carry, String other) {
		return new MonthlyExecution(m, 1, 10, 2026, m, new SourceAmounts(yuan(fiscal), yuan(carry), yuan(other)), 0,
				LocalDateTime.of(2026, m, 28, 9, 0));
	}

	@Test
	void fullYearBudgetIsInitialPlusIncreasesMinusDecreasesPerSource() {
		var execution = new ProjectExecution(project("100000", "20000", "0"),
				List.of(adjustment(AdjustmentKind.INCREASE, FundSource.OTHER, "5000"),
						adjustment(AdjustmentKind.DECREASE, FundSource.FISCAL_APPROPRIATION, "30000"),
						adjustment(AdjustmentKind.INCREASE, FundSource.FISCAL_APPROPRIATION, "10000")),
				List.of(), 6);
		assertThat(execution.adjustment()).isEqualTo(new SourceAmounts(yuan("-20000"), yuan("0"), yuan("5000")));
		assertThat(execution.fullYearBudget()).isEqualTo(new SourceAmounts(yuan("80000"), yuan("20000"), yuan("5000")));
		assertThat(execution.fullYearBudget().total()).isEqualTo(yuan("105000"));
		assertThat(execution.initialBudget().total()).isEqualTo(yuan("120000"));
	}

	@Test
	void cumulativeExecutionAddsTheMonthsUpToTheReadingMonth() {
		var execution = new ProjectExecution(project("100000", "0", "20000"), List.of(),
				List.of(month(1, "10000", "0", "0"), month(3, "20000", "0", "5000"), month(8, "40000", "0", "0")), 6);
		assertThat(execution.executedTo(2).total()).isEqualTo(yuan("10000"));
		assertThat(execution.figures().executed()).isEqualTo(new SourceAmounts(yuan("30000"), yuan("0"), yuan("5000")));
		assertThat(execution.cumulative()).hasSize(12);
		assertThat(execution.cumulative().get(11).total()).isEqualTo(yuan("75000"));
		assertThat(execution.lastRecordedMonth()).isEqualTo(8);
		// 35000 / 120000 = 0.291666… → 0.2917; time 0.5; progress 35000 × 12 / (120000 ×
		// 6) = 0.583333… → 0.5833
		assertThat(execution.figures().executionRate()).isEqualTo(new BigDecimal("0.2917"));
		assertThat(execution.figures().executionRate(FundSource.OTHER)).isEqualTo(new BigDecimal("0.2500"));
		assertThat(execution.figures().executionRate(FundSource.CARRY_OVER)).isNull();
		assertThat(execution.figures().executionProgress()).isEqualTo(new BigDecimal("0.5833"));
		assertThat(execution.figures().light()).isEqualTo(ProgressLight.RED);
		assertThat(execution.figures().barPercent()).isEqualTo(29);
	}

	@Test
	void subtotalsAddAmountsAndComputeRatesAgain() {
		var a = new ExecutionFigures(new SourceAmounts(yuan("100"), yuan("0"), yuan("0")), SourceAmounts.ZERO,
				new SourceAmounts(yuan("100"), yuan("0"), yuan("0")), 6);
		var b = new ExecutionFigures(new SourceAmounts(yuan("300"), yuan("0"), yuan("0")), SourceAmounts.ZERO,
				SourceAmounts.ZERO, 6);
		// not the average of 100% and 0%, but 100 / 400
		assertThat(a.plus(b).executionRate()).isEqualTo(new BigDecimal("0.2500"));
		assertThat(ExecutionFigures.none(6).executionRateText()).isEqualTo("—");
	}

	@Test
	void aDecreaseCountsNegative() {
		assertThat(AdjustmentKind.DECREASE.signed(yuan("12.5"))).isEqualTo(yuan("-12.5"));
		assertThat(adjustment(AdjustmentKind.DECREASE, FundSource.CARRY_OVER, "7").change())
			.isEqualTo(new SourceAmounts(yuan("0"), yuan("-7"), yuan("0")));
	}

}
