package org.perfdesk.monitoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.perfdesk.budget.Project;
import org.perfdesk.document.FormGrid;
import org.perfdesk.document.FormGrid.Style;
import org.perfdesk.document.Sheets;
import org.perfdesk.execution.ExecutionFigures;
import org.perfdesk.execution.ExecutionManagement;
import org.perfdesk.execution.ExecutionRates;
import org.perfdesk.execution.ProjectExecution;
import org.perfdesk.execution.SourceAmounts;
import org.perfdesk.indicator.IndicatorCategory;
import org.perfdesk.indicator.IndicatorSubcategory;
import org.perfdesk.org.DataScope;
import org.perfdesk.org.OrgDirectory;
import org.perfdesk.org.Unit;
import org.perfdesk.shared.Amount;
import org.perfdesk.targets.PerformanceTarget;
import org.perfdesk.targets.SpendingCheckpointSettings;
import org.perfdesk.targets.SpendingPlan;
import org.perfdesk.targets.TargetManagement;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The monitoring files and the report page's chart: the 绩效运行监控表 of one report (domain.md
 * §2.3) as .xlsx, .docx and PDF, written once as a {@link FormGrid} like the target
 * forms; the department summary of a round (预警清单) as .xlsx; and the cumulative planned
 * against executed amounts by month. Everything goes through
 * {@link MonitoringManagement#sheet} or {@link MonitoringManagement#overview}, so a file
 * shows exactly what the caller's page shows and a report outside the caller's scope is
 * not found.
 */
@Service
@Transactional(readOnly = true)
public class MonitoringExports {

	/**
	 * Indicator columns; the upper part of the form spans them. Widths in Excel
	 * characters.
	 */
	static final int[] WIDTHS = { 8, 10, 16, 12, 14, 14, 8, 8, 8, 8, 8, 14, 10, 16 };

	static final String TICK = "√";

	static final String[] SUMMARY_HEADINGS = { "预警", "单位", "项目", "监控表状态", "全年预算数（万元）", "执行数（万元）", "执行率", "时间进度", "执行进度",
			"计划进度", "执行÷计划", "完成可能性" };

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private final MonitoringManagement monitoring;

	private final TargetManagement targets;

	private final SpendingCheckpointSettings checkpoints;

	private final ExecutionManagement execution;

	private final OrgDirectory directory;

	MonitoringExports(MonitoringManagement monitoring, TargetManagement targets, ExecutionManagement execution,
			OrgDirectory directory, SpendingCheckpointSettings checkpoints) {
		this.checkpoints = checkpoints;
		this.monitoring = monitoring;
		this.targets = targets;
		this.execution = execution;
		this.directory = directory;
	}

	/**
	 * One month of the report page's chart, in 万元 with two decimals; {@code executed}
	 * null after the cut-off.
	 */
	public record ProgressPoint(int month, BigDecimal planned, BigDecimal executed) {
	}

	/** The 监控表 of a target in a round as .xlsx. */
	public byte[] reportWorkbook(DataScope scope, long roundId, long targetId) {
		return form(scope, roundId, targetId).xlsx();
	}

	/** The 监控表 of a target in a round as .docx, the same cells as the workbook. */
	public byte[] reportDocument(DataScope scope, long roundId, long targetId) {
		return form(scope, roundId, targetId).docx();
	}

	/**
	 * The 监控表 of a target in a round as PDF (landscape A4), the same cells as the
	 * workbook.
	 */
	public byte[] reportPdf(DataScope scope, long roundId, long targetId) {
		return form(scope, roundId, targetId).pdf();
	}

	/** "2026-A001-项目名称-绩效运行监控表（1–7月）", without extension. */
	public String reportFileName(DataScope scope, long roundId, long targetId) {
		ReportSheet sheet = monitoring.sheet(scope, roundId, targetId);
		String project = targets.projectOf(scope, sheet.target())
			.map(p -> p.code() + "-" + p.name())
			.orElseGet(() -> directory.nameOf(sheet.target().unitId()) + "-部门整体支出");
		return sheet.round().fiscalYear() + "-" + project + "-绩效运行监控表（1–" + sheet.round().cutOffMonth() + "月）";
	}

	/**
	 * Cumulative planned (the spending plan's expected share × 全年预算数, months 1–12; null
	 * without a plan) and executed amounts (months 1 to the cut-off) of the report's
	 * project, or of the department's projects summed for a department target (which has
	 * no plan).
	 */
	public List<ProgressPoint> progress(DataScope scope, ReportSheet sheet) {
		List<ProjectExecution> projects = monitoring.projectsOf(scope, sheet.round().fiscalYear(), sheet.target());
		BigDecimal budget = projects.stream()
			.map(pe -> pe.fullYearBudget().total().toWanExact())
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		SpendingPlan plan = sheet.target().content().spendingPlan();
		List<Integer> months = checkpoints.months(sheet.round().fiscalYear());
		var points = new ArrayList<ProgressPoint>(12);
		for (int m = 1; m <= 12; m++) {
			BigDecimal planned = plan == null ? null
					: budget.multiply(ExpectedProgress.byPlan(plan, months, m)).setScale(2, RoundingMode.HALF_UP);
			BigDecimal executed = m <= sheet.round().cutOffMonth() ? executedTo(projects, m) : null;
			points.add(new ProgressPoint(m, planned, executed));
		}
		return points;
	}

	private static BigDecimal executedTo(List<ProjectExecution> projects, int m) {
		return projects.stream()
			.map(pe -> pe.executedTo(m).total().toWanExact())
			.reduce(BigDecimal.ZERO, BigDecimal::add)
			.setScale(2, RoundingMode.HALF_UP);
	}

	// ---------------------------------------------------------------- the 监控表

	FormGrid form(DataScope scope, long roundId, long targetId) {
		ReportSheet sheet = monitoring.sheet(scope, roundId, targetId);
		PerformanceTarget target = sheet.target();
		Project project = targets.projectOf(scope, target).orElse(null);
		Unit unit = directory.find(target.unitId()).orElse(null);
		String unitName = unit == null ? directory.nameOf(target.unitId()) : unit.name();
		String department = directory.departmentOf(target.unitId()).map(Unit::name).orElse(unitName);
		String unitLine = (unit == null || unit.code() == null || unit.code().isBlank() ? "" : unit.code() + " ")
				+ unitName;
		return form(sheet, project == null ? unitName : project.name(), department, unitName, unitLine);
	}

	static FormGrid form(ReportSheet sheet, String projectName, String department, String unitName, String unitLine) {
		MonitoringRound round = sheet.round();
		MonitoringReport report = sheet.report();
		ExecutionFigures figures = sheet.line().figures();
		String months = "1–" + round.cutOffMonth() + "月";
		boolean ofDepartment = sheet.line().department();
		var grid = new FormGrid("绩效运行监控表",
				round.fiscalYear() + "年度" + sheet.line().kindLabel() + "执行监控表（" + months + "）", unitLine, WIDTHS, true);

		int r = grid.row();
		grid.text(r, 0, 2, Style.LABEL, ofDepartment ? "部门名称" : "项目名称");
		grid.text(r, 2, 12, Style.TEXT, projectName);
		r = grid.row();
		grid.text(r, 0, 2, Style.LABEL, "主管部门");
		grid.text(r, 2, 4, Style.TEXT, department);
		grid.text(r, 6, 2, Style.LABEL, "实施单位");
		grid.text(r, 8, 6, Style.TEXT, unitName);

		// 项目资金: 年度资金总额, then 财政拨款 (当年财政拨款 and 上年结转) and 其他资金.
		SourceAmounts budget = figures.fullYearBudget();
		SourceAmounts executed = figures.executed();
		Amount fiscalBudget = budget.fiscalAppropriation().plus(budget.carryOver());
		Amount fiscalExecuted = executed.fiscalAppropriation().plus(executed.carryOver());
		r = grid.rows(4);
		grid.put(r, 0, 4, 2, Style.LABEL, sheet.line().fundsLabel(), null);
		grid.text(r, 2, 2, Style.HEADER, "");
		grid.text(r, 4, 1, Style.HEADER, "全年预算数");
		grid.text(r, 5, 1, Style.HEADER, months + "执行数");
		grid.text(r, 6, 8, Style.HEADER, months + "执行率");
		funds(grid, r + 1, "年度资金总额", budget.total(), executed.total(), true);
		funds(grid, r + 2, "财政拨款", fiscalBudget, fiscalExecuted, false);
		funds(grid, r + 3, "其他资金", budget.otherFunds(), executed.otherFunds(), false);

		r = grid.rows(2);
		grid.text(r, 0, 6, Style.HEADER, "年度总体目标");
		grid.text(r, 6, 8, Style.HEADER, months + "执行情况");
		grid.text(r + 1, 0, 6, Style.TEXT, sheet.target().content().annualObjective());
		grid.text(r + 1, 6, 8, Style.TEXT, report.progressText());

		indicators(grid, months, report.indicators());

		String status = report.saved() ? report.status().label() : "未填报";
		String snapshot = report.budget() == null ? ""
				: "；提交时全年预算数 " + report.budget().formatWan() + " 万元、执行数 " + report.executed().formatWan() + " 万元";
		grid.footnote("状态：" + status + "　执行数截至 " + round.cutOffMonth() + " 月底；财政拨款含上年结转" + snapshot + "。");
		return grid;
	}

	private static void funds(FormGrid grid, int r, String label, Amount budget, Amount executed, boolean total) {
		grid.text(r, 2, 2, Style.LABEL, label);
		grid.number(r, 4, 1, total ? Style.MONEY_TOTAL : Style.MONEY, budget.toWanExact());
		grid.number(r, 5, 1, total ? Style.MONEY_TOTAL : Style.MONEY, executed.toWanExact());
		BigDecimal rate = ExecutionRates.executionRate(executed, budget);
		if (rate == null) {
			grid.text(r, 6, 8, Style.CENTER, "—");
		}
		else {
			grid.number(r, 6, 8, Style.PERCENT, rate.multiply(HUNDRED).setScale(2, RoundingMode.HALF_UP));
		}
	}

	/** 绩效指标 with 一级 and 二级 merged over their runs, the causes ticked one per column. */
	private static void indicators(FormGrid grid, String months, List<MonitoredIndicator> rows) {
		int heading = grid.row();
		grid.text(heading, 0, grid.columns(), Style.HEADER, "绩效指标");
		int head = grid.rows(2);
		// a PDF page the indicators run onto starts with "绩效指标" and both rows of column
		// headings
		grid.headerRows(heading, 3);
		String[] spanned = { "一级指标", "二级指标", "三级指标", "年度指标值", months + "执行情况", "全年预计完成情况" };
		for (int c = 0; c < spanned.length; c++) {
			grid.put(head, c, 2, 1, Style.HEADER, spanned[c], null);
		}
		grid.text(head, 6, 6, Style.HEADER, "偏差原因分析");
		DeviationCause[] causes = DeviationCause.values();
		for (int i = 0; i < causes.length; i++) {
			grid.text(head + 1, 6 + i, 1, Style.HEADER, causes[i].label());
		}
		grid.text(head + 1, 11, 1, Style.HEADER, "原因说明");
		grid.put(head, 12, 2, 1, Style.HEADER, "完成目标可能性", null);
		grid.put(head, 13, 2, 1, Style.HEADER, "改进措施", null);
		if (rows.isEmpty()) {
			grid.text(grid.row(), 0, grid.columns(), Style.CENTER, "目标没有绩效指标");
			return;
		}
		int first = grid.rows(rows.size());
		for (int i = 0; i < rows.size(); i++) {
			MonitoredIndicator row = rows.get(i);
			int r = first + i;
			IndicatorSubcategory sub = row.subcategory();
			IndicatorCategory category = sub == null ? null : sub.category();
			if (i == 0 || !Objects.equals(category, category(rows.get(i - 1)))) {
				int run = 1;
				while (i + run < rows.size() && Objects.equals(category, category(rows.get(i + run)))) {
					run++;
				}
				grid.put(r, 0, run, 1, Style.CENTER, category == null ? "" : category.label(), null);
			}
			if (i == 0 || !Objects.equals(sub, rows.get(i - 1).subcategory())) {
				int run = 1;
				while (i + run < rows.size() && Objects.equals(sub, rows.get(i + run).subcategory())) {
					run++;
				}
				grid.put(r, 1, run, 1, Style.CENTER, sub == null ? "" : sub.label(), null);
			}
			grid.text(r, 2, 1, Style.TEXT, row.name());
			grid.text(r, 3, 1, Style.CENTER, row.targetValue());
			grid.text(r, 4, 1, Style.TEXT, row.valueToDate());
			grid.text(r, 5, 1, Style.TEXT, row.projected());
			for (int k = 0; k < causes.length; k++) {
				grid.text(r, 6 + k, 1, Style.CENTER, row.hasCause(causes[k]) ? TICK : "");
			}
			grid.text(r, 11, 1, Style.TEXT, row.causeNote());
			grid.text(r, 12, 1, Style.CENTER, row.likelihood() == null ? "" : row.likelihood().label());
			grid.text(r, 13, 1, Style.TEXT, row.measures());
		}
	}

	private static IndicatorCategory category(MonitoredIndicator row) {
		return row.subcategory() == null ? null : row.subcategory().category();
	}

	// ---------------------------------------------------------------- the round's
	// summary

	/**
	 * The lines of a round as the round page lists them (red first), with a 合计 row, as
	 * .xlsx.
	 */
	public byte[] summaryWorkbook(DataScope scope, long roundId) {
		RoundOverview overview = monitoring.overview(scope, roundId);
		MonitoringRound round = overview.round();
		return Sheets.build(workbook -> {
			XSSFSheet sheet = workbook.createSheet("预警清单");
			CellStyle title = Sheets.style(workbook, true, false);
			CellStyle header = Sheets.style(workbook, true, true);
			CellStyle text = Sheets.style(workbook, false, true);
			CellStyle bold = Sheets.style(workbook, true, true);
			CellStyle money = Sheets.numberStyle(workbook, false, Sheets.WAN_FORMAT);
			CellStyle moneyBold = Sheets.numberStyle(workbook, true, Sheets.WAN_FORMAT);
			CellStyle percent = Sheets.numberStyle(workbook, false, "0.00%");
			CellStyle percentBold = Sheets.numberStyle(workbook, true, "0.00%");

			Sheets.text(sheet.createRow(0), 0, round.label() + " 绩效运行监控预警清单", title);
			Sheets.text(sheet.createRow(1), 0, "执行数截至 " + round.cutOffMonth() + " 月底；金额单位：万元；红灯在前", null);
			Row head = sheet.createRow(2);
			for (int c = 0; c < SUMMARY_HEADINGS.length; c++) {
				Sheets.text(head, c, SUMMARY_HEADINGS[c], header);
			}
			int r = 3;
			ExecutionFigures sum = ExecutionFigures.none(round.cutOffMonth());
			int projects = 0;
			for (MonitoringLine l : overview.lines()) {
				Row row = sheet.createRow(r++);
				Sheets.text(row, 0, l.light() == null ? "" : l.light().label(), text);
				Sheets.text(row, 1, l.unitName(), text);
				Sheets.text(row, 2, l.label(), text);
				Sheets.text(row, 3, l.reportStatus() == null ? "未填报" : l.reportStatus().label(), text);
				ratios(row, l.figures(), money, percent);
				ratio(row, 9, l.plannedShare(), percent);
				ratio(row, 10, l.planProgress(), percent);
				Sheets.text(row, 11, l.worstLikelihood() == null ? "" : l.worstLikelihood().label(), text);
				// a department's line is the sum of its projects (部门项目支出合计), which are
				// lines of their own: the
				// total counts each project once
				if (!l.department()) {
					sum = sum.plus(l.figures());
					projects++;
				}
			}
			Row total = sheet.createRow(r);
			Sheets.text(total, 0, "合计（" + projects + " 个项目）", bold);
			for (int c = 1; c <= 3; c++) {
				Sheets.text(total, c, "", bold);
			}
			ratios(total, sum, moneyBold, percentBold);
			for (int c = 9; c <= 11; c++) {
				Sheets.text(total, c, "", bold);
			}
			sheet.addMergedRegion(new CellRangeAddress(r, r, 0, 3));
			sheet.createFreezePane(0, 3);
			Sheets.printLandscapeOnePageWide(sheet);
			Sheets.printTitles(sheet, 2, 2);
			int[] widths = { 8, 24, 36, 12, 16, 16, 10, 10, 10, 10, 10, 12 };
			for (int c = 0; c < widths.length; c++) {
				sheet.setColumnWidth(c, widths[c] * 256);
			}
		});
	}

	/**
	 * 全年预算数, 执行数, 执行率, 时间进度, 执行进度 in columns 4–8; ratios from the amounts, never added.
	 */
	private static void ratios(Row row, ExecutionFigures f, CellStyle money, CellStyle percent) {
		Sheets.wan(row, 4, f.fullYearBudget().total(), money);
		Sheets.wan(row, 5, f.executed().total(), money);
		ratio(row, 6, f.executionRate(), percent);
		ratio(row, 7, f.timeProgress(), percent);
		ratio(row, 8, f.executionProgress(), percent);
	}

	/**
	 * A fraction shown as a percentage; an empty cell when there is none (no budget, no
	 * plan).
	 */
	private static void ratio(Row row, int column, BigDecimal value, CellStyle style) {
		var cell = row.createCell(column);
		cell.setCellStyle(style);
		if (value != null) {
			cell.setCellValue(value.doubleValue());
		}
	}

}
