package org.perfdesk.monitoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.perfdesk.execution.ExecutionFigures;
import org.perfdesk.execution.ExecutionRates;
import org.perfdesk.execution.ProgressLight;

/**
 * One line of a round (预警清单): an approved target with its execution to the cut-off month
 * against elapsed time (执行进度) and against its spending plan (计划进度), the worst 完成目标可能性
 * reported, and the report's status ({@code null}: 未填报). The line's light is the worst of
 * the three. A department target (部门整体支出, {@code projectId} null) has the execution of
 * the department's projects summed and no plan (plan light none).
 *
 * @param plannedShare the share of the budget the spending plan expects by the cut-off
 * (ExpectedProgress.byPlan)
 * @param decision the finance bureau's 监控结果处理 on the report, null while there is none
 * @param projectionMisses how many indicators' 全年预计完成情况 fall short of the target
 * ({@link ProjectionMiss})
 */
public record MonitoringLine(long targetId, Long projectId, long unitId, String unitName, String label,
		ReportStatus reportStatus, ExecutionFigures figures, BigDecimal plannedShare, Likelihood worstLikelihood,
		MonitoringDecision decision, int projectionMisses) {

	/** A line without a decision. */
	public MonitoringLine(long targetId, Long projectId, long unitId, String unitName, String label,
			ReportStatus reportStatus, ExecutionFigures figures, BigDecimal plannedShare, Likelihood worstLikelihood) {
		this(targetId, projectId, unitId, unitName, label, reportStatus, figures, plannedShare, worstLikelihood, null,
				0);
	}

	/**
	 * Red when any indicator is projected to miss its target, whatever likelihood the
	 * unit chose.
	 */
	public ProgressLight projectionLight() {
		return projectionMisses > 0 ? ProgressLight.RED : null;
	}

	/**
	 * Red first, then yellow, then green; lines without a light last; by label within a
	 * colour.
	 */
	public static final Comparator<MonitoringLine> WORST_FIRST = Comparator
		.comparing(MonitoringLine::light, Comparator.nullsLast(Comparator.naturalOrder()))
		.thenComparing(MonitoringLine::label);

	/** The lines sorted red, yellow, green. */
	public static List<MonitoringLine> sorted(List<MonitoringLine> lines) {
		return lines.stream().sorted(WORST_FIRST).toList();
	}

	/**
	 * 执行率 ÷ 计划进度: how much of what the plan expected was spent; null without a budget or
	 * a plan.
	 */
	public BigDecimal planProgress() {
		BigDecimal rate = figures.executionRate();
		if (rate == null || plannedShare == null || plannedShare.signum() == 0) {
			return null;
		}
		return rate.divide(plannedShare, ExecutionRates.SCALE, RoundingMode.HALF_UP);
	}

	/**
	 * The light against the spending plan, with the same thresholds as the figures
	 * ({@code perfdesk.alerts.*}).
	 */
	public ProgressLight planLight() {
		if (plannedShare != null && plannedShare.signum() == 0 && figures.executionRate() != null) {
			return ProgressLight.GREEN; // the plan expected nothing yet
		}
		return figures.thresholds().light(planProgress());
	}

	public ProgressLight executionLight() {
		return figures.light();
	}

	public ProgressLight likelihoodLight() {
		return worstLikelihood == null ? null : worstLikelihood.light();
	}

	/** The worst of the execution, plan and likelihood lights (RED sorts first). */
	public ProgressLight light() {
		return Stream.of(executionLight(), planLight(), likelihoodLight(), projectionLight())
			.filter(java.util.Objects::nonNull)
			.min(Comparator.naturalOrder())
			.orElse(null);
	}

	/**
	 * The words of the line's light, from the light that set it: 滞后 / 偏慢 / 正常 of the
	 * execution against time, 计划滞后 of the plan, 预计未达标 of a projected miss, the likelihood
	 * chosen. A line red only because an indicator is projected to miss is not called 滞后:
	 * its spending may be on time.
	 */
	public String lightText() {
		ProgressLight light = light();
		if (light == null) {
			return "";
		}
		if (executionLight() == light) {
			return light.label();
		}
		if (planLight() == light) {
			return "计划" + light.label();
		}
		if (projectionLight() == light) {
			return "预计未达标";
		}
		return worstLikelihood.label() + "完成";
	}

	public String plannedShareText() {
		return ExecutionRates.percent(plannedShare);
	}

	public String planProgressText() {
		return ExecutionRates.percent(planProgress());
	}

	/**
	 * A department target's line (部门整体支出): the funds are the department's projects
	 * summed, there is no plan.
	 */
	public boolean department() {
		return projectId == null;
	}

	/** The heading of the funds: 全年预算数 of the project, or 部门项目支出合计 of a department. */
	public String fundsLabel() {
		return department() ? "部门项目支出合计（万元）" : "项目资金（万元）";
	}

	/** The kind of target in the report's title. */
	public String kindLabel() {
		return department() ? "部门整体支出绩效目标" : "项目支出绩效目标";
	}

	/** 执行率 in percent with two decimals for the chart, 0 when there is none. */
	public BigDecimal executionRatePercent() {
		BigDecimal rate = figures.executionRate();
		return rate == null ? BigDecimal.ZERO : rate.movePointRight(2).setScale(2, RoundingMode.HALF_UP);
	}
}
