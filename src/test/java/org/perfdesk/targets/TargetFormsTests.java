package org.perfdesk.targets;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTable.XWPFBorderType;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.perfdesk.document.PdfPages;
import org.perfdesk.indicator.IndicatorScheme;
import org.perfdesk.indicator.IndicatorSubcategory;
import org.perfdesk.indicator.TargetValue;
import org.perfdesk.shared.Amount;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;
import static org.perfdesk.document.PdfPages.flat;
import static org.perfdesk.indicator.IndicatorSubcategory.*;

/**
 * The target forms written as .xlsx and .docx and opened again with POI: a youth
 * volunteer project of 团示例市委 (the unit of seed 004) under the 2021 scheme, and the
 * department target of the same committee. The files are also left in target/exports/ for
 * a person to open.
 */
class TargetFormsTests {

	static final Path EXPORTS = Path.of("target", "exports");

	static final String UNIT_LINE = "201 共青团示例市委员会本级";

	final TargetForms forms = new TargetForms();

	@BeforeAll
	static void exportsFolder() throws IOException {
		Files.createDirectories(EXPORTS);
	}

	// ---------------------------------------------------------------- the project target

	static TargetHeader projectHeader() {
		return new TargetHeader("共青团示例市委", "201", "共青团示例市委员会本级", 2022, "YL2022-21", "青年志愿服务专项经费", "常年性", "2022年", "王志强",
				Amount.ofWan(new BigDecimal("12.5")), "组织全市青年志愿者开展文明交通劝导、环境整治、关爱留守儿童等志愿服务活动，购买志愿者服装、保险及活动物资，开展志愿者骨干培训。",
				"已批复", 2);
	}

	/**
	 * Entered out of table order on purpose: the form sorts by the scheme, then keeps the
	 * filler's order.
	 */
	static TargetContent projectContent() {
		return new TargetContent(TargetKind.PROJECT, IndicatorScheme.CORE_2021, "建立常态化青年志愿服务机制，三年内全市注册青年志愿者达到1万人。",
				"1.全年组织志愿服务活动不少于12次，参与志愿者不少于800人次；\n2.开展志愿者骨干培训，培训合格率不低于95%。", Amount.ofWan(new BigDecimal("10")),
				Amount.ofWan(new BigDecimal("2.5")),
				new SpendingPlan(
						new BigDecimal("20"), new BigDecimal("45"), new BigDecimal("80"), new BigDecimal("100")),
				null, null, null, null,
				List.of(indicator(SERVICE_SATISFACTION, "志愿服务对象满意度", "≥90%", "10", ValueBasis.HISTORY, false),
						indicator(QUANTITY, "开展志愿服务活动次数", "≥12次", "12.5", ValueBasis.PLAN, true),
						indicator(SOCIAL, "青年志愿服务参与意识", "明显提升", "10", ValueBasis.OTHER, false),
						indicator(QUANTITY, "参与志愿者人次", "≥800人次", "17.5", ValueBasis.PLAN, false),
						indicator(ECONOMIC_COST, "项目成本控制数", "≤12.5万元", "10", ValueBasis.PLAN, false),
						indicator(QUALITY, "志愿者骨干培训合格率", "≥95%", "10", ValueBasis.INDUSTRY, false),
						indicator(TIMELINESS, "活动完成时限", "2022年12月底前", "10", ValueBasis.PLAN, false),
						indicator(SOCIAL, "受益群众人次", "≥2000人次", "20", ValueBasis.HISTORY, false)));
	}

	/** The rows as the printed table must show them: level 1, level 2, level 3, 分值. */
	static final List<String[]> PROJECT_ROWS = List.of(new String[] { "成本指标", "经济成本指标", "项目成本控制数", "10" },
			new String[] { "产出指标", "数量指标", "开展志愿服务活动次数", "12.5" }, new String[] { "产出指标", "数量指标", "参与志愿者人次", "17.5" },
			new String[] { "产出指标", "质量指标", "志愿者骨干培训合格率", "10" }, new String[] { "产出指标", "时效指标", "活动完成时限", "10" },
			new String[] { "效益指标", "社会效益指标", "青年志愿服务参与意识", "10" }, new String[] { "效益指标", "社会效益指标", "受益群众人次", "20" },
			new String[] { "满意度指标", "服务对象满意度指标", "志愿服务对象满意度", "10" });

	static Indicator indicator(IndicatorSubcategory subcategory, String name, String value, String weight,
			ValueBasis basis, boolean core) {
		return new Indicator(subcategory, name, name + "：以项目台账和活动记录为准", TargetValue.parse(value, 2022), basis,
				weight == null ? null : new BigDecimal(weight), "完成指标值得满分，未完成按比例扣分", core, "项目台账", null);
	}

