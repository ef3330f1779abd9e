package org.perfdesk.report.project;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.perfdesk.budget.FundSource;
import org.perfdesk.document.Charts;
import org.perfdesk.document.Manuscript;
import org.perfdesk.document.Manuscript.Block;
import org.perfdesk.evaluation.EvaluatedIndicator;
import org.perfdesk.evaluation.SelfEvaluation;
import org.perfdesk.execution.SourceAmounts;
import org.perfdesk.report.Figures;

/**
 * The generated parts of the 项目支出绩效自评报告 by the names its outlines use, the proposed
 * paragraphs and the 附件. Scores print with two decimals, amounts in 万元 with two, as on
 * the 自评表 page; every 合计 is computed here from the rows it totals.
 */
final class ProjectParts {

	/** An indicator scoring below this share of its 分值 is listed as not fully met. */
	static final BigDecimal FULL = BigDecimal.ONE;

	private static final org.perfdesk.report.Parts<ProjectReportData> PARTS = new org.perfdesk.report.Parts<>();

	static {
		PARTS.put("项目概况", ProjectParts::overview);
		PARTS.put("资金情况", ProjectParts::funds);
		PARTS.put("资金来源图", ProjectParts::sourceChart);
		PARTS.put("绩效目标", ProjectParts::objectives);
		PARTS.put("评价工作", ProjectParts::evaluationWork);
		PARTS.put("自评得分", ProjectParts::scores);
		PARTS.put("得分图", ProjectParts::scoreChart);
		PARTS.put("指标完成", ProjectParts::indicators);
		PARTS.put("未完成指标", ProjectParts::missed);
	}

	private ProjectParts() {
	}

	static Set<String> names() {
		return PARTS.names();
	}

	static List<Block> render(String name, ProjectReportData data) {
		return PARTS.render(name, data);
	}

	private static List<Block> overview(ProjectReportData d) {
		var p = d.project();
		String text = p.name() + "（项目编码 " + p.code() + "）由" + d.unitName() + "实施"
				+ (d.departmentName().isBlank() || d.departmentName().equals(d.unitName()) ? ""
						: "，主管部门为" + d.departmentName())
				+ "，项目类型为" + p.type().label() + "，实施期 " + p.startYear() + "—" + p.endYear() + " 年"
				+ (p.manager() == null || p.manager().isBlank() ? "" : "，项目负责人" + p.manager()) + "。";
		List<Block> blocks = new ArrayList<>();
		blocks.add(new Manuscript.Paragraph(text));
		if (p.purpose() != null && !p.purpose().isBlank()) {
			blocks.add(new Manuscript.Paragraph(p.purpose().strip()));
		}
		return blocks;
	}

	private static List<Block> funds(ProjectReportData d) {
		SourceAmounts initial = d.execution().initialBudget();
		SourceAmounts full = d.execution().fullYearBudget();
		SourceAmounts spent = d.execution().executedTo(12);
		List<List<String>> rows = new ArrayList<>();
		for (FundSource s : FundSource.values()) {
			rows.add(List.of(s.label(), Figures.wan(initial.of(s)), Figures.wan(full.of(s)), Figures.wan(spent.of(s)),
					Figures.rate(spent.of(s), full.of(s))));
		}
		rows.add(List.of("合计", Figures.wan(initial.total()), Figures.wan(full.total()), Figures.wan(spent.total()),
				Figures.rate(spent.total(), full.total())));
		String text = "项目年初预算 " + Figures.wan(initial.total()) + " 万元，全年预算 " + Figures.wan(full.total()) + " 万元，全年执行 "
				+ Figures.wan(spent.total()) + " 万元，预算执行率 " + Figures.rate(spent.total(), full.total()) + "。";
		return List.of(new Manuscript.Paragraph(text),
				new Manuscript.Table("项目资金投入和使用情况（单位：万元）", List.of("资金来源", "年初预算数", "全年预算数", "执行数", "执行率"), rows,
						new boolean[] { false, true, true, true, true }, true));
	}

