package org.perfdesk.demo;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.perfdesk.budget.Project;
import org.perfdesk.indicator.IndicatorScheme;
import org.perfdesk.indicator.IndicatorSubcategory;
import org.perfdesk.indicator.TargetValue;
import org.perfdesk.org.DataScope;
import org.perfdesk.org.Role;
import org.perfdesk.org.Unit;
import org.perfdesk.shared.Amount;
import org.perfdesk.shared.FiscalYear;
import org.perfdesk.shared.Grade;
import org.perfdesk.targets.Indicator;
import org.perfdesk.targets.KeyTask;
import org.perfdesk.targets.PerformanceTarget;
import org.perfdesk.review.ReviewDecision;
import org.perfdesk.targets.ReviewInput;
import org.perfdesk.targets.SpendingPlan;
import org.perfdesk.targets.TargetContent;
import org.perfdesk.targets.TargetKind;
import org.perfdesk.targets.TargetManagement;
import org.perfdesk.targets.ValueBasis;

/**
 * The demo targets: one for every demo project in both years and a department target for
 * the youth league, walked through the same services as users do so that statuses,
 * reviews and history are real. The previous year is approved (one target adjusted
 * afterwards); the current year shows every status: draft, submitted, approved by the
 * department, approved, and returned with an opinion.
 */
final class DemoTargets {

	/**
	 * Per sample code: two output indicators, one benefit, and the objective. Texts
	 * written for PerfDesk.
	 */
	record Outline(String objective, String quantityName, String quantityValue, String quantity2Name,
			String quantity2Value, String qualityName, String benefitName, String benefitValue) {
	}

	static final Map<String, Outline> OUTLINES = Map.ofEntries(
			Map.entry("01",
					new Outline("围绕青少年思想引领开展主题教育和团员培训，全年覆盖团员青年不少于2万人次，基层团组织阵地正常运转。", "主题教育活动场次", "≥40场", "团员青年培训人次",
							"≥3000人次", "培训考核合格率", "团员青年参与主题教育覆盖率", "≥85%")),
			Map.entry("02",
					new Outline("组织志愿者参与赛会、社区和应急服务，扩大注册志愿者队伍，提升志愿服务规范化水平。", "新招募注册志愿者人数", "≥1500人", "志愿服务项目数", "≥60个",
							"志愿者岗前培训合格率", "志愿服务时长人均增长", "≥10%")),
			Map.entry("03",
					new Outline("推进法治宣传进校园和重点青少年帮扶，降低辖区青少年违法犯罪发生率。", "法治宣传进校园场次", "≥80场", "重点青少年结对帮扶人数", "≥120人",
							"帮扶对象建档率", "帮扶对象再违法率", "≤3%")),
			Map.entry("04",
					new Outline("以五四青年节为契机开展主题团日和表彰活动，激励青年建功立业。", "主题团日活动场次", "≥30场", "表彰优秀青年和集体数量", "≥50个", "表彰对象公示率",
							"青年对表彰活动知晓率", "≥80%")),
			Map.entry("05",
					new Outline("保障地方项目志愿者服务期内的补贴、保险和培训，完成年度考核，稳定基层服务力量。", "在岗地方项目志愿者人数", "≥60人", "岗前培训课时", "≥40课时",
							"志愿者期满考核合格率", "服务单位对志愿者工作认可度", "≥90%")),
			Map.entry("06",
					new Outline("按期召开团代会，完成代表选举和会务保障，形成大会文件并落实。", "出席大会代表人数", "=300人", "大会文件印制种类", "≥8种", "代表资格审查合格率",
							"大会决议部署落实率", "≥90%")),
			Map.entry("07",
					new Outline("举办青年创业大赛和就业见习对接，扶持青年创业项目落地，带动青年就业。", "创业培训人次", "≥800人次", "提供就业见习岗位数", "≥300个",
							"扶持项目存活率", "带动青年就业人数", "≥500人")),
			Map.entry("08",
					new Outline("资助家庭困难学生完成学业，开展结对帮扶回访，确保资助精准发放。", "资助困难学生人数", "≥260人", "结对帮扶回访次数", "≥2次", "资助对象审核准确率",
							"受助学生学业完成率", "≥98%")),
			Map.entry("09",
					new Outline("开展中小学生心理健康讲座和团体辅导，畅通心理服务热线，及早干预心理危机。", "心理健康讲座场次", "≥50场", "团体辅导人次", "≥1200人次",
							"热线接通率", "心理危机个案及时干预率", "≥95%")),
			Map.entry("10",
					new Outline("开设艺术、科技和体育公益课程并组织假期实践，丰富青少年校外生活。", "公益课程班次", "≥120班", "参加校外实践活动人次", "≥6000人次", "课程出勤率",
							"学员综合素质测评提升比例", "≥70%")),
			Map.entry("11",
					new Outline("保障12355热线和线上咨询平台运行，为青少年提供心理咨询和权益服务。", "热线和线上咨询受理量", "≥9000件", "心理咨询志愿者培训场次", "≥12场",
							"咨询回访率", "来电问题解决率", "≥90%")),
			Map.entry("12",
					new Outline("开展妇女儿童法律援助和家庭教育指导，维护妇女儿童合法权益。", "法律援助案件数", "≥150件", "家庭教育指导讲座场次", "≥40场", "援助案件办结率",
							"妇女儿童维权知晓率", "≥80%")),
			Map.entry("13", new Outline("为城乡妇女提供创业技能培训和产品展销对接，带动妇女增收。", "创业技能培训人次", "≥600人次", "手工产品展销对接会场次", "≥6场",
					"培训结业率", "参训妇女人均增收", "≥2000元")));

