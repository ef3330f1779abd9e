package org.perfdesk.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.perfdesk.evaluation.common.CommonIndicatorScore;
import org.perfdesk.evaluation.department.DepartmentSelfEvaluation;
import org.perfdesk.evaluation.department.DepartmentSelfEvaluationInput;
import org.perfdesk.evaluation.department.DepartmentSelfEvaluationInput.KeyIndicatorEntry;
import org.perfdesk.evaluation.department.DepartmentSelfEvaluationInput.ResponseEntry;
import org.perfdesk.evaluation.department.DepartmentSelfEvaluationManagement;
import org.perfdesk.evaluation.department.DepartmentSelfEvaluationSheet;
import org.perfdesk.evaluation.department.KeyIndicatorResult;
import org.perfdesk.org.DataScope;
import org.perfdesk.org.Role;
import org.perfdesk.shared.FiscalYear;
import org.perfdesk.targets.PerformanceTarget;
import org.perfdesk.review.ReviewDecision;

/**
 * The league's 部门整体支出绩效自评 of the previous year, walked through the service as users do:
 * opened from the approved department target, filled (key indicators, main tasks,
 * checklists with one item not met), given a reason for every item that lost points,
 * submitted and approved by the department and the finance bureau. The figures and the
 * common-indicator scores are computed from the demo's recorded budget and execution.
 * Texts written for PerfDesk.
 */
final class DemoDepartmentEvaluations {

	/** 年度完成值 per key indicator of the demo department target, in its order. */
	private static final List<String> ACTUALS = List.of("301.2万元", "32650人次", "96.3%", "100%", "92%", "93.5%");

	private static final List<String> COMPLETIONS = List.of("全年支出控制在部门预算以内。",
			"主题教育、志愿服务和权益维护活动累计覆盖团员青年 32650 人次，超过年度目标。", "部门预算执行率 96.3%，达到年度目标。", "年度确定的 12 项重点任务全部按期完成。",
			"青年发展规划本年度 25 项任务落实 23 项，2 项因场地调整顺延至下年初。", "年末问卷调查回收有效问卷 1260 份，满意和比较满意占 93.5%。");

	private static final List<String> TASKS = List.of("开展主题团日、青年讲堂和网上宣传活动，选树青年榜样 40 名。",
			"组织赛会、社区和应急志愿服务 1.2 万人次，地方项目志愿者全部期满考核合格。", "法治宣传进校园 86 场，12355 热线受理咨询 9400 余件，结对帮扶重点青少年 126 人。");

	private final DepartmentSelfEvaluationManagement evaluations;

	DemoDepartmentEvaluations(DepartmentSelfEvaluationManagement evaluations) {
		this.evaluations = evaluations;
	}

	void load(FiscalYear current, long leagueId, Set<Long> leagueSubtree) {
		DataScope filler = new DataScope(Role.UNIT_FILLER, leagueId, false, Set.of(leagueId));
		DataScope reviewer = new DataScope(Role.DEPARTMENT_REVIEWER, leagueId, false, leagueSubtree);
		DataScope finance = new DataScope(Role.FINANCE_REVIEWER, 0, true, Set.of());
		FiscalYear year = current.previous();
		for (PerformanceTarget target : evaluations.pending(filler, year)) {
			DepartmentSelfEvaluation e = evaluations.open(filler, target.id());
			// a first save scores the common indicators, so the second can give a reason
			// for each one that lost points
			e = evaluations.save(filler, e.id(), input(e, evaluations.sheet(filler, e.id()), false), e.version());
			e = evaluations.save(filler, e.id(), input(e, evaluations.sheet(filler, e.id()), true), e.version());
			e = evaluations.submit(filler, e.id(), e.version());
			e = evaluations.review(reviewer, e.id(), e.version(), ReviewDecision.APPROVE, "数据与部门决算一致，同意报财政审核。",
					"团市委财务 张审核");
			evaluations.review(finance, e.id(), e.version(), ReviewDecision.APPROVE, "自评结果属实，予以确认。", "财政局绩效科 李审核");
		}
	}

	private static DepartmentSelfEvaluationInput input(DepartmentSelfEvaluation e, DepartmentSelfEvaluationSheet sheet,
			boolean reasons) {
		List<KeyIndicatorEntry> keys = new ArrayList<>();
		for (KeyIndicatorResult k : e.keyIndicators()) {
			int i = k.position() % ACTUALS.size();
			keys.add(new KeyIndicatorEntry(ACTUALS.get(i), COMPLETIONS.get(i)));
		}
		List<String> tasks = new ArrayList<>();
		for (int i = 0; i < e.tasks().size(); i++) {
			tasks.add(TASKS.get(i % TASKS.size()));
		}
		List<ResponseEntry> responses = new ArrayList<>();
		for (CommonIndicatorScore s : sheet.scores()) {
			int items = sheet.template()
				.indicators()
				.stream()
				.filter(c -> c.code().equals(s.code()))
				.findFirst()
				.map(c -> c.rule() instanceof org.perfdesk.evaluation.common.Checklist list ? list.items().size() : 0)
				.orElse(0);
			List<String> answers = new ArrayList<>();
			for (int i = 0; i < items; i++) {
				// one item not met: the 决算 was published late
				answers.add("C11".equals(s.code()) && i == 1 ? "N" : "Y");
			}
			String reason = reasons && s.item().scorable() && s.item().score().compareTo(s.item().weight()) < 0
					? reasonFor(s) : "";
			responses.add(new ResponseEntry(s.code(), answers, reason));
		}
		return new DepartmentSelfEvaluationInput("围绕思想引领、志愿服务和权益维护三项重点完成全年工作，关键指标除规划任务落实率外均达到目标。",
				"一是部门决算公开晚于规定时限；二是个别规划任务受场地影响未能年内完成；三是部分项目下半年集中支出。",
				"一是建立预决算公开时间表并指定专人负责；二是规划任务按季度调度，提前落实场地；三是按月通报项目执行进度，均衡支出。",
				sheet.funds().adjustment().yuan().signum() == 0 ? "" : "年中新增地方项目志愿者岗位，追加补贴和保险经费。", keys, tasks,
				responses);
	}

	private static String reasonFor(CommonIndicatorScore s) {
		if ("C11".equals(s.code())) {
			return "部门决算公开晚于规定时限 5 天；下年起将公开时限列入年度工作计划，由财务科专人负责。";
		}
		return s.name() + "未达满分：" + s.item().explanation() + "。已在下年度预算编制和执行调度中加以改进。";
	}

}
