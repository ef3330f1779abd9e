package org.perfdesk.budget;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.perfdesk.document.Sheets;
import org.perfdesk.shared.Amount;
import org.perfdesk.shared.FiscalYear;

/**
 * The project register of one fiscal year as an .xlsx sheet, in 万元 like the published
 * tables. Amounts are written as numbers (exact to the fen, shown with two decimals) so
 * that the sheet can be summed again in Excel; the totals are computed here from the same
 * {@link Amount}s the page shows, not left to a formula.
 */
final class ProjectWorkbook {

	static final String[] HEADERS = { "项目编码", "项目名称", "所属单位", "项目类型", "项目期", "项目负责人", "当年财政拨款（万元）", "上年结转（万元）",
			"其他资金（万元）", "预算合计（万元）", "资金用途" };

	private ProjectWorkbook() {
	}

	static byte[] write(FiscalYear year, List<Project> projects, Map<Long, String> unitNames) {
		return Sheets.build(workbook -> {
			Sheet sheet = workbook.createSheet(year + "年度项目库");
			CellStyle title = Sheets.style(workbook, true, false);
			CellStyle header = Sheets.style(workbook, true, true);
			CellStyle text = Sheets.style(workbook, false, true);
			CellStyle money = Sheets.numberStyle(workbook, false, Sheets.WAN_FORMAT);
			CellStyle moneyBold = Sheets.numberStyle(workbook, true, Sheets.WAN_FORMAT);

			Row titleRow = sheet.createRow(0);
			titleRow.createCell(0).setCellValue(year + " 年度项目库");
			titleRow.getCell(0).setCellStyle(title);
			sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, HEADERS.length - 1));
			Row head = sheet.createRow(1);
			for (int c = 0; c < HEADERS.length; c++) {
				head.createCell(c).setCellValue(HEADERS[c]);
				head.getCell(c).setCellStyle(header);
			}
			int r = 2;
			for (Project p : projects) {
				Row row = sheet.createRow(r++);
				String[] texts = { p.code(), p.name(), unitNames.getOrDefault(p.unitId(), ""), p.type().label(),
						p.period(), p.manager() };
				for (int c = 0; c < texts.length; c++) {
					row.createCell(c).setCellValue(texts[c]);
					row.getCell(c).setCellStyle(text);
				}
				Sheets.wan(row, 6, p.fiscalAppropriation(), money);
				Sheets.wan(row, 7, p.carryOver(), money);
				Sheets.wan(row, 8, p.otherFunds(), money);
				Sheets.wan(row, 9, p.totalBudget(), moneyBold);
				row.createCell(10).setCellValue(p.purpose());
				row.getCell(10).setCellStyle(text);
			}
			Row total = sheet.createRow(r);
			total.createCell(0).setCellValue("合计（" + projects.size() + " 个项目）");
			total.getCell(0).setCellStyle(header);
			sheet.addMergedRegion(new CellRangeAddress(r, r, 0, 5));
			Sheets.wan(total, 6, sum(projects, Project::fiscalAppropriation), moneyBold);
			Sheets.wan(total, 7, sum(projects, Project::carryOver), moneyBold);
			Sheets.wan(total, 8, sum(projects, Project::otherFunds), moneyBold);
			Sheets.wan(total, 9, sum(projects, Project::totalBudget), moneyBold);
			int[] widths = { 14, 30, 24, 10, 14, 12, 18, 16, 16, 18, 60 };
			for (int c = 0; c < widths.length; c++) {
				sheet.setColumnWidth(c, widths[c] * 256);
			}
			sheet.createFreezePane(0, 2);
			Sheets.printLandscapeOnePageWide(sheet);
		});
	}

	static Amount sum(List<Project> projects, Function<Project, Amount> amount) {
		return projects.stream().map(amount).reduce(Amount.ZERO, Amount::plus);
	}

}
