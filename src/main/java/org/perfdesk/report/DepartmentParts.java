package org.perfdesk.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.perfdesk.document.Manuscript;
import org.perfdesk.document.Manuscript.Block;
import org.perfdesk.evaluation.common.CommonIndicatorScore;
import org.perfdesk.evaluation.department.DepartmentSelfEvaluationSheet;
import org.perfdesk.evaluation.department.KeyIndicatorResult;
import org.perfdesk.execution.department.DepartmentFigures;
import org.perfdesk.shared.Amount;

/**
 * The generated parts of the 部门整体支出绩效自评报告, by the name an outline uses for them. Each
 * part is written from {@link DepartmentReportData} only: sentences with the figures and
 * tables whose 合计 rows are computed here from the rows they total, so that a printed
 * total always equals the sum of its rows.
 */
final class DepartmentParts {

	private static final org.perfdesk.report.Parts<DepartmentReportData> PARTS = new org.perfdesk.report.Parts<>();

	static {
		PARTS.put("部门职能", DepartmentParts::duties);
		PARTS.put("机构与人员", DepartmentParts::organisation);
		PARTS.put("收支总体", DepartmentParts::overall);
		PARTS.put("基本支出", DepartmentParts::basic);
		PARTS.put("三公经费", DepartmentParts::officialCosts);
		PARTS.put("项目支出", DepartmentParts::projects);
		PARTS.put("支出图", DepartmentParts::spendingChart);
		PARTS.put("自评得分", DepartmentParts::scores);
		PARTS.put("得分图", DepartmentParts::scoreChart);
		PARTS.put("关键指标", DepartmentParts::keyIndicators);
	}

	private DepartmentParts() {
	}

	static Set<String> names() {
		return PARTS.names();
	}

	static List<Block> render(String name, DepartmentReportData data) {
		return PARTS.render(name, data);
	}

	private static List<Block> duties(DepartmentReportData d) {
		if (d.duties() == null || d.duties().isBlank()) {
			return List.of(new Manuscript.Paragraph("（" + d.fiscalYear() + " 年度部门整体支出绩效目标中未填写部门职能。）"));
		}
		return List.of(new Manuscript.Paragraph(d.duties()));
	}

	private static List<Block> organisation(DepartmentReportData d) {
		var text = new StringBuilder();
		long budgetUnits = d.units().stream().filter(u -> !u.kind().equals("主管部门")).count();
		text.append(d.departmentName())
			.append(budgetUnits == 0 ? "无下属预算单位"
					: "下属预算单位 " + budgetUnits + " 个（" + String.join("、",
							d.units().stream().filter(u -> !u.kind().equals("主管部门")).map(u -> u.name()).toList()) + "）")
			.append("。");
		DepartmentFigures f = d.figures();
		if (f.saved()) {
			text.append("编制数 ").append(f.authorisedStaff()).append(" 人，实有人数 ").append(f.actualStaff()).append(" 人");
			if (d.lastYear().saved()) {
				int change = f.actualStaff() - d.lastYear().actualStaff();
				text.append(
						change == 0 ? "，与上年持平" : change > 0 ? "，较上年增加 " + change + " 人" : "，较上年减少 " + (-change) + " 人");
			}
			text.append("。");
		}
		else {
			text.append("（本年度部门整体支出数据尚未填报，编制和人员情况无法生成。）");
		}
		return List.of(new Manuscript.Paragraph(text.toString()));
	}

	private static List<Block> overall(DepartmentReportData d) {
		if (!d.figures().saved()) {
			return List.of(new Manuscript.Paragraph("（本年度部门整体支出数据尚未填报，收支总体情况无法生成。）"));
		}
		Amount budget = d.totalBudget();
		Amount spent = d.totalSpent();
		String text = d.fiscalYear() + " 年度部门预算 " + Figures.wan(budget) + " 万元，其中基本支出 "
				+ Figures.wan(d.figures().basicBudget()) + " 万元，项目支出 " + Figures.wan(d.projectBudget()) + " 万元；全年实际支出 "
				+ Figures.wan(spent) + " 万元，预算执行率 " + Figures.rate(spent, budget) + "。";
		return List.of(new Manuscript.Paragraph(text));
	}

