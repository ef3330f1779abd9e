package org.perfdesk.targets.quality;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.perfdesk.indicator.IndicatorScheme;
import org.perfdesk.indicator.IndicatorSubcategory;
import org.perfdesk.indicator.TargetValue;
import org.perfdesk.shared.Amount;
import org.perfdesk.targets.Indicator;
import org.perfdesk.targets.KeyTask;
import org.perfdesk.targets.SpendingPlan;
import org.perfdesk.targets.TargetContent;
import org.perfdesk.targets.TargetKind;
import org.perfdesk.targets.TargetSubject;

import static org.perfdesk.indicator.IndicatorSubcategory.*;

/**
 * Targets for the rule tests. {@link #volunteerTraining()} is a well-written project
 * target that passes every rule; a test starts from it (or from an empty
 * {@link #project()}) and changes the one thing its rule is about. Amounts are typed in
 * 万元 as the forms show them; values are typed as the filler types them and read by
 * {@link TargetValue#parse(String, Integer)} with the target's year, so the rules are
 * tested on what they will get.
 */
final class TargetBuilder {

	/**
	 * A 评(扣)分标准 D15 accepts: a formula, capped at the weight, with a deduction for
	 * falling short.
	 */
	static final String SCORING_RULE = "完成值/目标值×分值，最高不超过分值；未完成的，每低10%扣分值的20%";

	private TargetKind kind = TargetKind.PROJECT;

	private IndicatorScheme scheme = IndicatorScheme.CORE_2021;

	private int fiscalYear = 2024;

	private String mediumTermObjective = "";

	private String annualObjective = "全年举办青年志愿者骨干培训班6期、培训600人次，参训人员考核合格率达到90%以上；"
			+ "参训志愿者全年人均参与志愿服务20小时以上，新注册青年志愿者300人。";

	private Amount fiscalFunds = wan("12");

	private Amount otherFunds = Amount.ZERO;

	private SpendingPlan spendingPlan = SpendingPlan.EVEN;

	private final List<KeyTask> tasks = new ArrayList<>();

	private Amount projectBudget = wan("12");

	private String projectPurpose = "用于青年志愿者骨干培训的场地租赁、师资课酬、教材印制和学员保险等支出。";

	private Integer startYear = 2024;

	private Integer endYear = 2024;

	private final List<Row> rows = new ArrayList<>();

	private TargetBuilder() {
	}

	/** A one-year project with funds, plan and objective, and no indicators yet. */
	static TargetBuilder project() {
		return new TargetBuilder();
	}

	/**
	 * A department target with one key task, no project fields, and no indicators yet.
	 */
	static TargetBuilder department() {
		TargetBuilder builder = new TargetBuilder();
		builder.kind = TargetKind.DEPARTMENT;
		builder.annualObjective = "全年开展青年志愿服务活动不少于40场，服务群众1万人次，志愿者注册人数增长10%。";
		builder.fiscalFunds = null;
		builder.otherFunds = null;
		builder.spendingPlan = null;
		builder.projectBudget = null;
		builder.projectPurpose = null;
		builder.startYear = null;
		builder.endYear = null;
		builder.tasks.add(new KeyTask("青年志愿者行动", "组织志愿服务活动和志愿者培训", wan("30"), Amount.ZERO));
		return builder;
	}

	/**
	 * 青年志愿者骨干培训 (2024, 12万元, 101号 scheme): the well-written target of the tests — every
	 * required category, numbers with units, explanations that say how each row is
	 * counted, scoring rules, weights of 100.
	 */
	static TargetBuilder volunteerTraining() {
		return project().row(ECONOMIC_COST, "人均培训成本", "培训总支出除以实际参训人次", "≤200元/人")
			.weight("10")
			.row(QUANTITY, "青年志愿者骨干培训人次", "全年各期培训签到人次之和", "≥600人次")
			.weight("20")
			.row(QUANTITY, "举办培训班期数", "按培训通知和结业名单统计的期数", "=6期")
			.weight("10")
			.row(QUALITY, "参训人员考核合格率", "结业考核合格人数占参训人数的比例", "≥90%")
			.weight("10")
			.row(TIMELINESS, "培训完成时间", "最后一期培训结业的日期", "2024年10月底前")
			.weight("10")
			.row(SOCIAL, "参训志愿者人均志愿服务时长", "志愿汇平台记录的参训志愿者全年服务时长平均值", "≥20小时")
			.weight("15")
			.row(SOCIAL, "新注册青年志愿者人数", "全年在志愿汇平台新注册的本地青年志愿者", "≥300人")
			.weight("15")
			.row(SERVICE_SATISFACTION, "参训青年满意度", "结业问卷中满意和较满意的比例", "≥90%")
			.weight("10")
			.scoringForAll(SCORING_RULE);
	}

	static Amount wan(String wan) {
		return Amount.ofWan(new BigDecimal(wan));
	}

