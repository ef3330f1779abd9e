package org.perfdesk.demo;

import java.util.ArrayList;
import java.util.Map;
import java.util.Set;

import org.perfdesk.evaluation.EvaluatedIndicator;
import org.perfdesk.evaluation.EvaluationInput;
import org.perfdesk.evaluation.SelfEvaluation;
import org.perfdesk.evaluation.SelfEvaluationManagement;
import org.perfdesk.org.DataScope;
import org.perfdesk.org.Role;
import org.perfdesk.shared.FiscalYear;
import org.perfdesk.targets.PerformanceTarget;
import org.perfdesk.review.ReviewDecision;

/**
 * The demo's 项目支出绩效自评表 of the previous (ended) year, entered through the same service as
 * users do: the unit's 填报人 opens, fills in and submits, the department and then the
 * finance bureau review. Each project has its own 实际完成值, so the grades spread (most 优,
 * two 良, one 中): one over-achieved indicator explained, one score set by hand with its
 * reason, every 时限 indicator scored by hand, every shortfall explained with 偏差原因分析及改进措施.
 * Most tables are approved; one waits for the finance bureau, one was returned by the
 * department with an opinion, and two targets (the 希望工程 project and the 青少年宫's) are left
 * without a table so that 待自评 shows something.
 */
final class DemoEvaluations {

	/** Where an evaluation's walk stops. */
	enum Ending {

		APPROVED, WAITING_FOR_FINANCE, RETURNED_BY_DEPARTMENT

	}

	/**
	 * One indicator as reported: 实际完成值, 偏差原因分析及改进措施, and a score set by hand with its
	 * reason (blank for the computed score).
	 */
	record Answer(String actual, String reason, String score, String scoreReason) {

		static Answer of(String actual) {
			return new Answer(actual, "", "", "");
		}

		static Answer of(String actual, String reason) {
			return new Answer(actual, reason, "", "");
		}
	}

	/**
	 * What a unit reports for one project: the answers to the outline's two quantity
	 * indicators, its quality, benefit and satisfaction indicators
	 * ({@link DemoTargets.Outline}; 成本 comes from the year's execution, 时限 is answered
	 * the same way for all), the 实际完成情况, the 预算执行偏差原因, and how far the review went.
	 */
	record Report(Answer quantity, Answer quantity2, Answer quality, Answer benefit, Answer satisfaction,
			String completion, String executionReason, Ending ending, String opinion) {
	}