	@Test
	void projectWorkbookHasTheTitleUnitFundsPlanAndObjectives() throws IOException {
		byte[] xlsx = forms.projectWorkbook(projectHeader(), projectContent());
		Files.write(EXPORTS.resolve("project-target.xlsx"), xlsx);

		try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getSheetName()).isEqualTo("项目支出绩效目标表");
			assertThat(text(sheet, 0, 0)).isEqualTo("2022年度项目支出绩效目标表");
			assertThat(merged(sheet)).contains("A1:I1");
			XSSFFont titleFont = workbook.getFontAt(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex());
			assertThat(titleFont.getBold()).isTrue();
			assertThat(titleFont.getFontName()).isEqualTo("宋体");
			assertThat(text(sheet, 1, 0)).isEqualTo(UNIT_LINE);
			assertThat(text(sheet, 1, 6)).isEqualTo("单位：万元");

			int code = rowWith(sheet, 0, "项目编码");
			assertThat(text(sheet, code, 2)).isEqualTo("YL2022-21");
			assertThat(text(sheet, code, 4)).isEqualTo("项目名称");
			assertThat(text(sheet, code, 5)).isEqualTo("青年志愿服务专项经费");
			int type = rowWith(sheet, 0, "项目属性");
			assertThat(text(sheet, type, 2)).isEqualTo("常年性");
			assertThat(text(sheet, type, 4)).isEqualTo("2022年");
			assertThat(text(sheet, type, 7)).isEqualTo("王志强");

			// 年度资金总额 = 财政拨款 + 其他资金: 12.50 = 10.00 + 2.50, numeric cells shown with two
			// decimals.
			int funds = rowWith(sheet, 0, "预算规模及资金用途");
			assertThat(merged(sheet)).contains(range(funds, funds + 1, 0, 1));
			assertThat(text(sheet, funds, 2)).isEqualTo("年度资金总额");
			assertThat(number(sheet, funds, 3)).isEqualTo(12.5);
			assertThat(text(sheet, funds, 4)).isEqualTo("其中：财政拨款");
			assertThat(number(sheet, funds, 5)).isEqualTo(10.0);
			assertThat(text(sheet, funds, 6)).isEqualTo("其他资金");
			assertThat(number(sheet, funds, 7)).isEqualTo(2.5);
			assertThat(format(sheet, funds, 3)).isEqualTo("#,##0.00");
			assertThat(format(sheet, funds, 7)).isEqualTo("#,##0.00");
			assertThat(text(sheet, funds + 1, 2)).isEqualTo("资金用途");
			assertThat(text(sheet, funds + 1, 3)).startsWith("组织全市青年志愿者开展文明交通劝导");

			int plan = rowWith(sheet, 0, "资金支出计划（%）");
			assertThat(List.of(text(sheet, plan, 2), text(sheet, plan, 3), text(sheet, plan, 4), text(sheet, plan, 6)))
				.containsExactly("3月底", "6月底", "9月底", "12月底");
			assertThat(List.of(number(sheet, plan + 1, 2), number(sheet, plan + 1, 3), number(sheet, plan + 1, 4),
					number(sheet, plan + 1, 6)))
				.containsExactly(20.0, 45.0, 80.0, 100.0);
			assertThat(format(sheet, plan + 1, 2)).isEqualTo("0.00\"%\"");

			int objectives = rowWith(sheet, 0, "总体目标");
			assertThat(merged(sheet)).contains(range(objectives, objectives + 1, 0, 0));
			assertThat(text(sheet, objectives, 1)).isEqualTo("中期目标");
			assertThat(text(sheet, objectives, 2)).isEqualTo("建立常态化青年志愿服务机制，三年内全市注册青年志愿者达到1万人。");
			assertThat(text(sheet, objectives + 1, 1)).isEqualTo("年度目标");
			assertThat(text(sheet, objectives + 1, 2)).isEqualTo(projectContent().annualObjective());
			// Two lines of objective need a taller row than one.
			assertThat(sheet.getRow(objectives + 1).getHeightInPoints())
				.isGreaterThan(sheet.getRow(objectives).getHeightInPoints());

