package org.perfdesk.evaluation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.perfdesk.DemoYear;
import org.perfdesk.evaluation.scoring.Numbers;
import org.perfdesk.evaluation.scoring.Qualitative;
import org.perfdesk.indicator.Comparison;
import org.perfdesk.indicator.TargetValue;
import org.perfdesk.org.DataScope;
import org.perfdesk.org.Role;
import org.perfdesk.shared.FiscalYear;
import org.perfdesk.targets.PerformanceTarget;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The demo accounts' scopes, the previous (ended) year's targets and typed inputs, for
 * the self-evaluation tests.
 */
final class EvaluationFixtures {

	static final DataScope FINANCE = new DataScope(Role.FINANCE_REVIEWER, 0, true, Set.of());

	final JdbcClient jdbc;

	final SelfEvaluationManagement evaluations;

	EvaluationFixtures(JdbcClient jdbc, SelfEvaluationManagement evaluations) {
		this.jdbc = jdbc;
		this.evaluations = evaluations;
	}

	/** The previous year, which has ended: the demo approved all its project targets. */
	static FiscalYear pastYear() {
		return FiscalYear.of(DemoYear.current() - 1);
	}

	long unit(String code) {
		return jdbc.sql("select id from org_unit where code = :c").param("c", code).query(Long.class).single();
	}

	DataScope filler(String unitCode) {
		long id = unit(unitCode);
		return new DataScope(Role.UNIT_FILLER, id, false, Set.of(id));
	}

	/** 团市委办公室's filler (account "filler"). */
	DataScope filler() {
		return filler("201");
	}

	/** 团市委财务 (account "reviewer"): the league and the units under it. */
	DataScope reviewer() {
		return new DataScope(Role.DEPARTMENT_REVIEWER, unit("201"), false,
				Set.of(unit("201"), unit("201001"), unit("201002")));
	}

	/** An approved target of the ended year of a unit, without a self-evaluation yet. */
	PerformanceTarget pendingTarget(String unitCode) {
		long unit = unit(unitCode);
		return evaluations.pending(FINANCE, pastYear())
			.stream()
			.filter(t -> t.unitId() == unit)
			.findFirst()
			.orElseThrow();
	}

	/** A self-evaluation just opened by the league's filler. */
	SelfEvaluation opened() {
		return evaluations.open(filler(), pendingTarget("201").id());
	}

	/**
	 * A complete input with full marks on every row: a quantitative row's actual equals
	 * its target value, a qualitative one is 达成, a row the rules cannot score is scored
	 * by hand at its 分值 with a reason.
	 */
	static List<EvaluationInput.Row> fullMarks(SelfEvaluation e) {
		var rows = new ArrayList<EvaluationInput.Row>();
		for (EvaluatedIndicator r : e.indicators()) {
			TargetValue t = TargetValue.parse(r.targetValue(), e.fiscalYear());
			String weight = r.weight().toPlainString();
			if (t.kind() == TargetValue.Kind.QUALITATIVE) {
				rows.add(new EvaluationInput.Row(weight, "效果良好", Qualitative.Band.ACHIEVED, "", "", ""));
			}
			else if (t.isQuantitative() && t.comparison() != Comparison.RANGE) {
				rows.add(new EvaluationInput.Row(weight, Numbers.text(t.number()) + t.unit(), null, "", "", ""));
			}
			else {
				rows.add(new EvaluationInput.Row(weight, "已按期完成", null, weight, "时限类指标，按期完成，评定满分", ""));
			}
		}
		return rows;
	}

	static EvaluationInput input(List<EvaluationInput.Row> rows) {
		return new EvaluationInput("全年完成主要任务，服务对象覆盖面达到预期。", "", "", "年末有少量合同尾款跨年支付。", rows);
	}

	/**
	 * The first row whose 年度指标值 is a ≥ target, where an actual below it loses points in
	 * proportion.
	 */
	static int firstAtLeast(SelfEvaluation e) {
		for (EvaluatedIndicator r : e.indicators()) {
			TargetValue t = TargetValue.parse(r.targetValue(), e.fiscalYear());
			if (t.isQuantitative() && t.comparison() == Comparison.AT_LEAST && t.number().signum() > 0) {
				return r.position();
			}
		}
		throw new IllegalStateException("no ≥ row");
	}

	/** The first row whose 年度指标值 is a ≤ target. */
	static int firstAtMost(SelfEvaluation e) {
		for (EvaluatedIndicator r : e.indicators()) {
			TargetValue t = TargetValue.parse(r.targetValue(), e.fiscalYear());
			if (t.isQuantitative() && t.comparison() == Comparison.AT_MOST && t.number().signum() > 0) {
				return r.position();
			}
		}
		throw new IllegalStateException("no ≤ row");
	}

	/** The row with its actual set to {@code factor} × the target number. */
	static EvaluationInput.Row scaled(SelfEvaluation e, int position, String factor) {
		EvaluatedIndicator r = e.indicators().get(position);
		TargetValue t = TargetValue.parse(r.targetValue(), e.fiscalYear());
		BigDecimal actual = t.number().multiply(new BigDecimal(factor));
		return new EvaluationInput.Row(r.weight().toPlainString(), Numbers.text(actual) + t.unit(), null, "", "", "");
	}

	static EvaluationInput.Row with(EvaluationInput.Row row, String weight, String score, String scoreReason,
			String reason) {
		return new EvaluationInput.Row(weight == null ? row.weight() : weight, row.actual(), row.band(),
				score == null ? row.score() : score, scoreReason == null ? row.scoreReason() : scoreReason,
				reason == null ? row.reason() : reason);
	}

	long auditCount(long id) {
		return jdbc.sql("select count(*) from audit_entry where record_type = 'SELF_EVALUATION' and record_id = :id")
			.param("id", id)
			.query(Long.class)
			.single();
	}

}
