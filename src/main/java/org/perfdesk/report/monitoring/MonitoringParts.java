package org.perfdesk.report.monitoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.perfdesk.document.Charts;
import org.perfdesk.document.Manuscript;
import org.perfdesk.document.Manuscript.Block;
import org.perfdesk.execution.ExecutionRates;
import org.perfdesk.execution.ProgressLight;
import org.perfdesk.monitoring.DeviationCause;
import org.perfdesk.monitoring.Likelihood;
import org.perfdesk.monitoring.MonitoredIndicator;
import org.perfdesk.monitoring.MonitoringLine;
import org.perfdesk.report.Figures;
import org.perfdesk.shared.Amount;

/**
 * The generated parts of the 绩效运行监控报告 and its proposed paragraphs: the round at a glance,
 * execution to the cut-off month by project with a 合计 of the projects (the department
 * target's line sums them and is not added again), the lights, a chart of execution
 * against plan, and each project at risk with the indicators its 监控表 says may be missed,
 * their causes and measures.
 */
final class MonitoringParts {

	/** The chart shows the largest budgets only: more bars cannot be read on a page. */
	static final int CHART_PROJECTS = 10;

	static final int CHART_WIDTH = 430;

	static final int CHART_HEIGHT = 230;

	private static final org.perfdesk.report.Parts<MonitoringReportData> PARTS = new org.perfdesk.report.Parts<>();

	static {
		PARTS.put("监控概况", MonitoringParts::overview);
		PARTS.put("执行进度", MonitoringParts::progress);
		PARTS.put("执行图", MonitoringParts::chart);
		PARTS.put("预警情况", MonitoringParts::lights);
		PARTS.put("偏差项目", MonitoringParts::atRisk);
	}

	private MonitoringParts() {
	}

	static Set<String> names() {
		return PARTS.names();
	}

	static List<Block> render(String name, MonitoringReportData data) {
		return PARTS.render(name, data);
	}

	private static List<Block> overview(MonitoringReportData d) {
		var r = d.round();
		long submitted = d.lines()
			.stream()
			.filter(l -> l.reportStatus() != null && l.reportStatus().submitted())
			.count();
		String text = "本次监控为 " + r.label() + "，" + d.departmentName() + "纳入监控的绩效目标 " + d.lines().size() + " 个（其中项目 "
				+ d.projects().size() + " 个），已提交监控表 " + submitted + " 个。截至 " + r.cutOffMonth() + " 月底，项目全年预算 "
				+ Figures.wan(d.budget()) + " 万元，累计执行 " + Figures.wan(d.executed()) + " 万元，执行率 "
				+ Figures.rate(d.executed(), d.budget()) + "，时间进度 " + timeProgress(r.cutOffMonth()) + "。";
		return List.of(new Manuscript.Paragraph(text));
	}

	private static List<Block> progress(MonitoringReportData d) {
		List<List<String>> rows = new ArrayList<>();
		for (MonitoringLine l : d.projects()) {
			Amount budget = l.figures().fullYearBudget().total();
			Amount executed = l.figures().executed().total();
			rows.add(List.of(l.unitName(), l.label(), Figures.wan(budget), Figures.wan(executed),
					Figures.rate(executed, budget), l.plannedShare() == null ? "—" : l.plannedShareText(), light(l)));
		}
		rows.add(List.of("合计", d.projects().size() + " 个项目", Figures.wan(d.budget()), Figures.wan(d.executed()),
				Figures.rate(d.executed(), d.budget()), "—", ""));
		return List.of(new Manuscript.Table("项目预算执行进度（截至 " + d.round().cutOffMonth() + " 月底，单位：万元）",
				List.of("单位", "项目名称", "全年预算数", "执行数", "执行率", "计划进度", "预警"), rows,
				new boolean[] { false, false, true, true, true, true, false }, true,
				new int[] { 3, 6, 3, 3, 2, 2, 2 }));
	}

	private static List<Block> chart(MonitoringReportData d) {
		List<MonitoringLine> shown = d.projects()
			.stream()
			.sorted(Comparator.comparing((MonitoringLine l) -> l.figures().fullYearBudget().total()).reversed())
			.limit(CHART_PROJECTS)
			.toList();
		if (shown.isEmpty()) {
			return List.of(new Manuscript.Paragraph("（本次监控没有项目，执行图无法生成。）"));
		}
		List<BigDecimal> planned = new ArrayList<>();
		List<BigDecimal> executed = new ArrayList<>();
		for (MonitoringLine l : shown) {
			BigDecimal budget = l.figures().fullYearBudget().total().toWan(2);
			planned.add(l.plannedShare() == null ? BigDecimal.ZERO
					: budget.multiply(l.plannedShare()).setScale(2, RoundingMode.HALF_UP));
			executed.add(l.figures().executed().total().toWan(2));
		}
		byte[] png = Charts.bars(null, "万元", shown.stream().map(MonitoringLine::label).toList(),
				List.of(new Charts.Series("计划执行数", planned), new Charts.Series("实际执行数", executed)), CHART_WIDTH,
				CHART_HEIGHT);
		return List.of(new Manuscript.Figure("图 截至 " + d.round().cutOffMonth() + " 月底执行与计划（万元）", png, CHART_WIDTH,
				CHART_HEIGHT));
	}