			assertThat(text(sheet, sheet.getLastRowNum() - 3, 0)).isEqualTo("状态：已批复　版本：第2版");
			assertThat(text(sheet, sheet.getLastRowNum() - 1, 0)).startsWith("填报人：").contains("联系电话：", "审核人：");
			assertThat(text(sheet, sheet.getLastRowNum(), 0)).startsWith("单位（盖章）：").contains("日期：");
			PrintSetup print = sheet.getPrintSetup();
			assertThat(print.getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
			assertThat(print.getLandscape()).isTrue();
			assertThat(print.getFitWidth()).isEqualTo((short) 1);
			assertThat(sheet.getColumnWidth(3)).isGreaterThan(sheet.getColumnWidth(0));
		}
	}

	@Test
	void projectWorkbookListsTheIndicatorsInSchemeOrderWithMergedLevelsAndTheWeightTotal() throws IOException {
		TargetContent content = projectContent();
		byte[] xlsx = forms.projectWorkbook(projectHeader(), content);

		try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet sheet = workbook.getSheetAt(0);
			int head = rowWith(sheet, 0, "一级指标");
			assertThat(text(sheet, head - 1, 0)).isEqualTo("年度绩效指标");
			assertThat(cells(sheet, head, 9)).containsExactly("一级指标", "二级指标", "三级指标", "指标解释", "指标值", "分值", "评（扣）分标准",
					"指标值确定依据", "核心指标");

			int first = head + 1;
			for (int i = 0; i < PROJECT_ROWS.size(); i++) {
				String[] expected = PROJECT_ROWS.get(i);
				int r = first + i;
				Indicator indicator = byName(content, expected[2]);
				// Only the first row of a level group carries the label; the merge shows
				// it over the rest.
				boolean firstOfLevel1 = i == 0 || !PROJECT_ROWS.get(i - 1)[0].equals(expected[0]);
				boolean firstOfLevel2 = i == 0 || !PROJECT_ROWS.get(i - 1)[1].equals(expected[1]);
				assertThat(text(sheet, r, 0)).isEqualTo(firstOfLevel1 ? expected[0] : "");
				assertThat(text(sheet, r, 1)).isEqualTo(firstOfLevel2 ? expected[1] : "");
				assertThat(text(sheet, r, 2)).isEqualTo(expected[2]);
				assertThat(text(sheet, r, 3)).isEqualTo(indicator.explanation());
				assertThat(text(sheet, r, 4)).isEqualTo(indicator.value().normalised());
				assertThat(BigDecimal.valueOf(number(sheet, r, 5))).isEqualByComparingTo(expected[3]);
				assertThat(text(sheet, r, 6)).isEqualTo("完成指标值得满分，未完成按比例扣分");
				assertThat(text(sheet, r, 7)).isEqualTo(indicator.basis().label());
				assertThat(text(sheet, r, 8)).isEqualTo(indicator.core() ? "★" : "");
			}
			assertThat(text(sheet, first + 1, 4)).isEqualTo("≥12次");
			assertThat(text(sheet, first + 1, 8)).isEqualTo("★");
			assertThat(merged(sheet)).contains(range(first + 1, first + 4, 0, 0), range(first + 5, first + 6, 0, 0),
					range(first + 1, first + 2, 1, 1), range(first + 5, first + 6, 1, 1));
			// A group of one row is a plain cell, not a merge of one.
			assertThat(merged(sheet)).doesNotContain(range(first, first, 0, 0), range(first + 7, first + 7, 0, 0));

			int total = first + PROJECT_ROWS.size();
			assertThat(text(sheet, total, 0)).isEqualTo("合计");
			assertThat(merged(sheet)).contains(range(total, total, 0, 4));
			assertThat(number(sheet, total, 5)).isEqualTo(100.0);
			assertThat(format(sheet, first + 1, 5)).isEqualTo("General");
			assertThat(sheet.getRow(first).getCell(2).getCellStyle().getBorderBottom())
				.isEqualTo(org.apache.poi.ss.usermodel.BorderStyle.THIN);
			assertThat(sheet.getRow(first).getCell(2).getCellStyle().getWrapText()).isTrue();
		}
	}

	@Test
	void projectDocumentShowsTheSameFormAsATableOnALandscapeA4Page() throws IOException {
		TargetContent content = projectContent();
		byte[] docx = forms.projectDocument(projectHeader(), content);
		Files.write(EXPORTS.resolve("project-target.docx"), docx);

		try (var document = new XWPFDocument(new ByteArrayInputStream(docx))) {
			assertThat(document.getParagraphs().get(0).getText()).isEqualTo("2022年度项目支出绩效目标表");
			assertThat(document.getParagraphs().get(1).getText()).isEqualTo(UNIT_LINE + "\t单位：万元");
			var pageSize = document.getDocument().getBody().getSectPr().getPgSz();
			assertThat(pageSize.getW().toString()).isEqualTo("16838");
			assertThat(pageSize.getH().toString()).isEqualTo("11906");

			assertThat(document.getTables()).hasSize(2);
			XWPFTable table = org.perfdesk.document.DocxTables.joined(document);
			assertThat(table.getTopBorderType()).isEqualTo(XWPFBorderType.SINGLE);
			assertThat(table.getInsideHBorderType()).isEqualTo(XWPFBorderType.SINGLE);
			assertThat(table.getInsideVBorderType()).isEqualTo(XWPFBorderType.SINGLE);

			assertThat(texts(rowWith(table, "项目编码"))).containsExactly("项目编码", "YL2022-21", "项目名称", "青年志愿服务专项经费");
			assertThat(texts(rowWith(table, "项目属性"))).containsExactly("项目属性", "常年性", "项目期", "2022年", "项目负责人", "王志强");
			int funds = rowIndex(table, "预算规模及资金用途");
			assertThat(texts(table.getRow(funds))).containsExactly("预算规模及资金用途", "年度资金总额", "12.50", "其中：财政拨款", "10.00",
					"其他资金", "2.50");
			assertThat(merge(table.getRow(funds).getCell(0))).isEqualTo(STMerge.RESTART);
			assertThat(merge(table.getRow(funds + 1).getCell(0))).isEqualTo(STMerge.CONTINUE);
			assertThat(span(table.getRow(funds).getCell(0))).isEqualTo(2);
			int plan = rowIndex(table, "资金支出计划（%）");
			assertThat(texts(table.getRow(plan))).containsExactly("资金支出计划（%）", "3月底", "6月底", "9月底", "12月底");
			assertThat(texts(table.getRow(plan + 1))).containsExactly("", "20.00%", "45.00%", "80.00%", "100.00%");
			int objectives = rowIndex(table, "总体目标");
			assertThat(texts(table.getRow(objectives + 1)).get(2)).isEqualTo(content.annualObjective());

			int head = rowIndex(table, "一级指标");
			for (int i = 0; i < PROJECT_ROWS.size(); i++) {
				String[] expected = PROJECT_ROWS.get(i);
				XWPFTableRow row = table.getRow(head + 1 + i);
				boolean firstOfLevel1 = i == 0 || !PROJECT_ROWS.get(i - 1)[0].equals(expected[0]);
				List<String> cells = texts(row);
				assertThat(cells).hasSize(9);
				assertThat(cells.get(0)).isEqualTo(firstOfLevel1 ? expected[0] : "");
				assertThat(cells.get(2)).isEqualTo(expected[2]);
				assertThat(cells.get(4)).isEqualTo(byName(content, expected[2]).value().normalised());
				assertThat(cells.get(5)).isEqualTo(expected[3]);
			}
			// 产出指标 spans four rows: restart on the first, continue on the other three.
			assertThat(merge(table.getRow(head + 2).getCell(0))).isEqualTo(STMerge.RESTART);
			assertThat(merge(table.getRow(head + 3).getCell(0))).isEqualTo(STMerge.CONTINUE);
			assertThat(merge(table.getRow(head + 5).getCell(0))).isEqualTo(STMerge.CONTINUE);
			assertThat(merge(table.getRow(head + 6).getCell(0))).isEqualTo(STMerge.RESTART);
			assertThat(merge(table.getRow(head + 1).getCell(0))).isNull();
			assertThat(texts(table.getRow(head + 1 + PROJECT_ROWS.size())).subList(0, 2)).containsExactly("合计", "100");
			// the footnote, then the two signature lines
			int paragraphs = document.getParagraphs().size();
			assertThat(document.getParagraphs().get(paragraphs - 3).getText()).isEqualTo("状态：已批复　版本：第2版");
			assertThat(document.getParagraphs().get(paragraphs - 2).getText()).startsWith("填报人：");
			assertThat(document.getParagraphs().get(paragraphs - 1).getText()).startsWith("单位（盖章）：");
		}
	}

	// ---------------------------------------------------------------- the department
	// target

	static TargetHeader departmentHeader() {
		return TargetHeader.ofDepartment("共青团示例市委", "201", "共青团示例市委员会本级", 2022, "草稿", 1);
	}

	/** Weights are not set yet, as in a draft: the indicator table then has no 合计 row. */
	static TargetContent departmentContent() {
		return new TargetContent(TargetKind.DEPARTMENT, IndicatorScheme.CORE_2021, null,
				"1.以主题团课和网上宣传引领青少年思想，全年覆盖团员青年两万人次。\n2.推进青年发展规划年度任务，重点做好就业见习和志愿服务。\n3.完善基层团组织，按期完成团员发展和组织整顿。", null,
				null, null, "负责全市共青团组织建设和团员教育管理，组织开展青年思想引领、青年志愿服务、青少年权益维护等工作。",
				List.of(new KeyTask("青年思想引领", "开展“青年大学习”行动和爱国主义教育活动", Amount.ofWan(new BigDecimal("3")),
						Amount.ofWan(new BigDecimal("0.5"))),
						new KeyTask("青年志愿服务", "组织文明交通劝导、环境整治等志愿服务活动", Amount.ofWan(new BigDecimal("10")),
								Amount.ofWan(new BigDecimal("2.5"))),
						new KeyTask(
								"青少年权益维护", "运营12355青少年服务热线，开展法治宣传进校园", Amount.ofWan(new BigDecimal("2")), Amount.ZERO)),
				"从严治团；“青年大学习”行动；“网上共青团”建设；推进青年就业创业。", "加强基层团组织建设；充分利用新媒体平台；发挥志愿服务队作用。",
				List.of(indicator(QUANTITY, "青年思想引领主题团课次数", "≥24次", null, ValueBasis.PLAN, true),
						indicator(SERVICE_SATISFACTION, "团员青年满意度", "≥90%", null, ValueBasis.HISTORY, false),
						indicator(QUALITY, "发展团员程序合规率", "=100%", null, ValueBasis.PLAN, false),
						indicator(QUANTITY, "青年思想引领新发展团员人数", "≥300人", null, ValueBasis.PLAN, false),
						indicator(SOCIAL, "青少年权益维护热线来电办结率", "≥90%", null, ValueBasis.HISTORY, false),
						indicator(TIMELINESS, "重点工作按时完成率", "≥95%", null, ValueBasis.PLAN, false)));
	}

	static final List<String[]> DEPARTMENT_ROWS = List.of(new String[] { "产出指标", "数量指标", "青年思想引领主题团课次数" },
			new String[] { "产出指标", "数量指标", "青年思想引领新发展团员人数" }, new String[] { "产出指标", "质量指标", "发展团员程序合规率" },
			new String[] { "产出指标", "时效指标", "重点工作按时完成率" }, new String[] { "效益指标", "社会效益指标", "青少年权益维护热线来电办结率" },
			new String[] { "满意度指标", "服务对象满意度指标", "团员青年满意度" });

	@Test
	void departmentWorkbookHasTheTasksWithTheirTotalAndTheIndicators() throws IOException {
		TargetContent content = departmentContent();
		byte[] xlsx = forms.departmentWorkbook(departmentHeader(), content);
		Files.write(EXPORTS.resolve("department-target.xlsx"), xlsx);

		try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet sheet = workbook.getSheetAt(0);
			assertThat(text(sheet, 0, 0)).isEqualTo("2022年度部门整体支出绩效目标表");
			assertThat(text(sheet, 1, 0)).isEqualTo(UNIT_LINE);
			assertThat(text(sheet, 1, 6)).isEqualTo("单位：万元");
			assertThat(text(sheet, rowWith(sheet, 0, "部门（单位）名称"), 2)).isEqualTo("共青团示例市委员会本级");
			assertThat(text(sheet, rowWith(sheet, 0, "部门职能概述"), 2)).startsWith("负责全市共青团组织建设");
			assertThat(text(sheet, rowWith(sheet, 0, "年度总体目标"), 2)).isEqualTo(content.annualObjective());

			int head = rowWith(sheet, 0, "任务名称");
			assertThat(text(sheet, head - 1, 0)).isEqualTo("年度主要任务");
			assertThat(text(sheet, head, 2)).isEqualTo("主要内容");
			assertThat(text(sheet, head, 5)).isEqualTo("预算金额（万元）");
			assertThat(List.of(text(sheet, head + 1, 5), text(sheet, head + 1, 6), text(sheet, head + 1, 7)))
				.containsExactly("总额", "财政拨款", "其他资金");
			assertThat(merged(sheet)).contains(range(head, head + 1, 0, 1), range(head, head, 5, 8));
			double[][] amounts = { { 3.5, 3, 0.5 }, { 12.5, 10, 2.5 }, { 2, 2, 0 } };
			String[] names = { "青年思想引领", "青年志愿服务", "青少年权益维护" };
			// the first task has two rows of key indicators, the others one each
			int[] at = { head + 2, head + 4, head + 5 };
			assertThat(merged(sheet)).contains(range(head + 2, head + 3, 0, 1), range(head + 2, head + 3, 5, 5));
			assertThat(List.of(text(sheet, head + 3, 3), text(sheet, head + 3, 4))).containsExactly("青年思想引领新发展团员人数",
					"≥300人");
			for (int i = 0; i < 3; i++) {
				int r = at[i];
				assertThat(text(sheet, r, 0)).isEqualTo(names[i]);
				assertThat(text(sheet, r, 2)).isEqualTo(content.tasks().get(i).content());
				assertThat(List.of(number(sheet, r, 5), number(sheet, r, 6), number(sheet, r, 7)))
					.containsExactly(amounts[i][0], amounts[i][1], amounts[i][2]);
			}
			int sum = head + 6;
			assertThat(text(sheet, sum, 0)).isEqualTo("金额合计");
			assertThat(List.of(number(sheet, sum, 5), number(sheet, sum, 6), number(sheet, sum, 7)))
				.containsExactly(18.0, 15.0, 3.0);
			assertThat(format(sheet, sum, 5)).isEqualTo("#,##0.00");

			int indicators = rowWith(sheet, 0, "一级指标");
			assertThat(text(sheet, indicators - 1, 0)).isEqualTo("年度绩效指标");
			for (int i = 0; i < DEPARTMENT_ROWS.size(); i++) {
				String[] expected = DEPARTMENT_ROWS.get(i);
				int r = indicators + 1 + i;
				boolean firstOfLevel1 = i == 0 || !DEPARTMENT_ROWS.get(i - 1)[0].equals(expected[0]);
				boolean firstOfLevel2 = i == 0 || !DEPARTMENT_ROWS.get(i - 1)[1].equals(expected[1]);
				assertThat(text(sheet, r, 0)).isEqualTo(firstOfLevel1 ? expected[0] : "");
				assertThat(text(sheet, r, 1)).isEqualTo(firstOfLevel2 ? expected[1] : "");
				assertThat(text(sheet, r, 2)).isEqualTo(expected[2]);
				assertThat(text(sheet, r, 4)).isEqualTo(byName(content, expected[2]).value().normalised());
				assertThat(sheet.getRow(r).getCell(5).getCellType()).isEqualTo(CellType.BLANK);
			}
			int first = indicators + 1;
			assertThat(merged(sheet)).contains(range(first, first + 3, 0, 0), range(first, first + 1, 1, 1));

			// No weights set: no 合计 row; 工作重点 follows the last indicator.
			int focus = first + DEPARTMENT_ROWS.size();
			assertThat(text(sheet, focus, 0)).isEqualTo("工作重点");
			assertThat(text(sheet, focus, 2)).startsWith("从严治团");
			assertThat(text(sheet, focus + 1, 0)).isEqualTo("保障措施");
			assertThat(text(sheet, focus + 1, 2)).startsWith("加强基层团组织建设");
			assertThat(text(sheet, focus + 2, 0)).isEqualTo("状态：草稿　版本：第1版");
		}
	}

	@Test
	void departmentDocumentShowsTheTasksAndTheirTotal() throws IOException {
		TargetContent content = departmentContent();
		byte[] docx = forms.departmentDocument(departmentHeader(), content);
		Files.write(EXPORTS.resolve("department-target.docx"), docx);

		try (var document = new XWPFDocument(new ByteArrayInputStream(docx))) {
			// seed 004: prose sections first, each a heading with its text
			List<String> paragraphs = document.getParagraphs().stream().map(XWPFParagraph::getText).toList();
			assertThat(paragraphs.get(0)).isEqualTo("2022年度部门整体支出绩效目标");
			assertThat(paragraphs).containsSubsequence("一、部门职能", content.duties(), "二、总体绩效目标", "（一）总体目标", "（二）工作重点",
					content.workFocus(), "三、分项绩效目标", "（一）青年思想引领", content.tasks().get(0).content(), "（二）青年志愿服务",
					"（三）青少年权益维护", "四、工作保障措施", content.safeguards(), "五、年度主要任务及绩效指标");
			assertThat(String.join("\n", paragraphs)).contains("状态：", "填报人：", "单位（盖章）：");
			// the key-task table, then the indicators with their header repeated on every
			// page
			assertThat(document.getTables()).hasSize(2);
			XWPFTable table = org.perfdesk.document.DocxTables.joined(document);
			assertThat(table.getBottomBorderType()).isEqualTo(XWPFBorderType.SINGLE);
			XWPFTable indicatorTable = document.getTables().get(1);
			assertThat(indicatorTable.getRow(0).isRepeatHeader()).isTrue();
			assertThat(indicatorTable.getRow(1).isRepeatHeader()).isTrue();
			assertThat(indicatorTable.getRow(2).isRepeatHeader()).isFalse();
			assertThat(indicatorTable.getRows()).allMatch(XWPFTableRow::isCantSplitRow);
			int head = rowIndex(table, "任务名称");
			assertThat(texts(table.getRow(head))).containsExactly("任务名称", "主要内容", "关键性指标", "绩效标准", "预算金额（万元）");
			assertThat(texts(table.getRow(head + 1))).containsExactly("", "", "", "", "总额", "财政拨款", "其他资金");
			// each task with its rows of key indicators, those whose names name the task;
			// the task's name, content and money merged down them
			assertThat(texts(table.getRow(head + 2))).containsExactly("青年思想引领", "开展“青年大学习”行动和爱国主义教育活动", "青年思想引领主题团课次数",
					"≥24次", "3.50", "3.00", "0.50");
			assertThat(texts(table.getRow(head + 3))).containsExactly("", "", "青年思想引领新发展团员人数", "≥300人", "", "", "");
			assertThat(merge(table.getRow(head + 3).getCell(0))).isEqualTo(STMerge.CONTINUE);
			assertThat(texts(table.getRow(head + 4))).containsExactly("青年志愿服务", "组织文明交通劝导、环境整治等志愿服务活动", "—", "—",
					"12.50", "10.00", "2.50");
			assertThat(texts(table.getRow(head + 5)).subList(0, 3)).containsExactly("青少年权益维护",
					"运营12355青少年服务热线，开展法治宣传进校园", "青少年权益维护热线来电办结率");
			assertThat(texts(rowWith(table, "金额合计"))).containsExactly("金额合计", "18.00", "15.00", "3.00");
			int indicators = rowIndex(table, "一级指标");
			assertThat(texts(table.getRow(indicators + 1)).subList(0, 3)).containsExactly("产出指标", "数量指标",
					"青年思想引领主题团课次数");
			assertThat(texts(table.getRow(indicators + 2)).subList(0, 3)).containsExactly("", "", "青年思想引领新发展团员人数");
			// no 分值 given: no 合计 row, the indicators are the last rows
			assertThat(table.getNumberOfRows()).isEqualTo(indicators + 1 + DEPARTMENT_ROWS.size());
		}
	}

	// ---------------------------------------------------------------- edges

	@Test
	void anEmptyValuePrintsAsAnEmptyCellAndNoWeightsMeansNoTotal() throws IOException {
		var content = new TargetContent(TargetKind.PROJECT, IndicatorScheme.CLASSIC_2015, "", "年度目标", null, null, null,
				null, null, null, null, List.of(indicator(SUSTAINABILITY, "志愿服务长效机制", "", null, null, false)));
		byte[] xlsx = forms.projectWorkbook(projectHeader(), content);
		try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet sheet = workbook.getSheetAt(0);
			int row = rowWith(sheet, 0, "一级指标") + 1;
			assertThat(cells(sheet, row, 5)).containsExactly("效益指标", "可持续影响指标", "志愿服务长效机制", "志愿服务长效机制：以项目台账和活动记录为准",
					"");
			assertThat(text(sheet, row, 7)).isEmpty();
			// Funds not filled: the total is 0.00, the parts stay empty; the plan is
			// empty.
			int funds = rowWith(sheet, 0, "预算规模及资金用途");
			assertThat(number(sheet, funds, 3)).isEqualTo(0.0);
			assertThat(sheet.getRow(funds).getCell(5).getCellType()).isEqualTo(CellType.BLANK);
			assertThat(text(sheet, row + 1, 0)).startsWith("状态：");
		}
	}

	// ---------------------------------------------------------------- the PDFs

	@Test
	void projectPdfShowsTheSameCellsOnLandscapePages() {
		TargetContent content = projectContent();
		PdfPages pdf = PdfPages.read(forms.projectPdf(projectHeader(), content), "project-target");
		assertThat(pdf.landscape()).isTrue();
		assertThat(pdf.flat(1)).contains(flat("2022年度项目支出绩效目标表", UNIT_LINE, "单位：万元", "项目编码", "YL2022-21", "青年志愿服务专项经费",
				"预算规模及资金用途", "12.50", "10.00", "2.50", "20.00%", "100.00%", "年度绩效指标", "一级指标", "评（扣）分标准",
				"第 1 页 共 " + pdf.count() + " 页"));
		for (String[] row : PROJECT_ROWS) {
			assertThat(pdf.flat()).contains(flat(row[2]));
		}
		// the 合计 of the 分值 and the footnote
		assertThat(pdf.flat(pdf.count())).contains("合计", "100", flat("状态：已批复　版本：第2版"));
	}

	@Test
	void departmentPdfShowsTheTasksAndTheIndicators() {
		TargetContent content = departmentContent();
		PdfPages pdf = PdfPages.read(forms.departmentPdf(departmentHeader(), content), "department-target");
		// seed 004's order: the prose sections, then the key-task and indicator tables
		assertThat(pdf.flat()).containsSubsequence(flat("2022年度部门整体支出绩效目标", "一、部门职能", content.duties(), "二、总体绩效目标",
				"（一）总体目标", "（二）工作重点", "三、分项绩效目标", "（一）青年思想引领", "（三）青少年权益维护", "四、工作保障措施", "年度主要任务", "青年思想引领", "金额合计",
				"18.00", "15.00", "3.00", "年度绩效指标", "青年思想引领新发展团员人数", "填报人"));
		assertThat(pdf.flat(1)).contains(flat("第 1 页 共"));
		for (String[] row : DEPARTMENT_ROWS) {
			assertThat(pdf.flat()).contains(flat(row[2]));
		}
	}

	@Test
	void aLongIndicatorTableRepeatsItsHeadingsOnEveryPage() {
		TargetContent content = projectContent();
		var many = new java.util.ArrayList<Indicator>();
		for (int i = 0; i < 40; i++) {
			many.add(indicator(QUANTITY, "开展志愿服务活动次数" + i, "≥" + (12 + i) + "次", "2.5", ValueBasis.PLAN, false));
		}
		var longer = new TargetContent(content.kind(), content.scheme(), content.mediumTermObjective(),
				content.annualObjective(), content.fiscalFunds(), content.otherFunds(), content.spendingPlan(),
				content.duties(), content.tasks(), content.workFocus(), content.safeguards(), many);
		PdfPages pdf = PdfPages.read(forms.projectPdf(projectHeader(), longer), "project-target-long");
		assertThat(pdf.count()).isGreaterThan(1);
		for (int page = 2; page <= pdf.count(); page++) {
			assertThat(pdf.flat(page)).as("page %d", page)
				.contains("年度绩效指标", "一级指标", "三级指标", "指标值确定依据")
				.doesNotContain("项目编码", "2022年度项目支出绩效目标表");
			// the 40 rows of one 一级/二级 run continue on this page: its labels print
			// again above the first of them
			String body = pdf.flat(page).substring(pdf.flat(page).indexOf("核心指标"));
			if (body.contains("开展志愿服务活动次数")) {
				assertThat(body.substring(0, body.indexOf("开展志愿服务活动次数"))).as("page %d", page).contains("产出指标", "数量指标");
			}
		}
		assertThat(pdf.flat()).contains("开展志愿服务活动次数39", "合计");
	}

	@Test
	void aFormOfTheOtherKindIsRefused() {
		assertThatThrownBy(() -> forms.projectWorkbook(departmentHeader(), departmentContent()))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("项目支出绩效目标");
		assertThatThrownBy(() -> forms.departmentDocument(projectHeader(), projectContent()))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void rowsWrittenForTheOtherSchemeSortWhereTheSchemePlacesThem() {
		List<Indicator> rows = TargetForms.inTableOrder(IndicatorScheme.CORE_2021,
				List.of(indicator(SERVICE_SATISFACTION, "满意度", "≥90%", null, null, false),
						indicator(OUTPUT_COST, "旧版成本", "≤5万元", null, null, false),
						indicator(QUANTITY, "次数", "≥3次", null, null, false),
						indicator(ECONOMIC_COST, "新版成本", "≤5万元", null, null, false)));
		assertThat(rows).extracting(Indicator::name).containsExactly("新版成本", "旧版成本", "次数", "满意度");
	}

	// ---------------------------------------------------------------- reading the files
	// back

	static Indicator byName(TargetContent content, String name) {
		return content.indicators().stream().filter(i -> i.name().equals(name)).findFirst().orElseThrow();
	}

	static int rowWith(Sheet sheet, int column, String text) {
		for (Row row : sheet) {
			Cell cell = row.getCell(column);
			if (cell != null && cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(text)) {
				return row.getRowNum();
			}
		}
		return fail("no row with “" + text + "” in column " + column);
	}

	static String text(Sheet sheet, int row, int column) {
		Cell cell = sheet.getRow(row).getCell(column);
		assertThat(cell.getCellType()).as("cell %d,%d", row, column).isIn(CellType.STRING, CellType.BLANK);
		return cell.getStringCellValue();
	}

	static List<String> cells(Sheet sheet, int row, int count) {
		return java.util.stream.IntStream.range(0, count).mapToObj(c -> text(sheet, row, c)).toList();
	}

	static double number(Sheet sheet, int row, int column) {
		Cell cell = sheet.getRow(row).getCell(column);
		assertThat(cell.getCellType()).as("cell %d,%d", row, column).isEqualTo(CellType.NUMERIC);
		return cell.getNumericCellValue();
	}

	static String format(Sheet sheet, int row, int column) {
		return sheet.getRow(row).getCell(column).getCellStyle().getDataFormatString();
	}

	static List<String> merged(Sheet sheet) {
		return sheet.getMergedRegions().stream().map(CellRangeAddress::formatAsString).toList();
	}

	static String range(int firstRow, int lastRow, int firstColumn, int lastColumn) {
		return new CellRangeAddress(firstRow, lastRow, firstColumn, lastColumn).formatAsString();
	}

	static int rowIndex(XWPFTable table, String firstCell) {
		for (int r = 0; r < table.getNumberOfRows(); r++) {
			if (table.getRow(r).getCell(0).getText().equals(firstCell)) {
				return r;
			}
		}
		return fail("no table row starting with “" + firstCell + "”");
	}

	static XWPFTableRow rowWith(XWPFTable table, String firstCell) {
		return table.getRow(rowIndex(table, firstCell));
	}

	/**
	 * Each line of a cell is a paragraph of its own; XWPFTableCell.getText() would run
	 * them together.
	 */
	static List<String> texts(XWPFTableRow row) {
		return row.getTableCells()
			.stream()
			.map(cell -> cell.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n")))
			.toList();
	}

	static STMerge.Enum merge(XWPFTableCell cell) {
		CTTcPr properties = cell.getCTTc().getTcPr();
		return properties == null || !properties.isSetVMerge() ? null : properties.getVMerge().getVal();
	}

	static int span(XWPFTableCell cell) {
		CTTcPr properties = cell.getCTTc().getTcPr();
		return properties == null || !properties.isSetGridSpan() ? 1 : properties.getGridSpan().getVal().intValue();
	}

}