	/** 全年预算数 against 执行数 by fund source: where the money came from and what was spent. */
	private static List<Block> sourceChart(ProjectReportData d) {
		SourceAmounts full = d.execution().fullYearBudget();
		SourceAmounts spent = d.execution().executedTo(12);
		List<String> sources = new ArrayList<>();
		List<BigDecimal> budget = new ArrayList<>();
		List<BigDecimal> executed = new ArrayList<>();
		for (FundSource s : FundSource.values()) {
			// a source with neither budget nor spending is left out: an empty pair of
			// bars
			// says nothing
			if (full.of(s).yuan().signum() != 0 || spent.of(s).yuan().signum() != 0) {
				sources.add(s.label());
				budget.add(full.of(s).toWan(2));
				executed.add(spent.of(s).toWan(2));
			}
		}
		if (sources.isEmpty()) {
			return List.of(new Manuscript.Paragraph("（本项目全年预算为零，资金来源图无法生成。）"));
		}
		byte[] png = Charts.bars(null, "万元", sources,
				List.of(new Charts.Series("全年预算数", budget), new Charts.Series("执行数", executed)), CHART_WIDTH,
				CHART_HEIGHT);
		return List.of(new Manuscript.Figure("图 按资金来源的预算与执行（万元）", png, CHART_WIDTH, CHART_HEIGHT));
	}

	private static List<Block> objectives(ProjectReportData d) {
		if (d.target() == null) {
			return List.of(new Manuscript.Paragraph("（本项目没有批复的绩效目标。）"));
		}
		var c = d.target().content();
		List<Block> blocks = new ArrayList<>();
		if (c.annualObjective() != null && !c.annualObjective().isBlank()) {
			blocks.add(new Manuscript.Paragraph("年度目标：" + c.annualObjective().strip()));
		}
		if (c.mediumTermObjective() != null && !c.mediumTermObjective().isBlank()) {
			blocks.add(new Manuscript.Paragraph("中期目标：" + c.mediumTermObjective().strip()));
		}
		Map<String, Long> counts = new LinkedHashMap<>();
		c.indicators().forEach(i -> counts.merge(i.subcategory().category().label(), 1L, Long::sum));
		if (!counts.isEmpty()) {
			List<String> parts = new ArrayList<>();
			counts.forEach((k, v) -> parts.add(k + " " + v + " 项"));
			blocks.add(new Manuscript.Paragraph(
					"批复的绩效指标共 " + c.indicators().size() + " 项：" + String.join("，", parts) + "。"));
		}
		return blocks.isEmpty() ? List.of(new Manuscript.Paragraph("（绩效目标未填写年度目标。）")) : blocks;
	}

	private static List<Block> evaluationWork(ProjectReportData d) {
		SelfEvaluation e = evaluation(d);
		if (e == null) {
			return notStarted(d);
		}
		String text = "本次自评对象为" + d.project().name() + " " + d.project().fiscalYear() + " 年度全部资金（全年预算 "
				+ Figures.wan(e.fullYearBudget().total()) + " 万元），按批复的绩效目标逐项对照实际完成值评分：预算执行率 "
				+ Figures.score(e.executionWeight()) + " 分，绩效指标 " + e.indicators().size() + " 项共 "
				+ Figures.score(e.weightTotal().subtract(e.executionWeight())) + " 分，满分 "
				+ Figures.score(e.weightTotal()) + " 分。";
		return List.of(new Manuscript.Paragraph(text));
	}

	private static List<Block> scores(ProjectReportData d) {
		SelfEvaluation e = evaluation(d);
		if (e == null) {
			return notStarted(d);
		}
		List<List<String>> rows = new ArrayList<>();
		rows.add(List.of("预算执行率", Figures.score(e.executionWeight()), Figures.score(e.executionScore())));
		for (var c : byCategory(e).entrySet()) {
			rows.add(List.of(c.getKey(), Figures.score(c.getValue()[0]), Figures.score(c.getValue()[1])));
		}
		rows.add(List.of("合计", Figures.score(e.weightTotal()), Figures.score(e.total())));
		String text = "项目自评得分 " + Figures.score(e.total()) + " 分（满分 " + Figures.score(e.weightTotal()) + " 分），等级为“"
				+ e.grade().label() + "”；预算执行率 " + d.sheet().rateText() + "。";
		return List.of(new Manuscript.Paragraph(text), new Manuscript.Table("项目支出绩效自评得分", List.of("评价内容", "分值", "得分"),
				rows, new boolean[] { false, true, true }, true));
	}

