package org.perfdesk.evaluation.department;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.perfdesk.DemoYear;
import org.perfdesk.evaluation.common.CommonIndicator;
import org.perfdesk.evaluation.common.CommonIndicatorTemplate;
import org.perfdesk.org.DataScope;
import org.perfdesk.org.OrgDirectory;
import org.perfdesk.org.Role;
import org.perfdesk.org.Unit;
import org.perfdesk.targets.PerformanceTarget;
import org.perfdesk.targets.TargetManagement;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The demo city as the department self-evaluation tests read it: the youth league, whose
 * department target of last year is approved, with its filler's, reviewer's and the
 * finance bureau's scopes, and inputs that fill an evaluation completely.
 */
final class DepartmentEvaluationFixture {

	static final DataScope FINANCE = new DataScope(Role.FINANCE_REVIEWER, 0, true, Set.of());

	final int year = DemoYear.current() - 1;

	final long league;

	final Set<Long> subtree;

	final DataScope filler;

	final DataScope reviewer;

	final JdbcClient jdbc;

	DepartmentEvaluationFixture(JdbcClient jdbc, OrgDirectory directory) {
		this.jdbc = jdbc;
		league = jdbc
			.sql("select unit_id from target_performance_target where kind = 'DEPARTMENT' and fiscal_year = :y "
					+ "and status = 'APPROVED' and is_current = true")
			.param("y", year)
			.query(Long.class)
			.single();
		subtree = directory.subtree(league).stream().map(Unit::id).collect(Collectors.toSet());
		filler = new DataScope(Role.UNIT_FILLER, league, false, Set.of(league));
		reviewer = new DataScope(Role.DEPARTMENT_REVIEWER, league, false, subtree);
		forgetDemoEvaluation();
	}

	/**
	 * The demo city has already evaluated the league's year (DemoDepartmentEvaluations);
	 * the tests walk the evaluation from its start, so they remove it first. Only inside
	 * the test's transaction, which rolls it back.
	 */
	private void forgetDemoEvaluation() {
		String ids = "(select id from department_evaluation where unit_id = :d and fiscal_year = :y)";
		for (String child : List.of("key_indicator", "task", "response", "score", "review")) {
			jdbc.sql("delete from department_evaluation_" + child + " where evaluation_id in " + ids)
				.param("d", league)
				.param("y", year)
				.update();
		}
		jdbc.sql("delete from department_evaluation where unit_id = :d and fiscal_year = :y")
			.param("d", league)
			.param("y", year)
			.update();
	}

	PerformanceTarget target(TargetManagement targets) {
		return targets.ofDepartment(filler, league, year).orElseThrow();
	}

	long unitOf(String username) {
		return jdbc.sql("select unit_id from org_account where username = :u")
			.param("u", username)
			.query(Long.class)
			.single();
	}

	static DataScope fillerOf(long unit) {
		return new DataScope(Role.UNIT_FILLER, unit, false, Set.of(unit));
	}

	/**
	 * Every field filled: the key indicators reach their expected values (the expected
	 * text as the actual), every checklist item met except the first item of the first
	 * checklist, and a reason on every common indicator.
	 */
	static DepartmentSelfEvaluationInput complete(DepartmentSelfEvaluation e, CommonIndicatorTemplate template) {
		var keys = e.keyIndicators()
			.stream()
			.map(k -> new DepartmentSelfEvaluationInput.KeyIndicatorEntry(k.expected().replaceAll("^[≥≤=<>]", ""),
					"全年完成" + k.name() + "。"))
			.toList();
		var tasks = e.tasks().stream().map(t -> t.name() + "按计划完成。").toList();
		List<DepartmentSelfEvaluationInput.ResponseEntry> responses = new ArrayList<>();
		boolean first = true;
		for (CommonIndicator c : template.indicators()) {
			List<String> answers = new ArrayList<>();
			for (int i = 0; i < c.items().size(); i++) {
				answers.add(first && i == 0 ? "N" : "Y");
			}
			if (c.checklist()) {
				first = false;
			}
			responses.add(new DepartmentSelfEvaluationInput.ResponseEntry(c.code(), answers, "未达满分的原因：" + c.name()));
		}
		return new DepartmentSelfEvaluationInput("围绕三项重点完成年度任务。", "部分活动受场地限制未能按期开展。", "加强季度调度，提前落实活动场地。",
				"年中按实际需要调整项目预算。", keys, tasks, responses);
	}

}