	private final TargetManagement targets;

	DemoTargets(TargetManagement targets) {
		this.targets = targets;
	}

	/**
	 * Declares and walks the targets. {@code sampleCode} gives the sample of each
	 * project; the index of a project in the current year decides its status so that
	 * every status is on show.
	 */
	void load(FiscalYear current, List<Project> projectsOfYears, Map<Long, String> sampleCode, Unit league,
			Set<Long> leagueSubtree, Unit women) {
		int index = 0;
		for (Project p : projectsOfYears) {
			Outline o = OUTLINES.get(sampleCode.get(p.id()));
			DataScope filler = new DataScope(Role.UNIT_FILLER, p.unitId(), false, Set.of(p.unitId()));
			PerformanceTarget t = targets.declareProject(filler, p.id(),
					projectContent(p, o, targets.schemeFor(p.fiscalYear())));
			DataScope reviewer = reviewerOf(p.unitId(), league, leagueSubtree, women);
			String reviewerName = p.unitId() == women.id() ? "市妇联财务 审核" : "团市委财务 张审核";
			if (p.fiscalYear() < current.value()) {
				t = approve(t, filler, reviewer, reviewerName);
				if ("05".equals(sampleCode.get(p.id()))) {
					// One adjusted target: the approved version stays, the adjustment is
					// approved again.
					PerformanceTarget adjusted = targets.adjust(filler, t.id(), t.version(),
							"年中新增两名地方项目志愿者岗位，补充调整数量指标");
					approve(adjusted, filler, reviewer, reviewerName);
				}
				continue;
			}
			switch (index++ % 5) {
				case 0 -> approve(t, filler, reviewer, reviewerName);
				case 1 -> {
					t = targets.submit(filler, t.id(), t.version());
					targets.review(reviewer, t.id(), t.version(),
							grades(ReviewDecision.APPROVE, "目标明确，同意报财政审核。", Grade.GOOD), reviewerName);
				}
				case 2 -> targets.submit(filler, t.id(), t.version());
				case 3 -> {
					t = targets.submit(filler, t.id(), t.version());
					targets.review(reviewer, t.id(), t.version(), grades(ReviewDecision.RETURN,
							"数量指标偏低，与上年实际完成值相比没有提升；请结合上年完成情况调高指标值，并补充服务对象满意度的调查方式。", Grade.FAIR), reviewerName);
				}
				default -> {
					// left as a draft
				}
			}
		}
		DataScope leagueFiller = new DataScope(Role.UNIT_FILLER, league.id(), false, Set.of(league.id()));
		DataScope leagueReviewer = reviewerOf(league.id(), league, leagueSubtree, women);
		for (FiscalYear year : List.of(current.previous(), current)) {
			PerformanceTarget d = targets.declareDepartment(leagueFiller, league.id(), year,
					departmentContent(targets.schemeFor(year.value())));
			if (year.value() < current.value()) {
				approve(d, leagueFiller, leagueReviewer, "团市委财务 张审核");
			}
		}
		DataScope womenFiller = new DataScope(Role.UNIT_FILLER, women.id(), false, Set.of(women.id()));
		targets.declareDepartment(womenFiller, women.id(), current, womenContent(targets.schemeFor(current.value())));
	}