	private static List<Block> lights(MonitoringReportData d) {
		Map<String, Long> counts = new LinkedHashMap<>();
		for (ProgressLight l : ProgressLight.values()) {
			counts.put(lightName(l), d.projects().stream().filter(x -> x.light() == l).count());
		}
		long none = d.projects().stream().filter(x -> x.light() == null).count();
		if (none > 0) {
			counts.put("无预警信息", none);
		}
		List<List<String>> rows = new ArrayList<>();
		counts.forEach((k, v) -> rows.add(List.of(k, Long.toString(v))));
		rows.add(List.of("合计", Integer.toString(d.projects().size())));
		String text = "按执行进度、计划进度和完成目标可能性综合预警：红灯 " + counts.get(lightName(ProgressLight.RED)) + " 个，黄灯 "
				+ counts.get(lightName(ProgressLight.YELLOW)) + " 个，绿灯 " + counts.get(lightName(ProgressLight.GREEN))
				+ " 个。";
		return List.of(new Manuscript.Paragraph(text), new Manuscript.Table("项目预警情况", List.of("预警", "项目数"), rows,
				new boolean[] { false, true }, true, new int[] { 4, 2 }));
	}

	private static List<Block> atRisk(MonitoringReportData d) {
		if (d.atRisk().isEmpty()) {
			return List.of(new Manuscript.Paragraph("本次监控没有亮红灯或黄灯的项目。"));
		}
		List<Block> blocks = new ArrayList<>();
		int n = 1;
		for (var a : d.atRisk()) {
			MonitoringLine l = a.line();
			Amount budget = l.figures().fullYearBudget().total();
			Amount executed = l.figures().executed().total();
			blocks.add(new Manuscript.Paragraph(n++ + ". " + l.label() + "（" + l.unitName() + "，" + light(l) + "）：全年预算 "
					+ Figures.wan(budget) + " 万元，截至 " + d.round().cutOffMonth() + " 月底执行 " + Figures.wan(executed)
					+ " 万元，执行率 " + Figures.rate(executed, budget) + "。"
					+ (a.report() == null ? "监控表尚未填报。" : progressText(a.report().progressText()))));
			if (a.report() == null) {
				continue;
			}
			List<List<String>> rows = new ArrayList<>();
			for (MonitoredIndicator i : a.report().indicators()) {
				if (i.likelihood() == null || i.likelihood() == Likelihood.CERTAIN) {
					continue;
				}
				rows.add(List.of(i.name(), Figures.dash(i.targetValue()), Figures.dash(i.valueToDate()),
						Figures.dash(i.projected()), i.likelihood().label(), causes(i), Figures.dash(i.measures())));
			}
			if (!rows.isEmpty()) {
				blocks.add(new Manuscript.Table(l.label() + "可能完不成的指标",
						List.of("指标", "年度指标值", "累计完成", "全年预计", "完成可能性", "偏差原因", "改进措施"), rows,
						new boolean[] { false, false, false, false, false, false, false }, false,
						new int[] { 4, 2, 2, 2, 2, 4, 4 }));
			}
		}
		return blocks;
	}

	// ---------------------------------------------------------------- proposals

	static String propose(String narrative, MonitoringReportData d) {
		if (narrative.contains("总体") || narrative.contains("概况") || narrative.contains("执行")) {
			return "截至 " + d.round().cutOffMonth() + " 月底，项目全年预算 " + Figures.wan(d.budget()) + " 万元，累计执行 "
					+ Figures.wan(d.executed()) + " 万元，执行率 " + Figures.rate(d.executed(), d.budget()) + "，时间进度 "
					+ timeProgress(d.round().cutOffMonth()) + "。";
		}
		if (narrative.contains("原因") || narrative.contains("问题")) {
			List<String> lines = new ArrayList<>();
			for (var a : d.atRisk()) {
				if (a.report() == null) {
					continue;
				}
				for (MonitoredIndicator i : a.report().indicators()) {
					if (i.likelihood() != null && i.likelihood() != Likelihood.CERTAIN && !i.causes().isEmpty()) {
						lines.add(a.line().label() + "的“" + i.name() + "”：" + causes(i));
					}
				}
			}
			return lines.isEmpty() ? null : String.join("；\n", lines) + "。";
		}
		if (narrative.contains("措施") || narrative.contains("纠偏") || narrative.contains("下一步")) {
			List<String> lines = new ArrayList<>();
			for (var a : d.atRisk()) {
				if (a.report() != null) {
					a.report()
						.indicators()
						.stream()
						.filter(i -> !i.measures().isBlank())
						.forEach(i -> lines.add(a.line().label() + "：" + i.measures()));
				}
			}
			return lines.isEmpty() ? null : String.join("\n", lines);
		}
		return null;
	}

	// ---------------------------------------------------------------- helpers

	/** Months elapsed ÷ 12 as printed on the monitoring pages. */
	private static String timeProgress(int cutOffMonth) {
		return ExecutionRates
			.percent(BigDecimal.valueOf(cutOffMonth).divide(BigDecimal.valueOf(12), 6, RoundingMode.HALF_UP));
	}

	private static String light(MonitoringLine l) {
		return l.light() == null ? "—" : lightName(l.light());
	}

	private static String lightName(ProgressLight l) {
		return switch (l) {
			case RED -> "红灯";
			case YELLOW -> "黄灯";
			case GREEN -> "绿灯";
		};
	}

	private static String causes(MonitoredIndicator i) {
		List<String> parts = new ArrayList<>(i.causes().stream().map(DeviationCause::label).sorted().toList());
		if (!i.causeNote().isBlank()) {
			parts.add(i.causeNote());
		}
		return parts.isEmpty() ? "—" : String.join("；", parts);
	}

	private static String progressText(String text) {
		return text == null || text.isBlank() ? "" : text.strip();
	}

}