	private static List<Block> basic(DepartmentReportData d) {
		DepartmentFigures f = d.figures();
		DepartmentFigures l = d.lastYear();
		List<List<String>> rows = new ArrayList<>();
		rows.add(row("人员经费", f.personnelBudget(), f.personnelSpent(), l.personnelSpent()));
		rows.add(row("公用经费", f.operatingBudget(), f.operatingSpent(), l.operatingSpent()));
		rows.add(row("合计", f.personnelBudget().plus(f.operatingBudget()), f.personnelSpent().plus(f.operatingSpent()),
				l.personnelSpent().plus(l.operatingSpent())));
		String text = "基本支出预算 " + Figures.wan(f.basicBudget()) + " 万元，实际支出 " + Figures.wan(f.basicSpent()) + " 万元，执行率 "
				+ Figures.rate(f.basicSpent(), f.basicBudget()) + "，" + Figures.change(f.basicSpent(), l.basicSpent())
				+ "。其中人员经费支出 " + Figures.wan(f.personnelSpent()) + " 万元，公用经费支出 " + Figures.wan(f.operatingSpent())
				+ " 万元。";
		return List.of(new Manuscript.Paragraph(text), table("基本支出情况（单位：万元）", rows));
	}

	private static List<Block> officialCosts(DepartmentReportData d) {
		DepartmentFigures f = d.figures();
		DepartmentFigures l = d.lastYear();
		List<List<String>> rows = new ArrayList<>();
		rows.add(row("因公出国(境)费", f.overseasTravelBudget(), f.overseasTravelSpent(), l.overseasTravelSpent()));
		rows.add(row("公务用车购置费", f.vehiclePurchaseBudget(), f.vehiclePurchaseSpent(), l.vehiclePurchaseSpent()));
		rows.add(row("公务用车运行费", f.vehicleOperationBudget(), f.vehicleOperationSpent(), l.vehicleOperationSpent()));
		rows.add(row("公务接待费", f.receptionBudget(), f.receptionSpent(), l.receptionSpent()));
		Amount budget = f.overseasTravelBudget()
			.plus(f.vehiclePurchaseBudget())
			.plus(f.vehicleOperationBudget())
			.plus(f.receptionBudget());
		Amount spent = f.overseasTravelSpent()
			.plus(f.vehiclePurchaseSpent())
			.plus(f.vehicleOperationSpent())
			.plus(f.receptionSpent());
		Amount before = l.overseasTravelSpent()
			.plus(l.vehiclePurchaseSpent())
			.plus(l.vehicleOperationSpent())
			.plus(l.receptionSpent());
		rows.add(row("合计", budget, spent, before));
		String text = "“三公”经费预算 " + Figures.wan(budget) + " 万元，实际支出 " + Figures.wan(spent) + " 万元，"
				+ Figures.change(spent, before) + "。";
		return List.of(new Manuscript.Paragraph(text), table("“三公”经费支出情况（单位：万元）", rows));
	}

	private static List<Block> projects(DepartmentReportData d) {
		List<List<String>> rows = new ArrayList<>();
		for (var p : d.projects()) {
			rows.add(List.of(p.unitName(), p.name(), Figures.wan(p.budget()), Figures.wan(p.executed()),
					Figures.rate(p.executed(), p.budget())));
		}
		Amount budget = d.projectBudget();
		Amount executed = d.projectExecuted();
		rows.add(List.of("合计", d.projects().size() + " 个项目", Figures.wan(budget), Figures.wan(executed),
				Figures.rate(executed, budget)));
		String text = "全年安排项目 " + d.projects().size() + " 个，全年预算 " + Figures.wan(budget) + " 万元，执行 "
				+ Figures.wan(executed) + " 万元，执行率 " + Figures.rate(executed, budget) + "。";
		return List.of(new Manuscript.Paragraph(text),
				new Manuscript.Table("项目支出情况（单位：万元）", List.of("单位", "项目名称", "全年预算数", "执行数", "执行率"), rows,
						new boolean[] { false, false, true, true, true }, true, new int[] { 4, 6, 3, 3, 2 }));
	}

	private static List<Block> scores(DepartmentReportData d) {
		DepartmentSelfEvaluationSheet e = d.evaluation();
		if (e == null) {
			return List.of(new Manuscript.Paragraph("（" + d.fiscalYear() + " 年度部门整体支出绩效自评尚未开始，自评得分无法生成。）"));
		}
		List<List<String>> rows = new ArrayList<>();
		for (CommonIndicatorScore s : e.scores()) {
			rows.add(List.of(s.category(), s.group(), s.name(), s.weightText(), s.scoreText()));
		}
		rows.add(List.of("合计", "", "", e.totalWeight().stripTrailingZeros().toPlainString(), e.totalText()));
		String text = "按部门整体支出绩效自评，" + d.fiscalYear() + " 年度自评得分 " + e.totalText() + " 分（满分 "
				+ e.totalWeight().stripTrailingZeros().toPlainString() + " 分），等级为“" + e.grade().label() + "”。";
		return List.of(new Manuscript.Paragraph(text),
				new Manuscript.Table("部门整体支出绩效自评得分", List.of("一级指标", "二级指标", "三级指标", "分值", "得分"), rows,
						new boolean[] { false, false, false, true, true }, true, new int[] { 2, 3, 6, 2, 2 }));
	}

