package org.perfdesk.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.perfdesk.execution.ExecutionFigures;
import org.perfdesk.execution.ProgressLight;
import org.perfdesk.execution.SourceAmounts;
import org.perfdesk.shared.Amount;
import org.perfdesk.targets.SpendingPlan;

class MonitoringLineTests {

	/** A project of 120 万元 that spent {@code spentWan} by the end of July. */
	static MonitoringLine line(String label, String spentWan, SpendingPlan plan, Likelihood likelihood) {
		var budget = new SourceAmounts(Amount.ofWan(new BigDecimal("120")), Amount.ZERO, Amount.ZERO);
		var spent = new SourceAmounts(Amount.ofWan(new BigDecimal(spentWan)), Amount.ZERO, Amount.ZERO);
		var figures = new ExecutionFigures(budget, SourceAmounts.ZERO, spent, 7);
		return new MonitoringLine(1, 1L, 1, "团市委本级", label, null, figures,
				plan == null ? null : ExpectedProgress.byPlan(plan, 7), likelihood);
	}

	@Test
	void theLightIsNamedByWhatSetIt() {
		assertThat(line("a", "35", null, null).lightText()).isEqualTo("滞后");
		assertThat(line("b", "70", null, Likelihood.POSSIBLE).lightText()).isEqualTo("有可能完成");
		var onTime = line("c", "70", null, null);
		var projected = new MonitoringLine(1, 1L, 1, "团市委本级", "c", null, onTime.figures(), null, null, null, 2);
		assertThat(projected.light()).isEqualTo(ProgressLight.RED);
		// spending on time: red because two indicators are projected to miss, not 滞后
		assertThat(projected.lightText()).isEqualTo("预计未达标");
		assertThat(onTime.lightText()).isEqualTo("正常");
	}

	@Test
	void executionLightFollowsProgressAgainstTime() {
		// 7 months = 58.33% of the year; 70 万元 of 120 = 58.33% → progress 100%
		assertThat(line("a", "70", null, null).executionLight()).isEqualTo(ProgressLight.GREEN);
		assertThat(line("b", "49", null, null).executionLight()).isEqualTo(ProgressLight.YELLOW); // 70%
		assertThat(line("c", "35", null, null).executionLight()).isEqualTo(ProgressLight.RED); // 50%
	}

	@Test
	void planLightComparesActualWithThePlannedShare() {
		// plan 20/50/75/100: July expects 58.33%; 35 of 120 = 29.17% → half of the plan:
		// red
		SpendingPlan plan = new SpendingPlan(BigDecimal.valueOf(20), BigDecimal.valueOf(50), BigDecimal.valueOf(75),
				BigDecimal.valueOf(100));
		MonitoringLine l = line("x", "35", plan, null);
		assertThat(l.plannedShare()).isEqualByComparingTo("0.5833");
		assertThat(l.planProgress()).isEqualByComparingTo("0.5001");
		assertThat(l.planLight()).isEqualTo(ProgressLight.RED);
		// a back-loaded plan 5/10/40/100 expects 20% in July: the same spending is green
		// against it
		SpendingPlan late = new SpendingPlan(BigDecimal.valueOf(5), BigDecimal.valueOf(10), BigDecimal.valueOf(40),
				BigDecimal.valueOf(100));
		assertThat(line("y", "35", late, null).planLight()).isEqualTo(ProgressLight.GREEN);
		assertThat(line("y", "35", late, null).light()).isEqualTo(ProgressLight.RED); // still
																						// red
																						// against
																						// time
	}

	@Test
	void planAndExecutionLightsUseTheThresholdsTheFiguresCarry() {
		// plan 20/50/75/100 expects 58.33% in July; 35 万元 of 120 is half of it, and 50%
		// of the time progress
		SpendingPlan plan = new SpendingPlan(BigDecimal.valueOf(20), BigDecimal.valueOf(50), BigDecimal.valueOf(75),
				BigDecimal.valueOf(100));
		var lenient = new org.perfdesk.execution.AlertThresholds(new BigDecimal("0.4"), new BigDecimal("0.55"));
		MonitoringLine l = line("x", "35", plan, null);
		var figures = new ExecutionFigures(l.figures().initialBudget(), l.figures().adjustment(),
				l.figures().executed(), 7, lenient);
		MonitoringLine withSettings = new MonitoringLine(1, 1L, 1, "团市委本级", "x", null, figures, l.plannedShare(), null);
		assertThat(l.planLight()).isEqualTo(ProgressLight.RED);
		assertThat(l.executionLight()).isEqualTo(ProgressLight.RED);
		assertThat(withSettings.planLight()).isEqualTo(ProgressLight.YELLOW); // 50.01%
																				// between
																				// 40% and
																				// 55%
		assertThat(withSettings.executionLight()).isEqualTo(ProgressLight.YELLOW); // 50%
		assertThat(withSettings.light()).isEqualTo(ProgressLight.YELLOW);
	}

	@Test
	void theWorstLikelihoodColoursTheLine() {
		assertThat(line("a", "70", null, Likelihood.IMPOSSIBLE).light()).isEqualTo(ProgressLight.RED);
		assertThat(line("a", "70", null, Likelihood.POSSIBLE).light()).isEqualTo(ProgressLight.YELLOW);
		assertThat(line("a", "70", null, Likelihood.CERTAIN).light()).isEqualTo(ProgressLight.GREEN);
	}

	@Test
	void linesAreSortedRedThenYellowThenGreen() {
		List<MonitoringLine> sorted = MonitoringLine.sorted(List.of(line("1 green", "70", null, null),
				line("2 red", "35", null, null), line("3 yellow", "49", null, null),
				line("4 red by likelihood", "70", null, Likelihood.IMPOSSIBLE)));
		assertThat(sorted).extracting(MonitoringLine::light)
			.containsExactly(ProgressLight.RED, ProgressLight.RED, ProgressLight.YELLOW, ProgressLight.GREEN);
		assertThat(sorted.get(0).label()).isEqualTo("2 red");
	}

}