	private PerformanceTarget approve(PerformanceTarget t, DataScope filler, DataScope reviewer, String reviewerName) {
		DataScope finance = new DataScope(Role.FINANCE_REVIEWER, 0, true, Set.of());
		PerformanceTarget submitted = targets.submit(filler, t.id(), t.version());
		PerformanceTarget checked = targets.review(reviewer, submitted.id(), submitted.version(),
				grades(ReviewDecision.APPROVE, "同意。", Grade.EXCELLENT), reviewerName);
		return targets.review(finance, checked.id(), checked.version(),
				grades(ReviewDecision.APPROVE, "目标与预算匹配，予以批复。", Grade.GOOD), "财政局绩效科 李审核");
	}

	private static DataScope reviewerOf(long unitId, Unit league, Set<Long> leagueSubtree, Unit women) {
		return leagueSubtree.contains(unitId)
				? new DataScope(Role.DEPARTMENT_REVIEWER, league.id(), false, leagueSubtree)
				: new DataScope(Role.DEPARTMENT_REVIEWER, women.id(), false, Set.of(women.id()));
	}

	private static ReviewInput grades(ReviewDecision decision, String opinion, Grade grade) {
		return new ReviewInput(decision, opinion, Grade.GOOD, grade, grade, Grade.GOOD);
	}

	static TargetContent projectContent(Project p, Outline o, IndicatorScheme scheme) {
		int year = p.fiscalYear();
		String budgetWan = p.totalBudget().toWanExact().toPlainString();
		List<Indicator> list = new ArrayList<>();
		list.add(indicator(scheme.place(IndicatorSubcategory.ECONOMIC_COST), "项目总成本控制数", "年度实际支出不超过批复预算",
				"≤" + budgetWan + "万元", ValueBasis.PLAN, 10, "实际支出不超过预算得满分；每超出1%扣1分，扣完为止", true, "财务支出明细账", year));
		list.add(indicator(IndicatorSubcategory.QUANTITY, o.quantityName(), "全年累计完成的数量，以台账为准", o.quantityValue(),
				ValueBasis.HISTORY, 20, "完成值/指标值×20分，最高20分", true, "活动台账及签到表", year));
		list.add(indicator(IndicatorSubcategory.QUANTITY, o.quantity2Name(), "全年累计完成的数量，以台账为准", o.quantity2Value(),
				ValueBasis.PLAN, 10, "完成值/指标值×10分，最高10分", false, "工作台账", year));
		list.add(indicator(IndicatorSubcategory.QUALITY, o.qualityName(), "达标数量占应达标数量的比例", "≥95%", ValueBasis.INDUSTRY,
				10, "达到95%得满分；每低1个百分点扣1分，低于85%不得分", false, "考核或抽查记录", year));
		list.add(indicator(IndicatorSubcategory.TIMELINESS, "年度任务完成时间", "计划任务全部完成的时间", year + "年12月底前", ValueBasis.PLAN,
				10, "按期完成得满分；每延期1个月扣3分", false, "工作总结", year));
		list.add(indicator(IndicatorSubcategory.SOCIAL, o.benefitName(), "项目实施对服务对象产生的实际效果", o.benefitValue(),
				ValueBasis.HISTORY, 30, "达到指标值得满分；每低于指标值5%扣3分，扣完为止", true, "抽样调查及统计报表", year));
		list.add(indicator(IndicatorSubcategory.SERVICE_SATISFACTION, "服务对象满意度", "问卷调查中满意和比较满意的比例", "≥90%",
				ValueBasis.HISTORY, 10, "≥90%得满分；80%–90%得6分；低于80%不得分", false, "问卷调查", year));
		Amount fiscal = p.fiscalAppropriation().plus(p.carryOver());
		return new TargetContent(TargetKind.PROJECT, scheme,
				p.startYear() == p.endYear() ? ""
						: "在项目期内持续" + o.objective().substring(0, Math.min(20, o.objective().length())) + "，逐年提升服务质量。",
				o.objective(), fiscal, p.otherFunds(), new SpendingPlan(BigDecimal.valueOf(20), BigDecimal.valueOf(50),
						BigDecimal.valueOf(75), BigDecimal.valueOf(100)),
				"", List.of(), "", "", list);
	}