	private static List<Block> keyIndicators(DepartmentReportData d) {
		DepartmentSelfEvaluationSheet e = d.evaluation();
		if (e == null || e.evaluation().keyIndicators().isEmpty()) {
			return List.of(new Manuscript.Paragraph("（没有可列出的关键绩效指标完成情况。）"));
		}
		List<List<String>> rows = new ArrayList<>();
		for (KeyIndicatorResult k : e.evaluation().keyIndicators()) {
			rows.add(List.of(k.name(), k.expected(), blankAsDash(k.actualValue()), blankAsDash(k.completion())));
		}
		return List.of(new Manuscript.Table("关键绩效指标完成情况", List.of("指标", "年度目标值", "年度完成值", "完成情况"), rows,
				new boolean[] { false, false, false, false }, false, new int[] { 4, 3, 3, 6 }));
	}

	/**
	 * Printed size of a chart in the documents, in points: the width between the report's
	 * margins.
	 */
	static final int CHART_WIDTH = 430;

	static final int CHART_HEIGHT = 220;

	/**
	 * 预算数 against 支出数 for 人员经费, 公用经费, 三公经费 and 项目支出: the figures of the tables beside it.
	 */
	private static List<Block> spendingChart(DepartmentReportData d) {
		if (!d.figures().saved()) {
			return List.of(new Manuscript.Paragraph("（本年度部门整体支出数据尚未填报，支出图无法生成。）"));
		}
		DepartmentFigures f = d.figures();
		List<String> lines = List.of("人员经费", "公用经费", "“三公”经费", "项目支出");
		List<Amount> budget = List.of(f.personnelBudget(), f.operatingBudget(), f.officialCostsBudget(),
				d.projectBudget());
		List<Amount> spent = List.of(f.personnelSpent(), f.operatingSpent(), f.officialCostsSpent(),
				d.projectExecuted());
		byte[] png = org.perfdesk.document.Charts.bars(null, "万元", lines,
				List.of(new org.perfdesk.document.Charts.Series("预算数", budget.stream().map(a -> a.toWan(2)).toList()),
						new org.perfdesk.document.Charts.Series("支出数", spent.stream().map(a -> a.toWan(2)).toList())),
				CHART_WIDTH, CHART_HEIGHT);
		return List.of(new Manuscript.Figure("图 预算与支出（万元）", png, CHART_WIDTH, CHART_HEIGHT));
	}

	/** 得分 against 分值 by 一级指标 of the self-evaluation: where the points were lost. */
	private static List<Block> scoreChart(DepartmentReportData d) {
		DepartmentSelfEvaluationSheet e = d.evaluation();
		if (e == null) {
			return List.of(new Manuscript.Paragraph("（" + d.fiscalYear() + " 年度部门整体支出绩效自评尚未开始，得分图无法生成。）"));
		}
		Map<String, java.math.BigDecimal[]> byCategory = new LinkedHashMap<>();
		for (CommonIndicatorScore s : e.scores()) {
			var sums = byCategory.computeIfAbsent(s.category(),
					k -> new java.math.BigDecimal[] { java.math.BigDecimal.ZERO, java.math.BigDecimal.ZERO });
			sums[0] = sums[0].add(s.item().weight());
			if (s.item().scorable()) {
				sums[1] = sums[1].add(s.item().score());
			}
		}
		List<String> categories = List.copyOf(byCategory.keySet());
		byte[] png = org.perfdesk.document.Charts.bars(null, "分", categories, List.of(
				new org.perfdesk.document.Charts.Series("分值", byCategory.values().stream().map(v -> v[0]).toList()),
				new org.perfdesk.document.Charts.Series("得分", byCategory.values().stream().map(v -> v[1]).toList())),
				CHART_WIDTH, CHART_HEIGHT);
		return List.of(new Manuscript.Figure("图 各一级指标得分", png, CHART_WIDTH, CHART_HEIGHT));
	}

	private static String blankAsDash(String text) {
		return text == null || text.isBlank() ? "—" : text;
	}

	private static List<String> row(String label, Amount budget, Amount spent, Amount lastYear) {
		return List.of(label, Figures.wan(budget), Figures.wan(spent), Figures.rate(spent, budget),
				Figures.wan(lastYear));
	}

	private static Manuscript.Table table(String caption, List<List<String>> rows) {
		return new Manuscript.Table(caption, List.of("项目", "预算数", "支出数", "执行率", "上年支出数"), rows,
				new boolean[] { false, true, true, true, true }, true);
	}

}