	/**
	 * 希望工程助学 ("08") and the 青少年宫's project ("10") are left to be evaluated. Texts written
	 * for PerfDesk.
	 */
	static final Map<String, Report> REPORTS = Map.ofEntries(
			Map.entry("01", new Report(
					new Answer("52场", "下半年结合“青年大学习”增开基层宣讲12场，由各级团组织利用现有阵地开展，未追加经费；" + "年度指标值按前年水平设定偏保守，下年度调整为≥50场。", "",
							""),
					Answer.of("3260人次"), Answer.of("97.5%"), Answer.of("88.6%"), Answer.of("93.2%"),
					"全年开展主题教育活动52场、团员青年培训3260人次，覆盖团员青年约2.3万人次；12个基层团组织活动阵地全年正常开放。",
					"12月举办的两期培训，教材印制费按合同于次年1月结算，形成少量结余。", Ending.APPROVED, "自评得分依据充分，予以确认。")),
			Map.entry("02", new Report(
					new Answer("2480人", "承接省运会赛会服务，集中招募赛会志愿者约900人，属年初未预见的任务；" + "下年度结合赛会安排将指标值调整为≥2200人。", "16",
							"年度指标值参照前年招募规模设定，明显偏低；" + "按超额完成情况自行扣减2分。"),
					Answer.of("64个"), Answer.of("98.2%"), Answer.of("11.4%"), Answer.of("94.5%"),
					"新招募注册志愿者2480人，开展赛会、社区关爱和应急志愿服务项目64个；志愿者保险全员覆盖，年度表彰按期完成。", "志愿者保险按实际参保人数结算，低于预算测算人数。",
					Ending.APPROVED, "同意单位自评结果。")),
			Map.entry("03",
					new Report(
							Answer.of("46场",
									"上半年部分学校调整教学安排，进校园活动暂停近三个月，全年仅完成46场。改进措施：下年度与教育部门"
											+ "联合制定进校园计划，学期初排定场次，并以线上法治课补足。"),
							Answer.of("104人", "两个街道帮扶社工岗位空缺，新增帮扶对象未能及时结对。改进措施：已于年底补招社工4名，" + "次年一季度完成结对。"),
							Answer.of("96%"),
							Answer.of("6.5%",
									"部分帮扶对象迁离原居住地后失去联系，跟踪帮教中断，再违法率明显高于指标值。改进措施：与公安、"
											+ "司法所建立帮扶对象信息共享，对流动帮扶对象实行异地协作帮教，每季度评估一次帮扶效果。"),
							Answer.of("86%", "部分家长反映帮扶活动安排在工作日，难以陪同参加。改进措施：下年度增加周末和线上活动。"),
							"法治宣传进校园46场、结对帮扶重点青少年104人，未完成年度数量目标；帮扶对象再违法率6.5%，高于3%的指标值，" + "项目效益未达预期。",
							"进校园活动减少，相应的场地和物料支出未发生。", Ending.APPROVED, "效益指标明显未达预期，请在下年度项目申报时落实所列改进措施，财政局将在运行监控中跟踪。")),
			Map.entry("04",
					new Report(Answer.of("34场"), Answer.of("52个"), Answer.of("100%"),
							Answer.of("76%", "知晓率按年末抽样调查计算，非团员青年对表彰活动了解较少。改进措施：下年度通过新媒体平台扩大" + "宣传，并在社区青年中开展宣讲。"),
							Answer.of("92%"), "五四期间各级团组织开展主题团日34场，表彰优秀青年和先进集体52个，举行新团员入团仪式6场。",
							"表彰活动场地由承办学校无偿提供，场租支出节余。", Ending.WAITING_FOR_FINANCE, "")),
			Map.entry("05",
					new Report(Answer.of("62人"),
							Answer.of("36课时", "第二批志愿者到岗推迟，集中培训压缩为36课时，其余内容改为在岗带教。改进措施：下年度把岗前培训" + "安排在统一到岗之后，并预留补训时间。"),
							Answer.of("100%"), Answer.of("95%"), Answer.of("96.3%"),
							"在岗地方项目志愿者62人，岗前集中培训36课时并在岗带教；期满考核全部合格，服务单位评价良好。", "两名志愿者提前一个月结束服务，生活补贴相应减少。",
							Ending.APPROVED, "自评得分依据充分，予以确认。")),
			Map.entry("06",
					new Report(Answer.of("296人", "4名代表因病或因公外出请假，经大会主席团同意缺席。改进措施：今后会议提前一个月确认代表行程，" + "并落实替补安排。"),
							Answer.of("9种"), Answer.of("100%"), Answer.of("92%"), Answer.of("95.8%"),
							"团代会如期召开，出席代表296人，选举产生新一届委员会；大会报告和决议等9种文件印发各级团组织。", "会务采购通过比价节约部分经费。", Ending.APPROVED,
							"同意单位自评结果。")),
			Map.entry("07",
					new Report(Answer.of("826人次"), Answer.of("240个", "部分合作企业受订单减少影响缩减了见习岗位。改进措施：下年度拓展机关事业单位和社会组织见习基地。"),
							Answer.of("91%", "4个扶持项目因经营不善停业。改进措施：加强创业导师跟踪辅导，按季度走访扶持项目。"),
							Answer.of("330人", "带动就业人数统计只计入签订劳动合同的人员，灵活就业未计入；部分扶持项目规模较小，吸纳就业有限。"), Answer.of("91%"),
							"举办青年创业大赛1届、创业培训826人次，提供就业见习岗位240个，扶持青年创业项目44个。", "贴息资金按实际放贷额度拨付，低于预算。",
							Ending.RETURNED_BY_DEPARTMENT,
							"“带动青年就业人数”请写明统计口径（签订劳动合同或稳定经营满6个月），并附统计台账；见习岗位缩减的原因请补充" + "涉及的企业数量和下年度拓展岗位的具体安排。")),
			Map.entry("11",
					new Report(Answer.of("7200件", "热线系统升级停机约一个月，期间只受理线上咨询。改进措施：系统升级安排在寒暑假以外时段，" + "并设置备用线路。"),
							Answer.of("12场"), Answer.of("82%", "部分来电者未留联系方式或拒绝回访。改进措施：优化回访话术，增加线上回访渠道。"),
							Answer.of("70%", "心理咨询类来电占比上升，一次接听难以解决，需转介专业机构。改进措施：与两家心理服务机构签订" + "转介协议，建立个案跟踪台账。"),
							Answer.of("88%", "高峰时段等待时间较长。改进措施：高峰时段增加值守志愿者。"),
							"12355热线和线上平台全年受理咨询7200件，开展志愿者培训12场；来电问题解决率70%，低于指标值。", "系统升级期间热线运维费减免。", Ending.APPROVED,
							"同意单位自评结果，请落实转介机制。")),
			Map.entry("12",
					new Report(Answer.of("163件"), Answer.of("45场"), Answer.of("96.9%"),
							Answer.of("78%", "农村地区妇女对维权渠道知晓率偏低，拉低了全市平均水平。改进措施：依托村（社区）妇联执委" + "开展入户宣传。"),
							Answer.of("93%"), "办理妇女儿童法律援助案件163件，举办家庭教育指导讲座45场，维权宣传覆盖全市各街道。", "律师办案补贴按结案数结算，部分案件跨年结案。",
							Ending.APPROVED, "自评得分依据充分，予以确认。")),
			Map.entry("13", new Report(Answer.of("655人次"), Answer.of("7场"),
					Answer.of("93%", "部分学员因农忙中途退出培训。改进措施：培训时间避开农忙季节，并提供线上补课。"), Answer.of("2350元"), Answer.of("95%"),
					"开展创业技能培训655人次，举办手工产品展销对接会7场，参训妇女人均增收2350元。", "展销会场地由商场免费提供，场租节余。", Ending.APPROVED, "同意单位自评结果。")));