	private static TargetContent departmentContent(IndicatorScheme scheme) {
		List<KeyTask> tasks = List.of(new KeyTask("青少年思想引领", "开展主题教育、网上宣传和青年榜样选树活动。", wan("82.00"), Amount.ZERO),
				new KeyTask("青年志愿服务", "组织赛会、社区和应急志愿服务，保障地方项目志愿者。", wan("189.20"), wan("5.00")),
				new KeyTask("青少年权益维护", "法治宣传进校园、12355热线运行和重点青少年帮扶。", wan("39.30"), Amount.ZERO));
		List<Indicator> list = List.of(
				indicator(scheme.place(IndicatorSubcategory.ECONOMIC_COST), "部门预算支出控制数", "年度支出不超过部门预算", "≤315.5万元",
						ValueBasis.PLAN, 10, "不超预算得满分；每超出1%扣1分", true, "部门决算", 0),
				indicator(IndicatorSubcategory.QUANTITY, "青少年思想引领覆盖团员青年人次", "思想引领各类活动覆盖的团员青年人次", "≥30000人次",
						ValueBasis.HISTORY, 20, "完成值/指标值×20分，最高20分", true, "活动台账", 0),
				indicator(IndicatorSubcategory.QUALITY, "预算执行率", "实际支出占预算的比例", "≥95%", ValueBasis.PLAN, 20,
						"执行率/95%×20分，最高20分", false, "财务报表", 0),
				indicator(IndicatorSubcategory.TIMELINESS, "青年志愿服务重点任务按期完成率", "按期完成的志愿服务重点任务占比", "≥95%",
						ValueBasis.PLAN, 10, "每低1个百分点扣1分", false, "督办台账", 0),
				indicator(IndicatorSubcategory.SOCIAL, "青年发展规划年度任务落实率", "规划年度任务已落实的比例", "≥90%", ValueBasis.PLAN, 30,
						"完成值/指标值×30分，最高30分", true, "规划实施评估报告", 0),
				indicator(IndicatorSubcategory.SERVICE_SATISFACTION, "团员青年满意度", "问卷调查满意和比较满意的比例", "≥90%",
						ValueBasis.HISTORY, 10, "≥90%得满分；80%–90%得6分；低于80%不得分", false, "问卷调查", 0));
		return new TargetContent(TargetKind.DEPARTMENT, scheme, "", "围绕青少年思想引领、志愿服务和权益维护三项重点，完成年度任务，团员青年覆盖面和满意度稳步提升。",
				Amount.ZERO, Amount.ZERO, null, "负责全市共青团工作，联系和服务青年，开展青少年思想引领、志愿服务和权益维护。", tasks,
				"一是深化青年思想引领；二是做实志愿服务品牌；三是完善青少年权益维护机制。", "加强预算执行监控，建立季度调度制度，重点任务明确责任人和完成时限。", list);
	}

	private static TargetContent womenContent(IndicatorScheme scheme) {
		List<Indicator> list = List.of(
				indicator(IndicatorSubcategory.QUANTITY, "法律援助和家庭教育服务人次", "全年服务人次", "≥5000人次", ValueBasis.HISTORY, 40,
						"完成值/指标值×40分，最高40分", true, "服务台账", 0),
				indicator(IndicatorSubcategory.SERVICE_SATISFACTION, "服务对象满意度", "问卷调查满意比例", "≥90%", ValueBasis.HISTORY,
						10, "≥90%得满分，每低1个百分点扣1分", false, "问卷调查", 0));
		return new TargetContent(TargetKind.DEPARTMENT, scheme, "", "维护妇女儿童合法权益，促进妇女就业创业。", Amount.ZERO, Amount.ZERO,
				null, "团结引导妇女，维护妇女儿童合法权益。", List.of(new KeyTask("妇女儿童权益保障", "法律援助、家庭教育指导。", wan("33.60"), Amount.ZERO)),
				"", "", list);
	}

	private static Indicator indicator(IndicatorSubcategory sub, String name, String explanation, String value,
			ValueBasis basis, int weight, String rule, boolean core, String source, int year) {
		return new Indicator(sub, name, explanation, TargetValue.parse(value, year == 0 ? null : year), basis,
				BigDecimal.valueOf(weight), rule, core, source, null);
	}

	private static Amount wan(String wan) {
		return Amount.ofWan(new BigDecimal(wan));
	}

}