	TargetBuilder scheme(IndicatorScheme scheme) {
		this.scheme = scheme;
		return this;
	}

	TargetBuilder fiscalYear(int fiscalYear) {
		this.fiscalYear = fiscalYear;
		return this;
	}

	TargetBuilder objective(String annualObjective) {
		this.annualObjective = annualObjective;
		return this;
	}

	TargetBuilder mediumTermObjective(String mediumTermObjective) {
		this.mediumTermObjective = mediumTermObjective;
		return this;
	}

	TargetBuilder purpose(String projectPurpose) {
		this.projectPurpose = projectPurpose;
		return this;
	}

	/** The year's 财政拨款 in 万元; the project budget follows unless set after this. */
	TargetBuilder funds(String wan) {
		this.fiscalFunds = wan(wan);
		this.projectBudget = wan(wan);
		return this;
	}

	TargetBuilder budget(String wan) {
		this.projectBudget = wan(wan);
		return this;
	}

	TargetBuilder period(Integer startYear, Integer endYear) {
		this.startYear = startYear;
		this.endYear = endYear;
		return this;
	}

	TargetBuilder plan(String march, String june, String september, String december) {
		this.spendingPlan = new SpendingPlan(percent(march), percent(june), percent(september), percent(december));
		return this;
	}

	TargetBuilder noPlan() {
		this.spendingPlan = null;
		return this;
	}

	TargetBuilder task(String name, String fiscalWan) {
		tasks.add(new KeyTask(name, name, fiscalWan == null ? null : wan(fiscalWan), Amount.ZERO));
		return this;
	}

	TargetBuilder noTasks() {
		tasks.clear();
		return this;
	}

	/**
	 * A row whose explanation says how it is counted, so that only what the test sets is
	 * questionable.
	 */
	TargetBuilder row(IndicatorSubcategory subcategory, String name, String value) {
		return row(subcategory, name, "按全年台账和佐证材料统计" + name, value);
	}

	TargetBuilder row(IndicatorSubcategory subcategory, String name, String explanation, String value) {
		return row(subcategory, name, explanation, TargetValue.parse(value, fiscalYear));
	}

	TargetBuilder row(IndicatorSubcategory subcategory, String name, String explanation, TargetValue value) {
		rows.add(new Row(subcategory, name, explanation, value));
		return this;
	}

	/** Sets the weight of the last row added; null leaves it blank. */
	TargetBuilder weight(String weight) {
		last().weight = weight == null ? null : new BigDecimal(weight);
		return this;
	}

	/** Sets the 评(扣)分标准 of the last row added. */
	TargetBuilder scoring(String scoringRule) {
		last().scoringRule = scoringRule;
		return this;
	}

	TargetBuilder scoringForAll(String scoringRule) {
		rows.forEach(row -> row.scoringRule = scoringRule);
		return this;
	}

	/**
	 * Removes every row, so that a test can write the table anew under the same objective
	 * and funds.
	 */
	TargetBuilder noRows() {
		rows.clear();
		return this;
	}

	/** Removes every row of a level-2 category. */
	TargetBuilder without(IndicatorSubcategory subcategory) {
		rows.removeIf(row -> row.subcategory == subcategory);
		return this;
	}

	/** Replaces the value of the row with this name. */
	TargetBuilder value(String name, String value) {
		return value(name, TargetValue.parse(value, fiscalYear));
	}

	TargetBuilder value(String name, TargetValue value) {
		rows.stream().filter(row -> row.name.equals(name)).findFirst().orElseThrow().value = value;
		return this;
	}

	TargetContent content() {
		List<Indicator> indicators = rows.stream()
			.map(row -> new Indicator(row.subcategory, row.name, row.explanation, row.value, null, row.weight,
					row.scoringRule, false, null, null))
			.toList();
		return new TargetContent(kind, scheme, mediumTermObjective, annualObjective, fiscalFunds, otherFunds,
				spendingPlan, null, tasks, null, null, indicators);
	}

	TargetSubject build() {
		return new TargetSubject(content(), fiscalYear, projectBudget, projectPurpose, startYear, endYear);
	}

	/**
	 * Index of the row with this name, for assertions on
	 * {@link Finding#indicatorIndex()}.
	 */
	int indexOf(String name) {
		for (int i = 0; i < rows.size(); i++) {
			if (rows.get(i).name.equals(name)) {
				return i;
			}
		}
		throw new IllegalArgumentException(name);
	}

	private Row last() {
		return rows.get(rows.size() - 1);
	}

	private static BigDecimal percent(String value) {
		return value == null ? null : new BigDecimal(value);
	}

	private static final class Row {

		final IndicatorSubcategory subcategory;

		final String name;

		final String explanation;

		TargetValue value;

		BigDecimal weight;

		String scoringRule;

		Row(IndicatorSubcategory subcategory, String name, String explanation, TargetValue value) {
			this.subcategory = subcategory;
			this.name = name;
			this.explanation = explanation;
			this.value = value;
		}

	}

}
