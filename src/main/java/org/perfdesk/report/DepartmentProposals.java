package org.perfdesk.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.perfdesk.evaluation.department.DepartmentSelfEvaluationSheet;

/**
 * The first paragraph the editor proposes for a narrative of the 部门整体支出绩效自评报告, written
 * from the data: the year's budget, spending and rate, the score and grade, the projects
 * far behind their budget, and what the self-evaluation already says about achievements,
 * problems and measures. Which proposal a narrative gets follows from its name (问题, 措施,
 * 绩效 …), so a regional outline with its own names gets proposals too. A narrative the
 * data says nothing about gets none: the user writes it.
 */
final class DepartmentProposals {

	/** Projects below this execution rate are named among the problems. */
	static final BigDecimal LOW_EXECUTION = BigDecimal.valueOf(90);

	private DepartmentProposals() {
	}

	static String propose(String narrative, DepartmentReportData d) {
		DepartmentSelfEvaluationSheet e = d.evaluation();
		if (narrative.contains("问题")) {
			return problems(d);
		}
		if (narrative.contains("措施") || narrative.contains("改进") || narrative.contains("建议")) {
			return e == null || e.evaluation().measures().isBlank() ? null : e.evaluation().measures().strip();
		}
		if (narrative.contains("绩效") || narrative.contains("成效")) {
			var text = new StringBuilder();
			if (d.figures().saved()) {
				text.append(d.fiscalYear())
					.append(" 年度部门预算 ")
					.append(Figures.wan(d.totalBudget()))
					.append(" 万元，实际支出 ")
					.append(Figures.wan(d.totalSpent()))
					.append(" 万元，预算执行率 ")
					.append(Figures.rate(d.totalSpent(), d.totalBudget()))
					.append("。");
			}
			if (e != null) {
				text.append("部门整体支出绩效自评得分 ")
					.append(e.totalText())
					.append(" 分，等级为“")
					.append(e.grade().label())
					.append("”。");
				if (!e.evaluation().achievement().isBlank()) {
					text.append('\n').append(e.evaluation().achievement().strip());
				}
			}
			return text.isEmpty() ? null : text.toString();
		}
		if (narrative.contains("项目支出")) {
			List<String> low = lowExecution(d);
			return low.isEmpty() ? "各项目均按计划执行，执行率均不低于 " + LOW_EXECUTION + "%。"
					: "执行率低于 " + LOW_EXECUTION + "% 的项目：" + String.join("；", low) + "。";
		}
		if (narrative.contains("基本支出") && d.figures().saved()) {
			return "基本支出主要用于保障机关正常运转和人员工资福利，执行率 " + Figures.rate(d.figures().basicSpent(), d.figures().basicBudget())
					+ "。";
		}
		return null;
	}

	private static String problems(DepartmentReportData d) {
		List<String> parts = new ArrayList<>();
		DepartmentSelfEvaluationSheet e = d.evaluation();
		if (e != null && !e.evaluation().problems().isBlank()) {
			parts.add(e.evaluation().problems().strip());
		}
		List<String> low = lowExecution(d);
		if (!low.isEmpty()) {
			parts.add("部分项目预算执行偏慢：" + String.join("；", low) + "。");
		}
		return parts.isEmpty() ? null : String.join("\n", parts);
	}

	private static List<String> lowExecution(DepartmentReportData d) {
		List<String> low = new ArrayList<>();
		for (var p : d.projects()) {
			BigDecimal rate = Figures.rateValue(p.executed(), p.budget());
			if (rate != null && rate.compareTo(LOW_EXECUTION) < 0) {
				low.add(p.name() + "执行率 " + rate.toPlainString() + "%");
			}
		}
		return low;
	}

}
