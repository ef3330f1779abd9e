package org.perfdesk.evaluation;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

import org.perfdesk.budget.FundSource;
import org.perfdesk.evaluation.scoring.ScoredItem;
import org.perfdesk.execution.ExecutionRates;
import org.perfdesk.execution.SourceAmounts;
import org.perfdesk.shared.Grade;

/**
 * 项目支出绩效自评表: a unit's self-evaluation of one approved project target after the fiscal
 * year has ended (财预〔2020〕10号 附件1). Opened by the unit's 填报人 with the budget block taken
 * from module execution and the indicators and 分值 from the target; every save recomputes
 * and stores each score with the engine; submitted, it is reviewed by the department,
 * then by the finance bureau; a return with an opinion makes it editable again, and an
 * approved table is locked. The scores of a table that is no longer editable are never
 * recomputed.
 *
 * @param targetId the approved target version evaluated
 * @param initialBudget 年初预算数 by fund source (yuan)
 * @param fullYearBudget 全年预算数 by fund source
 * @param executed 全年执行数 by fund source
 * @param objective 年度总体目标 (预期目标) as approved
 * @param completionText 实际完成情况
 * @param execution the 预算执行 score as computed (its weight is the 预算执行 分值)
 * @param executionOverride the 预算执行 score set by hand, or null
 * @param executionReason 预算执行偏差原因
 * @param total 总分: the 预算执行 score plus every indicator's score, each as it counts
 * @param grade 等级 of the unrounded total
 */
public record SelfEvaluation(Long id, long targetId, long projectId, long unitId, int fiscalYear,
		EvaluationStatus status, SourceAmounts initialBudget, SourceAmounts fullYearBudget, SourceAmounts executed,
		String objective, String completionText, ScoredItem execution, ManualOverride executionOverride,
		String executionReason, BigDecimal total, Grade grade, int version, LocalDateTime updatedAt,
		List<EvaluatedIndicator> indicators) {

	public SelfEvaluation {
		indicators = List.copyOf(indicators);
		objective = objective == null ? "" : objective;
		completionText = completionText == null ? "" : completionText;
		executionReason = executionReason == null ? "" : executionReason;
	}

	public boolean editable() {
		return status.editable();
	}

	/** The 预算执行 分值. */
	public BigDecimal executionWeight() {
		return execution.weight();
	}

	/**
	 * The 预算执行 score that counts; null when it could not be computed and none was set.
	 */
	public BigDecimal executionScore() {
		return executionOverride != null ? executionOverride.score() : execution.score();
	}

	/** 执行率 = 全年执行数 ÷ 全年预算数 of the total, null without a budget. */
	public BigDecimal executionRate() {
		return ExecutionRates.executionRate(executed.total(), fullYearBudget.total());
	}

	/** 执行率 of one fund source, null without a budget of that source. */
	public BigDecimal executionRate(FundSource source) {
		return ExecutionRates.executionRate(executed.of(source), fullYearBudget.of(source));
	}

	/** The 分值 of the table: 预算执行 plus the indicators. */
	public BigDecimal weightTotal() {
		return indicators.stream().map(EvaluatedIndicator::weight).reduce(executionWeight(), BigDecimal::add);
	}

	/** The rows that count an indicator's score set by hand, and the 预算执行 one. */
	public long overrides() {
		return indicators.stream().filter(EvaluatedIndicator::overridden).count() + (executionOverride != null ? 1 : 0);
	}
}
