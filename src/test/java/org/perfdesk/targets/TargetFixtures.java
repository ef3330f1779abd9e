package org.perfdesk.targets;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.perfdesk.budget.Project;
import org.perfdesk.budget.ProjectDraft;
import org.perfdesk.budget.ProjectManagement;
import org.perfdesk.budget.ProjectType;
import org.perfdesk.indicator.IndicatorScheme;
import org.perfdesk.indicator.IndicatorSubcategory;
import org.perfdesk.indicator.TargetValue;
import org.perfdesk.org.DataScope;
import org.perfdesk.org.Role;
import org.perfdesk.review.ReviewDecision;
import org.perfdesk.shared.Amount;
import org.perfdesk.shared.Grade;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Scopes of the demo accounts and well-written targets, for the target tests. */
final class TargetFixtures {

	private final JdbcClient jdbc;

	TargetFixtures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long unit(String code) {
		return jdbc.sql("select id from org_unit where code = :c").param("c", code).query(Long.class).single();
	}

	DataScope filler() {
		return fillerOf("201");
	}

	DataScope fillerOf(String unitCode) {
		long id = unit(unitCode);
		return new DataScope(Role.UNIT_FILLER, id, false, Set.of(id));
	}

	DataScope reviewer() {
		return new DataScope(Role.DEPARTMENT_REVIEWER, unit("201"), false,
				Set.of(unit("201"), unit("201001"), unit("201002")));
	}

	DataScope womenReviewer() {
		return new DataScope(Role.DEPARTMENT_REVIEWER, unit("202"), false, Set.of(unit("202")));
	}

	DataScope finance() {
		return new DataScope(Role.FINANCE_REVIEWER, unit("100"), true, Set.of());
	}

	Project newProject(ProjectManagement projects, String code, int year, String wan) {
		return projects.register(filler(),
				new ProjectDraft(unit("201"), year, code, "青年志愿者培训示范项目", ProjectType.ONE_OFF, year, year, "测试负责人",
						Amount.ofWan(new BigDecimal(wan)).yuan(), BigDecimal.ZERO, BigDecimal.ZERO,
						"培训青年志愿者骨干并组织社区志愿服务。"));
	}

	/**
	 * A target the quality rules accept: every required category, weights adding up to
	 * 100.
	 */
	static TargetContent good(Project p, IndicatorScheme scheme) {
		int y = p.fiscalYear();
		List<Indicator> list = new ArrayList<>();
		list.add(row(scheme.place(IndicatorSubcategory.ECONOMIC_COST), "项目总成本",
				"≤" + p.totalBudget().toWanExact().toPlainString() + "万元", 10, y));
		list.add(row(IndicatorSubcategory.QUANTITY, "培训志愿者骨干人数", "≥200人", 20, y));
		list.add(row(IndicatorSubcategory.QUANTITY, "社区志愿服务场次", "≥24场", 10, y));
		list.add(row(IndicatorSubcategory.QUALITY, "培训考核合格率", "≥95%", 10, y));
		list.add(row(IndicatorSubcategory.TIMELINESS, "培训完成时间", y + "年10月底前", 10, y));
		list.add(row(IndicatorSubcategory.SOCIAL, "受益社区居民人次", "≥3000人次", 30, y));
		list.add(row(IndicatorSubcategory.SERVICE_SATISFACTION, "参训志愿者满意度", "≥90%", 10, y));
		return new TargetContent(TargetKind.PROJECT, scheme, "", "年内完成志愿者骨干培训，并以社区为单位常态化开展志愿服务。",
				p.fiscalAppropriation().plus(p.carryOver()), p.otherFunds(), SpendingPlan.EVEN, "", List.of(), "", "",
				list);
	}

	static Indicator row(IndicatorSubcategory sub, String name, String value, int weight, int year) {
		return new Indicator(sub, name, name + "按台账统计", TargetValue.parse(value, year), ValueBasis.PLAN,
				BigDecimal.valueOf(weight), "完成值/指标值×" + weight + "分，最高" + weight + "分", false, "工作台账", null);
	}

	static TargetContent withIndicators(TargetContent c, List<Indicator> indicators) {
		return new TargetContent(c.kind(), c.scheme(), c.mediumTermObjective(), c.annualObjective(), c.fiscalFunds(),
				c.otherFunds(), c.spendingPlan(), c.duties(), c.tasks(), c.workFocus(), c.safeguards(), indicators);
	}

	static TargetContent withPlan(TargetContent c, SpendingPlan plan) {
		return new TargetContent(c.kind(), c.scheme(), c.mediumTermObjective(), c.annualObjective(), c.fiscalFunds(),
				c.otherFunds(), plan, c.duties(), c.tasks(), c.workFocus(), c.safeguards(), c.indicators());
	}

	static TargetContent withObjective(TargetContent c, String objective) {
		return new TargetContent(c.kind(), c.scheme(), c.mediumTermObjective(), objective, c.fiscalFunds(),
				c.otherFunds(), c.spendingPlan(), c.duties(), c.tasks(), c.workFocus(), c.safeguards(), c.indicators());
	}

	static TargetContent withFunds(TargetContent c, Amount fiscal, Amount other) {
		return new TargetContent(c.kind(), c.scheme(), c.mediumTermObjective(), c.annualObjective(), fiscal, other,
				c.spendingPlan(), c.duties(), c.tasks(), c.workFocus(), c.safeguards(), c.indicators());
	}

	static ReviewInput approve(Grade grade) {
		return new ReviewInput(ReviewDecision.APPROVE, "同意。", grade, grade, grade, grade);
	}

	static ReviewInput returnWith(String opinion) {
		return new ReviewInput(ReviewDecision.RETURN, opinion, Grade.GOOD, Grade.FAIR, Grade.FAIR, Grade.GOOD);
	}

}