	private static List<Block> scoreChart(ProjectReportData d) {
		SelfEvaluation e = evaluation(d);
		if (e == null) {
			return notStarted(d);
		}
		Map<String, BigDecimal[]> by = new LinkedHashMap<>();
		by.put("预算执行率", new BigDecimal[] { e.executionWeight(), zeroIfNull(e.executionScore()) });
		by.putAll(byCategory(e));
		byte[] png = Charts.bars(null, "分", List.copyOf(by.keySet()),
				List.of(new Charts.Series("分值", by.values().stream().map(v -> v[0]).toList()),
						new Charts.Series("得分", by.values().stream().map(v -> v[1]).toList())),
				CHART_WIDTH, CHART_HEIGHT);
		return List.of(new Manuscript.Figure("图 各类指标得分", png, CHART_WIDTH, CHART_HEIGHT));
	}

	static final int CHART_WIDTH = 430;

	static final int CHART_HEIGHT = 200;

	private static List<Block> indicators(ProjectReportData d) {
		SelfEvaluation e = evaluation(d);
		if (e == null) {
			return notStarted(d);
		}
		List<List<String>> rows = new ArrayList<>();
		for (EvaluatedIndicator i : e.indicators()) {
			rows.add(List.of(i.category().label(), i.subcategory().label(), i.name(), Figures.dash(i.targetValue()),
					Figures.dash(i.actual())));
		}
		return List.of(new Manuscript.Table("绩效指标完成情况", List.of("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值"), rows,
				new boolean[] { false, false, false, false, false }, false, new int[] { 2, 3, 5, 3, 3 }));
	}

	private static List<Block> missed(ProjectReportData d) {
		SelfEvaluation e = evaluation(d);
		if (e == null) {
			return notStarted(d);
		}
		List<String> lines = missedLines(e);
		if (lines.isEmpty()) {
			return List.of(new Manuscript.Paragraph("各项绩效指标均已完成，均得满分。"));
		}
		List<Block> blocks = new ArrayList<>();
		blocks.add(new Manuscript.Paragraph("未得满分的指标 " + lines.size() + " 项："));
		lines.forEach(l -> blocks.add(new Manuscript.Paragraph(l)));
		return blocks;
	}

	/** "三级指标：年度指标值 …，实际完成 …，得 x 分（分值 y 分）。原因：…" per indicator not fully met. */
	private static List<String> missedLines(SelfEvaluation e) {
		List<String> lines = new ArrayList<>();
		int n = 1;
		for (EvaluatedIndicator i : e.indicators()) {
			if (i.score() == null || i.weight() == null || i.score().compareTo(i.weight()) >= 0) {
				continue;
			}
			lines.add(n++ + ". " + i.name() + "：年度指标值 " + Figures.dash(i.targetValue()) + "，实际完成 "
					+ Figures.dash(i.actual()) + "，得 " + Figures.score(i.score()) + " 分（分值 " + Figures.score(i.weight())
					+ " 分）。" + (i.reason().isBlank() ? "" : "原因及措施：" + i.reason().strip()));
		}
		return lines;
	}

