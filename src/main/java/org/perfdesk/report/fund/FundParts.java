package org.perfdesk.report.fund;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.perfdesk.document.Charts;
import org.perfdesk.document.Manuscript;
import org.perfdesk.document.Manuscript.Block;
import org.perfdesk.evaluation.EvaluatedIndicator;
import org.perfdesk.evaluation.SelfEvaluation;
import org.perfdesk.report.Figures;

/**
 * The generated parts of the 专项资金绩效自评报告, its proposed paragraphs: the fund as a whole
 * (basis, targets, spending by project with a 合计 computed from its rows, a chart) and its
 * performance by work line — one sub-heading per project with its figures, its score and
 * the indicators it did and did not meet.
 */
final class FundParts {

	/** Chinese numbering of the work lines' sub-headings: （一）, （二）, … */
	private static final String DIGITS = "一二三四五六七八九十";

	static final BigDecimal LOW_EXECUTION = BigDecimal.valueOf(90);

	private static final org.perfdesk.report.Parts<FundReportData> PARTS = new org.perfdesk.report.Parts<>();

	static {
		PARTS.put("资金概况", FundParts::overview);
		PARTS.put("资金绩效目标", FundParts::objectives);
		PARTS.put("资金支出", FundParts::spending);
		PARTS.put("支出图", FundParts::chart);
		PARTS.put("分项绩效", FundParts::workLines);
		PARTS.put("自评得分", FundParts::scores);
	}

	private FundParts() {
	}

	static Set<String> names() {
		return PARTS.names();
	}

	static List<Block> render(String name, FundReportData data) {
		return PARTS.render(name, data);
	}

	private static List<Block> overview(FundReportData d) {
		List<Block> blocks = new ArrayList<>();
		blocks.add(new Manuscript.Paragraph(d.fund().fiscalYear() + " 年度" + d.fund().name() + "由" + d.departmentName()
				+ "统筹使用，安排项目 " + d.lines().size() + " 个（"
				+ String.join("、", d.lines().stream().map(l -> l.project().name()).toList()) + "），全年预算 "
				+ Figures.wan(d.budget()) + " 万元。"));
		if (!d.fund().basis().isBlank()) {
			blocks.add(new Manuscript.Paragraph("设立依据：" + d.fund().basis()));
		}
		return blocks;
	}

	private static List<Block> objectives(FundReportData d) {
		List<Block> blocks = new ArrayList<>();
		int n = 1;
		for (var l : d.lines()) {
			String objective = l.target() == null ? "" : l.target().content().annualObjective();
			blocks.add(new Manuscript.Paragraph(n++ + ". " + l.project().name() + "："
					+ (objective == null || objective.isBlank() ? "（没有批复的年度目标）" : objective.strip())));
		}
		return blocks;
	}

	private static List<Block> spending(FundReportData d) {
		List<List<String>> rows = new ArrayList<>();
		for (var l : d.lines()) {
			rows.add(List.of(l.project().name(), l.unitName(), Figures.wan(l.budget()), Figures.wan(l.executed()),
					Figures.rate(l.executed(), l.budget())));
		}
		rows.add(List.of("合计", d.lines().size() + " 个项目", Figures.wan(d.budget()), Figures.wan(d.executed()),
				Figures.rate(d.executed(), d.budget())));
		String text = "专项资金全年预算 " + Figures.wan(d.budget()) + " 万元，全年支出 " + Figures.wan(d.executed()) + " 万元，预算执行率 "
				+ Figures.rate(d.executed(), d.budget()) + "。";
		return List.of(new Manuscript.Paragraph(text),
				new Manuscript.Table("专项资金支出情况（单位：万元）", List.of("项目名称", "实施单位", "全年预算数", "执行数", "执行率"), rows,
						new boolean[] { false, false, true, true, true }, true, new int[] { 6, 4, 3, 3, 2 }));
	}

	static final int CHART_WIDTH = 430;

	static final int CHART_HEIGHT = 220;

	private static List<Block> chart(FundReportData d) {
		if (d.lines().isEmpty()) {
			return List.of();
		}
		byte[] png = Charts.bars(null, "万元", d.lines().stream().map(l -> l.project().name()).toList(),
				List.of(new Charts.Series("全年预算数", d.lines().stream().map(l -> l.budget().toWan(2)).toList()),
						new Charts.Series("执行数", d.lines().stream().map(l -> l.executed().toWan(2)).toList())),
				CHART_WIDTH, CHART_HEIGHT);
		return List.of(new Manuscript.Figure("图 各项目预算与执行（万元）", png, CHART_WIDTH, CHART_HEIGHT));
	}

