package org.perfdesk.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;

import org.perfdesk.budget.FundSource;
import org.perfdesk.document.FormGrid;
import org.perfdesk.document.FormGrid.Style;
import org.perfdesk.indicator.IndicatorCategory;
import org.perfdesk.indicator.IndicatorSubcategory;
import org.perfdesk.shared.Amount;
import org.springframework.stereotype.Service;

/**
 * The 项目支出绩效自评表 (财预〔2020〕10号 附件1, domain.md §2.4) of one evaluation as .xlsx, .docx and
 * PDF, written once as a {@link FormGrid} like the target and monitoring forms: header,
 * 项目资金 block, 年度总体目标, 绩效指标 with 一级 and 二级 merged over their runs, 总分 and 等级. A score set
 * by hand is printed with the computed score and the reason in the 偏差原因 column, so the
 * paper says what the page says. Built from {@link EvaluationSheet}, so a file shows
 * exactly what the caller's page shows.
 */
@Service
public class SelfEvaluationExports {

	/**
	 * 一级 | 二级 | 三级 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施. Widths in Excel characters.
	 */
	static final int[] WIDTHS = { 10, 14, 20, 13, 13, 10, 9, 39 };

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	public byte[] workbook(EvaluationSheet sheet) {
		return form(sheet).xlsx();
	}

	public byte[] document(EvaluationSheet sheet) {
		return form(sheet).docx();
	}

	/**
	 * Landscape A4, 小五 and narrow margins as the .docx; a second page, if any, repeats
	 * the indicator headings.
	 */
	public byte[] pdf(EvaluationSheet sheet) {
		return form(sheet).pdf();
	}

	/** "2025-YL2025-04-纪念五四系列活动-项目支出绩效自评表", without extension. */
	public static String fileName(EvaluationSheet sheet) {
		return sheet.evaluation().fiscalYear() + "-" + sheet.projectCode() + "-" + sheet.projectName() + "-项目支出绩效自评表";
	}

	static FormGrid form(EvaluationSheet sheet) {
		SelfEvaluation e = sheet.evaluation();
		var grid = new FormGrid("项目支出绩效自评表", e.fiscalYear() + "年度项目支出绩效自评表", sheet.unitName(), WIDTHS, true);
		grid.onePage();

		int r = grid.row();
		grid.text(r, 0, 2, Style.LABEL, "项目名称");
		grid.text(r, 2, 6, Style.TEXT, sheet.projectName());
		r = grid.row();
		grid.text(r, 0, 2, Style.LABEL, "主管部门");
		grid.text(r, 2, 3, Style.TEXT, sheet.departmentName());
		grid.text(r, 5, 1, Style.LABEL, "实施单位");
		grid.text(r, 6, 2, Style.TEXT, sheet.unitName());

		// 项目资金（万元）: 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分
		r = grid.rows(5);
		grid.put(r, 0, 5, 1, Style.LABEL, "项目资金\n（万元）", null);
		grid.text(r, 1, 1, Style.HEADER, "");
		String[] heads = { "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分" };
		for (int c = 0; c < heads.length; c++) {
			grid.text(r, 2 + c, 1, Style.HEADER, heads[c]);
		}
		funds(grid, r + 1, "年度资金总额", e.initialBudget().total(), e.fullYearBudget().total(), e.executed().total(),
				e.executionRate(), true);
		grid.number(r + 1, 5, 1, Style.WEIGHT, e.executionWeight());
		score(grid, r + 1, 7, e.executionScore());
		String[] labels = { "其中：当年财政拨款", "上年结转资金", "其他资金" };
		FundSource[] sources = FundSource.values();
		for (int i = 0; i < sources.length; i++) {
			FundSource s = sources[i];
			funds(grid, r + 2 + i, labels[i], e.initialBudget().of(s), e.fullYearBudget().of(s), e.executed().of(s),
					e.executionRate(s), false);
			grid.text(r + 2 + i, 5, 1, Style.CENTER, "—");
			grid.text(r + 2 + i, 7, 1, Style.CENTER, "—");
		}

		r = grid.rows(2);
		grid.put(r, 0, 2, 1, Style.LABEL, "年度总体目标", null);
		grid.text(r, 1, 4, Style.HEADER, "预期目标");
		grid.text(r, 5, 3, Style.HEADER, "实际完成情况");
		grid.text(r + 1, 1, 4, Style.TEXT, e.objective());
		grid.text(r + 1, 5, 3, Style.TEXT, e.completionText());

		indicators(grid, e.indicators());

		r = grid.row();
		grid.text(r, 0, 5, Style.LABEL, "总分");
		grid.number(r, 5, 1, Style.WEIGHT_TOTAL, e.weightTotal());
		grid.number(r, 6, 1, Style.SCORE_TOTAL, e.total());
		grid.text(r, 7, 1, Style.LABEL, "等级：" + e.grade().label());

		String execution = e.executionOverride() == null ? ""
				: "；预算执行得分为手工调整（计算得分 " + score(e.executionOverride().computedScore()) + "，理由："
						+ sentence(e.executionOverride().reason()) + "）";
		String reason = e.executionReason().isBlank() ? "" : "；预算执行偏差原因：" + sentence(e.executionReason());
		grid.footnote("状态：" + e.status().label() + "　执行率 = 全年执行数 ÷ 全年预算数；预算执行得分按" + e.execution().rule() + "计算"
				+ execution + reason + "。");
		return grid;
	}

