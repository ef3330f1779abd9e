package org.perfdesk.execution;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.perfdesk.document.Sheets;

/**
 * 项目预算执行情况表: the execution table of a year as .xlsx, units with their projects, subtotals
 * and the total, in 万元; rates as Excel percentages with two decimals, computed here
 * exactly as on the page (never as formulas, so the file says what the system said).
 */
final class ExecutionWorkbook {

	static final String[] HEADERS = { "单位", "项目编码", "项目名称", "年初预算数（万元）", "调整（万元）", "全年预算数（万元）", "执行数（万元）", "执行率",
			"时间进度", "执行进度", "预警" };

	private ExecutionWorkbook() {
	}

	static byte[] write(ExecutionOverview overview) {
		return Sheets.build(workbook -> {
			Sheet sheet = workbook.createSheet(overview.fiscalYear() + "年度预算执行");
			CellStyle title = Sheets.style(workbook, true, false);
			CellStyle header = Sheets.style(workbook, true, true);
			CellStyle text = Sheets.style(workbook, false, true);
			CellStyle bold = Sheets.style(workbook, true, true);
			CellStyle money = Sheets.numberStyle(workbook, false, Sheets.WAN_FORMAT);
			CellStyle moneyBold = Sheets.numberStyle(workbook, true, Sheets.WAN_FORMAT);
			CellStyle percent = Sheets.numberStyle(workbook, false, "0.00%");
			CellStyle percentBold = Sheets.numberStyle(workbook, true, "0.00%");

			Row titleRow = sheet.createRow(0);
			Sheets.text(titleRow, 0, overview.fiscalYear() + " 年度项目预算执行情况表", title);
			sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, HEADERS.length - 1));
			Row note = sheet.createRow(1);
			Sheets.text(note, 0, overview.month() == 0 ? "该年度尚未开始" : "执行数截至 " + overview.month() + " 月底；金额单位：万元", null);
			Row head = sheet.createRow(2);
			for (int c = 0; c < HEADERS.length; c++) {
				Sheets.text(head, c, HEADERS[c], header);
			}
			int r = 3;
			for (UnitExecution u : overview.units()) {
				for (ProjectExecution p : u.projects()) {
					Row row = sheet.createRow(r++);
					Sheets.text(row, 0, u.unitName(), text);
					Sheets.text(row, 1, p.project().code(), text);
					Sheets.text(row, 2, p.project().name(), text);
					figures(row, p.figures(), money, percent, text);
				}
				Row subtotal = sheet.createRow(r);
				Sheets.text(subtotal, 0, u.unitName() + " 小计（" + u.projects().size() + " 个项目）", bold);
				Sheets.text(subtotal, 1, "", bold);
				Sheets.text(subtotal, 2, "", bold);
				sheet.addMergedRegion(new CellRangeAddress(r, r, 0, 2));
				figures(subtotal, u.subtotal(), moneyBold, percentBold, bold);
				r++;
			}
			Row total = sheet.createRow(r);
			Sheets.text(total, 0, "合计（" + overview.projectCount() + " 个项目）", bold);
			Sheets.text(total, 1, "", bold);
			Sheets.text(total, 2, "", bold);
			sheet.addMergedRegion(new CellRangeAddress(r, r, 0, 2));
			figures(total, overview.total(), moneyBold, percentBold, bold);
			int[] widths = { 24, 14, 30, 16, 12, 16, 14, 10, 10, 10, 8 };
			for (int c = 0; c < widths.length; c++) {
				sheet.setColumnWidth(c, widths[c] * 256);
			}
			sheet.createFreezePane(0, 3);
			Sheets.printLandscapeOnePageWide(sheet);
			Sheets.printTitles(sheet, 2, 2);
		});
	}

	private static void figures(Row row, ExecutionFigures f, CellStyle money, CellStyle percent, CellStyle text) {
		Sheets.wan(row, 3, f.initialBudget().total(), money);
		Sheets.wan(row, 4, f.adjustment().total(), money);
		Sheets.wan(row, 5, f.fullYearBudget().total(), money);
		Sheets.wan(row, 6, f.executed().total(), money);
		ratio(row, 7, f.executionRate(), percent, text);
		ratio(row, 8, f.month() == 0 ? null : f.timeProgress(), percent, text);
		ratio(row, 9, f.executionProgress(), percent, text);
		Sheets.text(row, 10, f.light() == null ? "—" : f.light().label(), text);
	}

	/**
	 * A ratio as a number the sheet shows as a percentage; "—" where there is none (a
	 * budget of 0).
	 */
	private static void ratio(Row row, int column, java.math.BigDecimal value, CellStyle percent, CellStyle text) {
		if (value == null) {
			Sheets.text(row, column, "—", text);
			return;
		}
		row.createCell(column).setCellValue(value.doubleValue());
		row.getCell(column).setCellStyle(percent);
	}

}