	private static List<Block> workLines(FundReportData d) {
		List<Block> blocks = new ArrayList<>();
		int n = 0;
		for (var l : d.lines()) {
			blocks.add(new Manuscript.Heading(2, "（" + numeral(n++) + "）" + l.project().name()));
			var text = new StringBuilder(l.unitName() + "实施，全年预算 " + Figures.wan(l.budget()) + " 万元，执行 "
					+ Figures.wan(l.executed()) + " 万元，执行率 " + Figures.rate(l.executed(), l.budget()) + "。");
			SelfEvaluation e = l.sheet() == null ? null : l.sheet().evaluation();
			if (e == null) {
				text.append("项目支出绩效自评尚未开始。");
				blocks.add(new Manuscript.Paragraph(text.toString()));
				continue;
			}
			text.append("自评得分 ")
				.append(Figures.score(e.total()))
				.append(" 分，等级为“")
				.append(e.grade().label())
				.append("”。");
			blocks.add(new Manuscript.Paragraph(text.toString()));
			if (!e.completionText().isBlank()) {
				blocks.add(new Manuscript.Paragraph(e.completionText().strip()));
			}
			List<List<String>> rows = new ArrayList<>();
			for (EvaluatedIndicator i : e.indicators()) {
				rows.add(List.of(i.subcategory().label(), i.name(), Figures.dash(i.targetValue()),
						Figures.dash(i.actual())));
			}
			if (!rows.isEmpty()) {
				blocks.add(
						new Manuscript.Table(l.project().name() + "绩效指标完成情况", List.of("二级指标", "三级指标", "年度指标值", "实际完成值"),
								rows, new boolean[] { false, false, false, false }, false, new int[] { 3, 6, 3, 3 }));
			}
		}
		return blocks;
	}

	private static List<Block> scores(FundReportData d) {
		List<List<String>> rows = new ArrayList<>();
		for (var l : d.lines()) {
			SelfEvaluation e = l.sheet() == null ? null : l.sheet().evaluation();
			rows.add(List.of(l.project().name(), e == null ? "—" : Figures.score(e.weightTotal()),
					e == null ? "—" : Figures.score(e.total()), e == null ? "未自评" : e.grade().label()));
		}
		return List.of(new Manuscript.Table("各项目自评得分", List.of("项目名称", "满分", "自评得分", "等级"), rows,
				new boolean[] { false, true, true, false }, false, new int[] { 7, 2, 2, 2 }));
	}

	// ---------------------------------------------------------------- proposals

	static String propose(String narrative, FundReportData d) {
		if (narrative.contains("依据") || narrative.contains("设立")) {
			return d.fund().basis().isBlank() ? null : d.fund().basis();
		}
		if (narrative.contains("问题")) {
			List<String> lines = new ArrayList<>();
			for (var l : d.lines()) {
				BigDecimal rate = Figures.rateValue(l.executed(), l.budget());
				if (rate != null && rate.compareTo(LOW_EXECUTION) < 0) {
					lines.add(l.project().name() + "执行率 " + rate.toPlainString() + "%，资金未按计划支出");
				}
				if (l.sheet() != null) {
					for (EvaluatedIndicator i : l.sheet().evaluation().indicators()) {
						if (i.score() != null && i.weight() != null && i.score().compareTo(i.weight()) < 0) {
							lines.add(l.project().name() + "的“" + i.name() + "”未完全完成（年度指标值 "
									+ Figures.dash(i.targetValue()) + "，实际完成 " + Figures.dash(i.actual()) + "）");
						}
					}
				}
			}
			return lines.isEmpty() ? null : String.join("；\n", lines) + "。";
		}
		if (narrative.contains("措施") || narrative.contains("改进") || narrative.contains("建议")) {
			List<String> reasons = new ArrayList<>();
			for (var l : d.lines()) {
				if (l.sheet() != null) {
					l.sheet()
						.evaluation()
						.indicators()
						.stream()
						.filter(i -> !i.reason().isBlank())
						.forEach(i -> reasons.add(l.project().name() + "：" + i.reason().strip()));
				}
			}
			return reasons.isEmpty() ? null : String.join("\n", reasons);
		}
		if (narrative.contains("支出")) {
			return "专项资金全年预算 " + Figures.wan(d.budget()) + " 万元，全年支出 " + Figures.wan(d.executed()) + " 万元，预算执行率 "
					+ Figures.rate(d.executed(), d.budget()) + "。";
		}
		return null;
	}

	private static String numeral(int i) {
		return i < DIGITS.length() ? String.valueOf(DIGITS.charAt(i)) : Integer.toString(i + 1);
	}

}
