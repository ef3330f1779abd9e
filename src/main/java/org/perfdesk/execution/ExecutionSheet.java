package org.perfdesk.execution;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.perfdesk.budget.FundSource;
import org.perfdesk.shared.Amount;
import org.perfdesk.shared.DecimalText;

/**
 * The .xlsx of monthly 执行数: one row per project and month, columns 项目编码 | 月份 | 当年财政拨款 |
 * 上年结转 | 其他资金 (万元). Writes the template and reads an uploaded file: only the first sheet,
 * at most {@link #MAX_ROWS} rows under the header, formulas by their cached value,
 * numbers typed as text (full-width digits too) accepted. What a row says on its own is
 * checked here; what needs the database is checked by
 * {@link ExecutionManagement#checkImport}.
 */
final class ExecutionSheet {

	static final String CODE = "项目编码";

	static final String MONTH = "月份";

	static final String[] HEADERS = { CODE, MONTH, FundSource.FISCAL_APPROPRIATION.label() + "（万元）",
			FundSource.CARRY_OVER.label() + "（万元）", FundSource.OTHER.label() + "（万元）" };

	static final int MAX_ROWS = 5_000;

	/**
	 * The longest project code a project may have; a longer one names no project and is
	 * not echoed in full.
	 */
	static final int MAX_CODE = 40;

	static final String UNCOMPUTED = "公式单元格没有计算结果，请在 Excel 中重新计算并保存后再导入";

	/**
	 * Excel keeps 15 significant digits; a formula's 0.1 + 0.2 reads as 0.3, as Excel
	 * shows it.
	 */
	private static final MathContext EXCEL_DIGITS = new MathContext(15);

	/**
	 * The rows that read well and the problems of the others; {@code fileError} when the
	 * file is not usable at all.
	 */
	record Parsed(List<ImportRow> rows, List<ImportProblem> problems, String fileError) {

		static Parsed unusable(String message) {
			return new Parsed(List.of(), List.of(), message);
		}
	}

	/** One project line of the template. */
	record TemplateLine(String code, String name, int month, SourceAmounts spent) {
	}

	private ExecutionSheet() {
	}