	static final String COST = "项目总成本控制数";

	static final String TIMELINESS = "年度任务完成时间";

	static final String SATISFACTION = "服务对象满意度";

	private final SelfEvaluationManagement evaluations;

	private final DataScope finance;

	private final DataScope leagueReviewer;

	private final DataScope womenReviewer;

	DemoEvaluations(SelfEvaluationManagement evaluations, long bureauId, long leagueId, Set<Long> leagueSubtree,
			long womenId) {
		this.evaluations = evaluations;
		this.finance = new DataScope(Role.FINANCE_REVIEWER, bureauId, true, Set.of());
		this.leagueReviewer = new DataScope(Role.DEPARTMENT_REVIEWER, leagueId, false, leagueSubtree);
		this.womenReviewer = new DataScope(Role.DEPARTMENT_REVIEWER, womenId, false, Set.of(womenId));
	}

	/**
	 * {@code sampleCode} gives the demo sample of each project (see
	 * {@link DemoData#SAMPLES}).
	 */
	void load(FiscalYear current, Map<Long, String> sampleCode) {
		for (PerformanceTarget t : evaluations.pending(finance, current.previous())) {
			String code = sampleCode.get(t.projectId());
			Report report = REPORTS.get(code);
			if (report != null) {
				walk(t, report, DemoTargets.OUTLINES.get(code));
			}
		}
	}

	private void walk(PerformanceTarget target, Report report, DemoTargets.Outline outline) {
		DataScope filler = new DataScope(Role.UNIT_FILLER, target.unitId(), false, Set.of(target.unitId()));
		SelfEvaluation e = evaluations.open(filler, target.id());
		e = evaluations.save(filler, e.id(), e.version(), input(e, report, outline));
		e = evaluations.submit(filler, e.id(), e.version());
		boolean league = leagueReviewer.canRead(target.unitId());
		DataScope department = league ? leagueReviewer : womenReviewer;
		String departmentName = league ? "团市委财务 张审核" : "市妇联财务 审核";
		if (report.ending() == Ending.RETURNED_BY_DEPARTMENT) {
			evaluations.review(department, e.id(), e.version(), ReviewDecision.RETURN, report.opinion(),
					departmentName);
			return;
		}
		e = evaluations.review(department, e.id(), e.version(), ReviewDecision.APPROVE, "自评数据与台账核对一致，同意报财政局。",
				departmentName);
		if (report.ending() == Ending.APPROVED) {
			evaluations.review(finance, e.id(), e.version(), ReviewDecision.APPROVE, report.opinion(), "财政局绩效科 李审核");
		}
	}

	/**
	 * The form as the unit fills it in: each row found by its 三级指标 name in the outline;
	 * 成本 is the year's 全年执行数, 时限 is met and, since the rules do not score dates, scored
	 * by hand at its 分值 with the reason.
	 */
	static EvaluationInput input(SelfEvaluation e, Report report, DemoTargets.Outline outline) {
		var rows = new ArrayList<EvaluationInput.Row>();
		for (EvaluatedIndicator r : e.indicators()) {
			Answer a = answer(r, e, report, outline);
			rows.add(new EvaluationInput.Row(r.weight().toPlainString(), a.actual(), null, a.score(), a.scoreReason(),
					a.reason()));
		}
		return new EvaluationInput(report.completion(), "", "", report.executionReason(), rows);
	}

	private static Answer answer(EvaluatedIndicator r, SelfEvaluation e, Report report, DemoTargets.Outline o) {
		String name = r.name();
		if (name.equals(COST)) {
			return Answer.of(e.executed().total().toWan(2).toPlainString() + "万元");
		}
		if (name.equals(TIMELINESS)) {
			return new Answer("12月中旬全部完成", "", r.weight().toPlainString(), "年度任务均在12月底前完成，时限指标评定满分。");
		}
		if (name.equals(SATISFACTION)) {
			return report.satisfaction();
		}
		if (name.equals(o.quantityName())) {
			return report.quantity();
		}
		if (name.equals(o.quantity2Name())) {
			return report.quantity2();
		}
		if (name.equals(o.qualityName())) {
			return report.quality();
		}
		if (name.equals(o.benefitName())) {
			return report.benefit();
		}
		throw new IllegalStateException("演示自评：指标「" + name + "」没有对应的演示数据");
	}

}
