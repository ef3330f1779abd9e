package org.perfdesk.evaluation.department;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

import org.perfdesk.document.FormGrid;
import org.perfdesk.document.FormGrid.Style;
import org.perfdesk.evaluation.common.CommonIndicatorScore;
import org.perfdesk.org.DataScope;
import org.perfdesk.shared.Amount;
import org.perfdesk.targets.KeyTask;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The two printed tables of a department self-evaluation, each written once as a
 * {@link FormGrid} and rendered as .xlsx, .docx and PDF: the 部门整体支出绩效自评表 (部门资金情况, 年度整体目标,
 * 年度关键指标, 主要任务, the common indicators with 分值, 得分 and the arithmetic, 存在问题, 改进措施) and the
 * 部门整体绩效完成情况表 (关键指标 with 预期实现值, 年度完成值 and 具体完成情况, 部门年度整体预算完成率, 年度主要支出计划 by task with
 * money). Both go through {@link DepartmentSelfEvaluationManagement#sheet}, so a file
 * shows what the page shows and nothing outside the scope.
 */
@Service
@Transactional(readOnly = true)
public class DepartmentSelfEvaluationExports {

	/** The two tables. */
	public enum Table {

		EVALUATION("部门整体支出绩效自评表"), COMPLETION("部门整体绩效完成情况表");

		private final String label;

		Table(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}

	}

	static final int[] EVALUATION_WIDTHS = { 12, 16, 22, 20, 16, 14, 12 };

	static final int[] COMPLETION_WIDTHS = { 12, 26, 22, 14, 14, 14, 30 };

	private final DepartmentSelfEvaluationManagement evaluations;

	DepartmentSelfEvaluationExports(DepartmentSelfEvaluationManagement evaluations) {
		this.evaluations = evaluations;
	}

	public byte[] workbook(DataScope scope, long id, Table table) {
		return grid(evaluations.sheet(scope, id), table).xlsx();
	}

	public byte[] document(DataScope scope, long id, Table table) {
		return grid(evaluations.sheet(scope, id), table).docx();
	}

	/** Landscape A4, the same cells as the workbook and the document. */
	public byte[] pdf(DataScope scope, long id, Table table) {
		return grid(evaluations.sheet(scope, id), table).pdf();
	}

	/** "2025-部门名称-部门整体支出绩效自评表", without extension. */
	public String fileName(DataScope scope, long id, Table table) {
		DepartmentSelfEvaluationSheet sheet = evaluations.sheet(scope, id);
		return sheet.evaluation().fiscalYear() + "-" + sheet.departmentName() + "-" + table.label();
	}

	static FormGrid grid(DepartmentSelfEvaluationSheet sheet, Table table) {
		return table == Table.EVALUATION ? evaluation(sheet) : completion(sheet);
	}

	// ---------------------------------------------------------------- 自评表

	static FormGrid evaluation(DepartmentSelfEvaluationSheet sheet) {
		DepartmentSelfEvaluation e = sheet.evaluation();
		DepartmentFunds f = sheet.funds();
		var grid = new FormGrid("部门整体支出绩效自评表", e.fiscalYear() + "年度部门整体支出绩效自评表", "部门（单位）：" + sheet.departmentName(),
				EVALUATION_WIDTHS, true);
		int r = grid.row();
		grid.text(r, 0, 1, Style.LABEL, "部门名称");
		grid.text(r, 1, 6, Style.TEXT, sheet.departmentName());

		r = grid.rows(4);
		grid.put(r, 0, 4, 1, Style.LABEL, "部门资金情况", null);
		money(grid, r, "整体支出年度预算数", f.annualBudget(), "整体支出年初预算数", f.initialBudget());
		money(grid, r + 1, "实际支出数", f.actualSpending(), "年度调整额", f.adjustment());
		grid.text(r + 2, 1, 1, Style.LABEL, "其中：一般公共预算");
		amount(grid, r + 2, 2, 1, f.publicSpending());
		grid.text(r + 2, 3, 1, Style.LABEL, "预算调整原因");
		grid.text(r + 2, 4, 3, Style.TEXT, e.adjustmentReason());
		grid.text(r + 3, 1, 1, Style.LABEL, "预算完成率");
		rate(grid, r + 3, 2, 1, f.completionRate());
		grid.text(r + 3, 3, 1, Style.LABEL, "预算调整率");
		rate(grid, r + 3, 4, 3, f.adjustmentRate());

		r = grid.rows(2);
		grid.put(r, 0, 2, 1, Style.LABEL, "年度整体目标", null);
		grid.text(r, 1, 2, Style.HEADER, "年度整体目标");
		grid.text(r, 3, 4, Style.HEADER, "整体目标完成情况");
		grid.text(r + 1, 1, 2, Style.TEXT, sheet.target().content().annualObjective());
		grid.text(r + 1, 3, 4, Style.TEXT, e.achievement());

		List<KeyIndicatorResult> keys = e.keyIndicators();
		r = grid.rows(keys.size() + 1);
		grid.put(r, 0, keys.size() + 1, 1, Style.LABEL, "年度关键指标", null);
		grid.text(r, 1, 2, Style.HEADER, "关键指标");
		grid.text(r, 3, 1, Style.HEADER, "预期实现值");
		grid.text(r, 4, 1, Style.HEADER, "年度完成值");
		grid.text(r, 5, 2, Style.HEADER, "指标完成情况");
		grid.keepWithNext(r);
		for (int i = 0; i < keys.size(); i++) {
			KeyIndicatorResult k = keys.get(i);
			grid.text(r + 1 + i, 1, 2, Style.TEXT, k.name());
			grid.text(r + 1 + i, 3, 1, Style.CENTER, k.expected());
			grid.text(r + 1 + i, 4, 1, Style.CENTER, k.actualValue());
			grid.text(r + 1 + i, 5, 2, Style.TEXT, k.completion());
		}

		// 主要任务 as seed 001 prints it: each task with its rows of key indicators, the
		// task's target, completion and money merged down those rows
		List<TaskResult> tasks = e.tasks();
		List<List<KeyIndicatorResult>> byTask = byTask(e);
		int taskRows = 0;
		for (List<KeyIndicatorResult> own : byTask) {
			taskRows += Math.max(1, own.size());
		}
		r = grid.rows(taskRows + 2);
		grid.put(r, 0, taskRows + 2, 1, Style.LABEL, "主要任务", null);
		String[] heads = { "任务名称", "预期目标", "目标完成情况", "关键指标", "指标完成情况", "任务涉及资金" };
		for (int c = 0; c < heads.length; c++) {
			grid.text(r, 1 + c, 1, Style.HEADER, heads[c]);
		}
		grid.keepWithNext(r);
		int row = r + 1;
		Amount taskSum = Amount.ZERO;
		for (int i = 0; i < tasks.size(); i++) {
			TaskResult t = tasks.get(i);
			List<KeyIndicatorResult> own = byTask.get(i);
			int lines = Math.max(1, own.size());
			grid.put(row, 1, lines, 1, Style.TEXT, t.name(), null);
			grid.put(row, 2, lines, 1, Style.TEXT, t.target(), null);
			grid.put(row, 3, lines, 1, Style.TEXT, t.completion(), null);
			grid.put(row, 6, lines, 1, Style.MONEY, null, t.total().toWanExact());
			if (own.isEmpty()) {
				grid.text(row, 4, 1, Style.CENTER, "—");
				grid.text(row, 5, 1, Style.CENTER, "—");
			}
			for (int k = 0; k < own.size(); k++) {
				KeyIndicatorResult key = own.get(k);
				grid.text(row + k, 4, 1, Style.TEXT,
						key.name() + (key.expected().isEmpty() ? "" : "（" + key.expected() + "）"));
				grid.text(row + k, 5, 1, Style.TEXT, done(key));
			}
			taskSum = taskSum.plus(t.total());
			row += lines;
		}
		grid.text(row, 1, 5, Style.LABEL, "金额合计");
		grid.number(row, 6, 1, Style.MONEY_TOTAL, taskSum.toWanExact());

		common(grid, sheet);

		r = grid.row();
		grid.text(r, 0, 1, Style.LABEL, "存在问题");
		grid.text(r, 1, 6, Style.TEXT, e.problems());
		r = grid.row();
		grid.text(r, 0, 1, Style.LABEL, "改进措施");
		grid.text(r, 1, 6, Style.TEXT, e.measures());
		grid.footnote(footnote(sheet));
		return grid;
	}

	/** 共性指标 with 一级 and 二级 merged over their runs, then the 合计 row with the grade. */
	private static void common(FormGrid grid, DepartmentSelfEvaluationSheet sheet) {
		int heading = grid.row();
		grid.text(heading, 0, grid.columns(), Style.HEADER, "部门整体支出共性指标");
		int head = grid.row();
		// the longest part of the table: a PDF page it runs onto starts with its heading
		// and column headings
		grid.headerRows(heading, 2);
		String[] heads = { "一级指标", "二级指标", "三级指标及计分规则", "计分说明", "分值" };
		for (int c = 0; c < heads.length; c++) {
			grid.text(head, c, 1, Style.HEADER, heads[c]);
		}
		grid.text(head, 5, 2, Style.HEADER, "得分");
		List<CommonIndicatorScore> scores = sheet.scores();
		int first = grid.rows(scores.size());
		for (int i = 0; i < scores.size(); i++) {
			CommonIndicatorScore s = scores.get(i);
			int r = first + i;
			if (i == 0 || !Objects.equals(s.category(), scores.get(i - 1).category())) {
				int run = 1;
				while (i + run < scores.size() && Objects.equals(s.category(), scores.get(i + run).category())) {
					run++;
				}
				grid.put(r, 0, run, 1, Style.CENTER, s.category(), null);
			}
			if (i == 0 || !Objects.equals(s.group(), scores.get(i - 1).group())
					|| !Objects.equals(s.category(), scores.get(i - 1).category())) {
				int run = 1;
				while (i + run < scores.size() && Objects.equals(s.group(), scores.get(i + run).group())
						&& Objects.equals(s.category(), scores.get(i + run).category())) {
					run++;
				}
				grid.put(r, 1, run, 1, Style.CENTER, s.group(), null);
			}
			grid.text(r, 2, 1, Style.TEXT, s.name() + "\n" + s.item().rule());
			grid.text(r, 3, 1, Style.TEXT,
					(s.item().inputs().isEmpty() ? "" : s.item().inputs() + "\n") + s.item().explanation());
			grid.number(r, 4, 1, Style.WEIGHT, s.item().weight());
			if (s.item().scorable()) {
				grid.number(r, 5, 2, Style.WEIGHT, s.item().score());
			}
			else {
				grid.text(r, 5, 2, Style.CENTER, "无法计分");
			}
		}
		int total = grid.row();
		grid.text(total, 0, 4, Style.LABEL, "合计（等级：" + sheet.grade().label() + "）");
		grid.number(total, 4, 1, Style.WEIGHT_TOTAL, sheet.totalWeight());
		grid.number(total, 5, 2, Style.WEIGHT_TOTAL, sheet.totalScore());
	}

	// ---------------------------------------------------------------- 完成情况表

	static FormGrid completion(DepartmentSelfEvaluationSheet sheet) {
		DepartmentSelfEvaluation e = sheet.evaluation();
		var grid = new FormGrid("部门整体绩效完成情况表", sheet.departmentName() + " " + e.fiscalYear() + " 年部门整体绩效完成情况表",
				"部门（单位）：" + sheet.departmentName(), COMPLETION_WIDTHS, true);
		int r = grid.row();
		grid.text(r, 0, 1, Style.LABEL, "部门名称");
		grid.text(r, 1, 6, Style.TEXT, sheet.departmentName());

		List<KeyIndicatorResult> keys = e.keyIndicators();
		int lines = Math.max(1, keys.size());
		r = grid.rows(lines + 2);
		grid.put(r, 0, lines + 2, 1, Style.LABEL, "年度绩效目标", null);
		grid.text(r, 1, 1, Style.HEADER, "部门整体支出目标");
		grid.text(r, 2, 1, Style.HEADER, "关键指标");
		grid.text(r, 3, 1, Style.HEADER, "预期实现值");
		grid.text(r, 4, 2, Style.HEADER, "年度完成值");
		grid.text(r, 6, 1, Style.HEADER, "具体完成情况");
		grid.put(r + 1, 1, lines, 1, Style.TEXT, sheet.target().content().annualObjective(), null);
		if (keys.isEmpty()) {
			grid.text(r + 1, 2, 5, Style.CENTER, "目标没有关键指标");
		}
		for (int i = 0; i < keys.size(); i++) {
			KeyIndicatorResult k = keys.get(i);
			grid.text(r + 1 + i, 2, 1, Style.TEXT, "指标 " + (i + 1) + "：" + k.name());
			grid.text(r + 1 + i, 3, 1, Style.CENTER, k.expected());
			grid.text(r + 1 + i, 4, 2, Style.CENTER, k.actualValue());
			grid.text(r + 1 + i, 6, 1, Style.TEXT, k.completion());
		}
		grid.text(r + lines + 1, 1, 5, Style.LABEL, "其中：部门年度整体预算完成率");
		rate(grid, r + lines + 1, 6, 1, sheet.funds().completionRate());

		// 年度主要支出计划 as seed 002 prints it: each task with its rows of key
		// indicators (关键性指标, 绩效标准, 年度完成值, 具体完成情况), then the task's own 完成情况
		List<TaskResult> tasks = e.tasks();
		List<List<KeyIndicatorResult>> byTask = byTask(e);
		int taskRows = 0;
		for (List<KeyIndicatorResult> own : byTask) {
			taskRows += own.size() + 1;
		}
		r = grid.rows(taskRows + 1);
		grid.put(r, 0, taskRows + 1, 1, Style.LABEL, "年度主要支出计划", null);
		String[] heads = { "任务", "任务的绩效目标", "任务关键性指标", "绩效标准（预期实现值）", "年度完成值", "具体完成情况" };
		for (int c = 0; c < heads.length; c++) {
			grid.text(r, 1 + c, 1, Style.HEADER, heads[c]);
		}
		grid.keepWithNext(r);
		int row = r + 1;
		for (int i = 0; i < tasks.size(); i++) {
			TaskResult t = tasks.get(i);
			List<KeyIndicatorResult> own = byTask.get(i);
			int span = own.size() + 1;
			grid.put(row, 1, span, 1, Style.TEXT,
					"任务 " + (i + 1) + "（" + t.name() + "）\n任务涉及资金 " + t.total().formatWan() + " 万元", null);
			grid.put(row, 2, span, 1, Style.TEXT, t.target(), null);
			for (int k = 0; k < own.size(); k++) {
				KeyIndicatorResult key = own.get(k);
				grid.text(row + k, 3, 1, Style.TEXT, "指标 " + (k + 1) + "（" + key.name() + "）");
				grid.text(row + k, 4, 1, Style.CENTER, key.expected());
				grid.text(row + k, 5, 1, Style.CENTER, key.actualValue());
				grid.text(row + k, 6, 1, Style.TEXT, key.completion());
			}
			grid.text(row + own.size(), 3, 3, Style.LABEL, "任务完成情况");
			grid.text(row + own.size(), 6, 1, Style.TEXT, t.completion());
			row += span;
		}
		grid.footnote(footnote(sheet));
		return grid;
	}

	// ---------------------------------------------------------------- cells

	/** The key indicators of each task, derived by {@link KeyTask#indicatorsByTask}. */
	static List<List<KeyIndicatorResult>> byTask(DepartmentSelfEvaluation e) {
		return KeyTask.indicatorsByTask(e.tasks().stream().map(TaskResult::name).toList(), e.keyIndicators(),
				KeyIndicatorResult::name);
	}

	/** 指标完成情况 of a key indicator: its 年度完成值, then what the department wrote. */
	private static String done(KeyIndicatorResult key) {
		if (key.actualValue().isEmpty()) {
			return key.completion();
		}
		return key.completion().isEmpty() ? key.actualValue() : key.actualValue() + "；" + key.completion();
	}

	private static void money(FormGrid grid, int r, String leftLabel, Amount left, String rightLabel, Amount right) {
		grid.text(r, 1, 1, Style.LABEL, leftLabel);
		amount(grid, r, 2, 1, left);
		grid.text(r, 3, 1, Style.LABEL, rightLabel);
		amount(grid, r, 4, 3, right);
	}

	private static void amount(FormGrid grid, int r, int c, int span, Amount amount) {
		if (amount == null) {
			grid.text(r, c, span, Style.CENTER, "未填报");
		}
		else {
			grid.number(r, c, span, Style.MONEY, amount.toWanExact());
		}
	}

	private static void rate(FormGrid grid, int r, int c, int span, BigDecimal percent) {
		if (percent == null) {
			grid.text(r, c, span, Style.CENTER, "—");
		}
		else {
			grid.number(r, c, span, Style.PERCENT, percent);
		}
	}

	private static String footnote(DepartmentSelfEvaluationSheet sheet) {
		return "状态：" + sheet.evaluation().status().label() + "　"
				+ (sheet.live() ? "部门资金情况和得分按当前登记的数据计算，提交时定格" : "部门资金情况和得分为提交时定格的数据") + "；金额单位万元，比率由系统按元计算。";
	}

}