	/** The 附件: the 项目支出绩效自评表's indicator block as a table of the report. */
	static List<Block> appendix(ProjectReportData d) {
		SelfEvaluation e = evaluation(d);
		if (e == null) {
			return List.of();
		}
		List<List<String>> rows = new ArrayList<>();
		rows.add(List.of("预算执行", "—", "预算执行率", "100%", d.sheet().rateText(), Figures.score(e.executionWeight()),
				Figures.score(e.executionScore()), Figures.dash(e.executionReason())));
		for (EvaluatedIndicator i : e.indicators()) {
			rows.add(List.of(i.category().label(), i.subcategory().label(), i.name(), Figures.dash(i.targetValue()),
					Figures.dash(i.actual()), Figures.score(i.weight()), Figures.score(i.score()),
					Figures.dash(i.reason())));
		}
		rows.add(List.of("合计", "", "", "", "", Figures.score(e.weightTotal()), Figures.score(e.total()),
				"等级：" + e.grade().label()));
		return List.of(new Manuscript.Heading(1, "附件：" + d.project().fiscalYear() + "年度项目支出绩效自评表"),
				new Manuscript.Paragraph("项目名称：" + d.project().name() + "；实施单位：" + d.unitName() + "；全年预算 "
						+ Figures.wan(e.fullYearBudget().total()) + " 万元，全年执行 " + Figures.wan(e.executed().total())
						+ " 万元。"),
				new Manuscript.Table("项目支出绩效自评表（绩效指标）",
						List.of("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"), rows,
						new boolean[] { false, false, false, false, false, true, true, false }, true,
						new int[] { 3, 3, 5, 3, 3, 3, 3, 6 }));
	}

	// ---------------------------------------------------------------- proposals

	/**
	 * The paragraph proposed for a narrative, chosen by its name: 结论 gets the score,
	 * grade and rate; 问题 the indicators not met and the execution; 经验/绩效 the 实际完成情况;
	 * 建议/措施 the causes and measures typed on the 自评表.
	 */
	static String propose(String narrative, ProjectReportData d) {
		SelfEvaluation e = evaluation(d);
		if (e == null) {
			return null;
		}
		if (narrative.contains("结论") || narrative.contains("综合")) {
			return "经自评，" + d.project().name() + "得分 " + Figures.score(e.total()) + " 分，等级为“" + e.grade().label()
					+ "”。全年预算 " + Figures.wan(e.fullYearBudget().total()) + " 万元，执行 "
					+ Figures.wan(e.executed().total()) + " 万元，预算执行率 " + d.sheet().rateText() + "。";
		}
		if (narrative.contains("问题")) {
			List<String> lines = missedLines(e);
			BigDecimal rate = e.executionRate();
			var text = new StringBuilder();
			if (rate != null && rate.compareTo(new BigDecimal("0.9")) < 0) {
				text.append("预算执行率为 ").append(d.sheet().rateText()).append("，资金未按计划支出。");
				if (!e.executionReason().isBlank()) {
					text.append(e.executionReason().strip());
				}
			}
			if (!lines.isEmpty()) {
				if (!text.isEmpty()) {
					text.append('\n');
				}
				text.append(String.join("\n", lines));
			}
			return text.isEmpty() ? null : text.toString();
		}
		if (narrative.contains("经验") || narrative.contains("绩效") || narrative.contains("成效")) {
			return e.completionText().isBlank() ? null : e.completionText().strip();
		}
		if (narrative.contains("建议") || narrative.contains("措施") || narrative.contains("改进")) {
			List<String> reasons = e.indicators()
				.stream()
				.filter(i -> !i.reason().isBlank())
				.map(i -> i.name() + "：" + i.reason().strip())
				.toList();
			return reasons.isEmpty() ? null : String.join("\n", reasons);
		}
		return null;
	}

	// ---------------------------------------------------------------- helpers

	private static SelfEvaluation evaluation(ProjectReportData d) {
		return d.sheet() == null ? null : d.sheet().evaluation();
	}

	private static List<Block> notStarted(ProjectReportData d) {
		return List.of(new Manuscript.Paragraph("（" + d.project().fiscalYear() + " 年度项目支出绩效自评尚未开始，本部分无法生成。）"));
	}

	/** 分值 and 得分 by 一级指标, in the order of the table. */
	private static Map<String, BigDecimal[]> byCategory(SelfEvaluation e) {
		Map<String, BigDecimal[]> by = new LinkedHashMap<>();
		for (EvaluatedIndicator i : e.indicators()) {
			var sums = by.computeIfAbsent(i.category().label(),
					k -> new BigDecimal[] { BigDecimal.ZERO, BigDecimal.ZERO });
			sums[0] = sums[0].add(zeroIfNull(i.weight()));
			sums[1] = sums[1].add(zeroIfNull(i.score()));
		}
		return by;
	}

	private static BigDecimal zeroIfNull(BigDecimal n) {
		return n == null ? BigDecimal.ZERO : n;
	}

}