	static Parsed read(byte[] bytes) {
		if (bytes == null || bytes.length == 0) {
			return Parsed.unusable("请选择要导入的 .xlsx 文件");
		}
		if (bytes.length < 4 || bytes[0] != 'P' || bytes[1] != 'K' || bytes[2] != 3 || bytes[3] != 4) {
			return Parsed
				.unusable("文件不是 .xlsx 格式（Excel 2007 及以上版本的工作簿）。请用“下载导入模板”得到的文件填写，" + "或在 Excel 中“另存为 .xlsx”后再上传");
		}
		try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
			if (workbook.getNumberOfSheets() == 0) {
				return Parsed.unusable("工作簿中没有工作表");
			}
			return read(workbook.getSheetAt(0));
		}
		catch (IOException | RuntimeException e) {
			return Parsed.unusable("无法读取该文件：它不是有效的 .xlsx 工作簿，或已损坏");
		}
	}

	private static Parsed read(Sheet sheet) {
		Row header = sheet.getRow(0);
		if (header == null || !text(header.getCell(0)).strip().startsWith(CODE)
				|| !text(header.getCell(1)).strip().startsWith(MONTH)) {
			return Parsed.unusable("第一个工作表的第 1 行须为表头：" + String.join(" | ", HEADERS) + "。请使用导入模板");
		}
		if (sheet.getLastRowNum() > MAX_ROWS) {
			return Parsed.unusable("文件超过 " + MAX_ROWS + " 行数据，请分批导入");
		}
		var rows = new ArrayList<ImportRow>();
		var problems = new ArrayList<ImportProblem>();
		Map<String, Integer> seen = new HashMap<>();
		Map<Integer, Boolean> bad = new HashMap<>();
		for (int r = 1; r <= sheet.getLastRowNum(); r++) {
			Row row = sheet.getRow(r);
			if (row == null || blank(row)) {
				continue;
			}
			int excelRow = r + 1;
			var rowProblems = new ArrayList<ImportProblem>();
			String code = text(row.getCell(0)).strip();
			if (uncomputed(row.getCell(0))) {
				rowProblems.add(new ImportProblem(excelRow, CODE, UNCOMPUTED));
				code = "";
			}
			else if (code.isEmpty()) {
				rowProblems.add(new ImportProblem(excelRow, CODE, "缺少项目编码"));
			}
			else if (code.length() > MAX_CODE) {
				rowProblems.add(new ImportProblem(excelRow, CODE, "项目编码过长：最多 " + MAX_CODE + " 个字符"));
				code = "";
			}
			Integer month = month(row.getCell(1), excelRow, rowProblems);
			BigDecimal[] yuan = new BigDecimal[3];
			FundSource[] sources = FundSource.values();
			for (int c = 0; c < 3; c++) {
				yuan[c] = amount(row.getCell(2 + c), sources[c].label(), excelRow, rowProblems);
			}
			if (!code.isEmpty() && month != null) {
				String key = code + "\u0000" + month;
				Integer first = seen.putIfAbsent(key, excelRow);
				if (first != null) {
					rowProblems.add(new ImportProblem(excelRow, CODE,
							"项目“" + code + "” " + month + " 月与第 " + first + " 行重复，同一项目同一月份只能有一行"));
					if (!bad.containsKey(first)) {
						problems.add(new ImportProblem(first, CODE,
								"项目“" + code + "” " + month + " 月在第 " + excelRow + " 行再次出现，同一项目同一月份只能有一行"));
						bad.put(first, true);
						rows.removeIf(x -> x.rowNumber() == first);
					}
				}
			}
			if (rowProblems.isEmpty()) {
				rows.add(new ImportRow(excelRow, code, month, yuan[0], yuan[1], yuan[2]));
			}
			else {
				problems.addAll(rowProblems);
				bad.put(excelRow, true);
			}
		}
		if (rows.isEmpty() && problems.isEmpty()) {
			return Parsed.unusable("文件中没有数据行：请在表头下逐行填写项目编码、月份和执行数");
		}
		return new Parsed(rows, problems, null);
	}

	private static Integer month(Cell cell, int excelRow, List<ImportProblem> problems) {
		if (uncomputed(cell)) {
			problems.add(new ImportProblem(excelRow, MONTH, UNCOMPUTED));
			return null;
		}
		String text = text(cell).strip();
		if (text.isEmpty()) {
			problems.add(new ImportProblem(excelRow, MONTH, "缺少月份"));
			return null;
		}
		var number = DecimalText
			.read(text.endsWith("月") ? text.substring(0, text.length() - 1) : text, DecimalText.COUNT_DIGITS)
			.number();
		if (number.isEmpty() || DecimalText.decimals(number.get()) > 0) {
			problems.add(new ImportProblem(excelRow, MONTH, "月份须为 1 至 12 的整数，而不是“" + DecimalText.shown(text) + "”"));
			return null;
		}
		BigDecimal m = number.get();
		if (m.compareTo(BigDecimal.ONE) < 0 || m.compareTo(BigDecimal.valueOf(12)) > 0) {
			problems
				.add(new ImportProblem(excelRow, MONTH, "月份须为 1 至 12，而不是 " + m.stripTrailingZeros().toPlainString()));
			return null;
		}
		return m.intValueExact();
	}

	/** The amount in yuan; blank is 0. */
	private static BigDecimal amount(Cell cell, String column, int excelRow, List<ImportProblem> problems) {
		if (uncomputed(cell)) {
			problems.add(new ImportProblem(excelRow, column, UNCOMPUTED));
			return null;
		}
		String text = text(cell).strip();
		DecimalText.Reading wan = DecimalText.read(text, DecimalText.WAN_DIGITS);
		if (wan.blank()) {
			return BigDecimal.ZERO;
		}
		if (wan.problem() == DecimalText.Problem.NOT_A_NUMBER) {
			problems.add(new ImportProblem(excelRow, column, "须为数字（单位：万元），而不是“" + DecimalText.shown(text) + "”"));
			return null;
		}
		if (wan.problem() != null) {
			problems.add(new ImportProblem(excelRow, column, wan.message("执行数") + "（单位：万元）"));
			return null;
		}
		if (wan.value().signum() < 0) {
			problems.add(new ImportProblem(excelRow, column, "执行数不能为负数"));
			return null;
		}
		if (DecimalText.decimals(wan.value()) > 6) {
			problems.add(new ImportProblem(excelRow, column, "以万元填写时最多 6 位小数（精确到分），而不是 " + text));
			return null;
		}
		return Amount.ofWan(wan.value()).yuan();
	}

	/**
	 * A formula the file carries without its result: written by a program that does not
	 * calculate, or saved with calculation off. POI would read it as 0, which would
	 * import a month as spending nothing.
	 */
	private static boolean uncomputed(Cell cell) {
		return cell instanceof XSSFCell x && cell.getCellType() == CellType.FORMULA && !x.getCTCell().isSetV();
	}

	/**
	 * A cell's content as text: numbers in plain notation, formulas by their cached
	 * value.
	 */
	private static String text(Cell cell) {
		if (cell == null) {
			return "";
		}
		CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
		return switch (type) {
			case STRING -> cell.getStringCellValue();
			case NUMERIC -> number(cell.getNumericCellValue());
			case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue());
			case ERROR -> "#错误";
			default -> "";
		};
	}

	/**
	 * A number cell as Excel shows it. A huge one ({@code 1E+300}) becomes a long text
	 * that {@link DecimalText} refuses by its length; a value that is not finite cannot
	 * be in a valid file and reads as an error.
	 */
	private static String number(double value) {
		if (!Double.isFinite(value)) {
			return "#错误";
		}
		return BigDecimal.valueOf(value).round(EXCEL_DIGITS).stripTrailingZeros().toPlainString();
	}

	private static boolean blank(Row row) {
		for (int c = 0; c < HEADERS.length; c++) {
			if (!text(row.getCell(c)).isBlank()) {
				return false;
			}
		}
		return true;
	}

	/**
	 * The template, prefilled with one row per project and month up to {@code lines}'
	 * months.
	 */
	static byte[] template(int fiscalYear, List<TemplateLine> lines) {
		try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet(fiscalYear + "年度执行数");
			CellStyle head = workbook.createCellStyle();
			Font bold = workbook.createFont();
			bold.setBold(true);
			head.setFont(bold);
			head.setBorderBottom(BorderStyle.THIN);
			CellStyle money = workbook.createCellStyle();
			money.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00####"));
			Row header = sheet.createRow(0);
			for (int c = 0; c < HEADERS.length; c++) {
				header.createCell(c).setCellValue(HEADERS[c]);
				header.getCell(c).setCellStyle(head);
			}
			header.createCell(HEADERS.length).setCellValue("项目名称（仅供参考，不导入）");
			int r = 1;
			for (TemplateLine line : lines) {
				Row row = sheet.createRow(r++);
				row.createCell(0).setCellValue(line.code());
				row.createCell(1).setCellValue(line.month());
				FundSource[] sources = FundSource.values();
				for (int c = 0; c < 3; c++) {
					row.createCell(2 + c).setCellValue(line.spent().of(sources[c]).toWanExact().doubleValue());
					row.getCell(2 + c).setCellStyle(money);
				}
				row.createCell(5).setCellValue(line.name());
			}
			int[] widths = { 16, 8, 20, 16, 16, 36 };
			for (int c = 0; c < widths.length; c++) {
				sheet.setColumnWidth(c, widths[c] * 256);
			}
			sheet.createFreezePane(0, 1);
			Sheet notes = workbook.createSheet("填写说明");
			String[] text = { "每行填写一个项目一个月份的执行数（当月支出，非累计），金额单位：万元，最多 6 位小数。", "月份为 1 至 12 的整数，不能填写未来月份；同一项目同一月份只能有一行。",
					"导入时只读取第一个工作表；第 F 列（项目名称）仅供参考，不会导入。", "导入的月份将整体替换系统中该项目该月份的执行数；任一项目各资金来源的累计执行数不能超过全年预算数。" };
			for (int i = 0; i < text.length; i++) {
				notes.createRow(i).createCell(0).setCellValue(text[i]);
			}
			notes.setColumnWidth(0, 100 * 256);
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

}