	private static void funds(FormGrid grid, int r, String label, Amount initial, Amount budget, Amount executed,
			BigDecimal rate, boolean total) {
		Style money = total ? Style.MONEY_TOTAL : Style.MONEY;
		grid.text(r, 1, 1, Style.LABEL, label);
		grid.number(r, 2, 1, money, initial.toWanExact());
		grid.number(r, 3, 1, money, budget.toWanExact());
		grid.number(r, 4, 1, money, executed.toWanExact());
		if (rate == null) {
			grid.text(r, 6, 1, Style.CENTER, "—");
		}
		else {
			grid.number(r, 6, 1, Style.PERCENT, rate.multiply(HUNDRED).setScale(2, RoundingMode.HALF_UP));
		}
	}

	private static void score(FormGrid grid, int r, int c, BigDecimal score) {
		if (score == null) {
			grid.text(r, c, 1, Style.CENTER, "未计分");
		}
		else {
			grid.number(r, c, 1, Style.SCORE, score);
		}
	}

	/**
	 * A typed text set inside a sentence of the footnote, without its own closing full
	 * stop.
	 */
	private static String sentence(String text) {
		String s = text.strip();
		while (s.endsWith("。") || s.endsWith(".") || s.endsWith("；")) {
			s = s.substring(0, s.length() - 1);
		}
		return s;
	}

	private static String score(BigDecimal score) {
		return score == null ? "未计分" : score.toPlainString();
	}

	/** 绩效指标 with 一级 and 二级 merged over their runs. */
	private static void indicators(FormGrid grid, List<EvaluatedIndicator> rows) {
		int head = grid.row();
		String[] heads = { "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施" };
		for (int c = 0; c < heads.length; c++) {
			grid.text(head, c, 1, Style.HEADER, heads[c]);
		}
		grid.headerRows(head, 1);
		if (rows.isEmpty()) {
			grid.text(grid.row(), 0, grid.columns(), Style.CENTER, "目标没有绩效指标");
			return;
		}
		int first = grid.rows(rows.size());
		for (int i = 0; i < rows.size(); i++) {
			EvaluatedIndicator row = rows.get(i);
			int r = first + i;
			IndicatorSubcategory sub = row.subcategory();
			IndicatorCategory category = sub.category();
			if (i == 0 || !Objects.equals(category, rows.get(i - 1).category())) {
				int run = 1;
				while (i + run < rows.size() && Objects.equals(category, rows.get(i + run).category())) {
					run++;
				}
				grid.put(r, 0, run, 1, Style.CENTER, category.label(), null);
			}
			if (i == 0 || !Objects.equals(sub, rows.get(i - 1).subcategory())) {
				int run = 1;
				while (i + run < rows.size() && Objects.equals(sub, rows.get(i + run).subcategory())) {
					run++;
				}
				grid.put(r, 1, run, 1, Style.CENTER, sub.label(), null);
			}
			grid.text(r, 2, 1, Style.TEXT, row.name());
			grid.text(r, 3, 1, Style.CENTER, row.targetValue());
			grid.text(r, 4, 1, Style.CENTER, row.actual()
					+ (row.band() == null ? "" : (row.actual().isEmpty() ? "" : "\n") + row.band().label()));
			grid.number(r, 5, 1, Style.WEIGHT, row.weight());
			score(grid, r, 6, row.score());
			String adjusted = !row.overridden() ? ""
					: row.computed().scorable()
							? "（手工调整：计算得分 " + score(row.override().computedScore()) + "，理由："
									+ sentence(row.override().reason()) + "）"
							: "（手工评分，理由：" + sentence(row.override().reason()) + "）";
			String over = row.overAchieved() ? "【超额完成】" : "";
			grid.text(r, 7, 1, Style.TEXT, over + row.reason() + adjusted);
		}
	}

}
