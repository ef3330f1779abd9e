package org.perfdesk.targets;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.perfdesk.document.FormGrid;
import org.perfdesk.document.FormGrid.Style;
import org.perfdesk.document.Manuscript;
import org.perfdesk.indicator.IndicatorCategory;
import org.perfdesk.indicator.IndicatorScheme;
import org.perfdesk.indicator.IndicatorSubcategory;
import org.perfdesk.indicator.TargetValue;
import org.perfdesk.shared.Amount;

/**
 * The official target forms as files: 项目支出绩效目标表 and 部门整体支出绩效目标表 (domain.md §2.1–2.2, laid
 * out like the published tables of seed 004), each as an .xlsx sheet, a .docx table and a
 * PDF. All files of a form come from one {@link FormGrid}, so they show the same cells.
 * <p>
 * Amounts are in 万元: numeric cells in the sheet (exact, shown with two decimals, so that
 * they can be summed again), text with two decimals in the document. The spending plan is
 * numeric too, 25 shown as 25.00%.
 */
public class TargetForms {

	/**
	 * Nine columns, those of the indicator table; the upper part of each form spans them
	 * as the printed forms do. Widths in Excel characters.
	 */
	static final int[] WIDTHS = { 10, 14, 22, 30, 16, 10, 28, 14, 8 };

	static final String[] INDICATOR_HEADINGS = { "一级指标", "二级指标", "三级指标", "指标解释", "指标值", "分值", "评（扣）分标准", "指标值确定依据",
			"核心指标" };

	static final String CORE_MARK = "★";

	private final List<Integer> checkpoints;

	/** Forms with the spending plan's default checkpoints, 3/6/9/12 月底. */
	public TargetForms() {
		this(SpendingCheckpoints.DEFAULT_MONTHS);
	}

	private TargetForms(List<Integer> checkpoints) {
		this.checkpoints = List.copyOf(checkpoints);
	}

	/**
	 * The same forms with the year's checkpoint months
	 * ({@link SpendingCheckpointSettings}) over the spending plan's columns, "3月底 6月底
	 * 10月底 12月底" for 3/6/10/12.
	 */
	public TargetForms withCheckpoints(List<Integer> months) {
		SpendingCheckpoints.check(months);
		return new TargetForms(months);
	}

	public byte[] projectWorkbook(TargetHeader header, TargetContent content) {
		return projectForm(header, content, checkpoints).xlsx();
	}

	public byte[] projectDocument(TargetHeader header, TargetContent content) {
		return projectForm(header, content, checkpoints).docx();
	}

	public byte[] departmentWorkbook(TargetHeader header, TargetContent content) {
		return departmentForm(header, content).xlsx();
	}

	/**
	 * The 部门整体支出绩效目标 as a document, laid out like seed 004: prose sections, then the
	 * key-task and indicator tables.
	 */
	public byte[] departmentDocument(TargetHeader header, TargetContent content) {
		return departmentManuscript(header, content).docx();
	}

	/** The 项目支出绩效目标表 as PDF, the same cells as the workbook and the document. */
	public byte[] projectPdf(TargetHeader header, TargetContent content) {
		return projectForm(header, content, checkpoints).pdf();
	}

	public byte[] departmentPdf(TargetHeader header, TargetContent content) {
		return departmentManuscript(header, content).pdf();
	}

	/**
	 * Widths of the department target's tables on a portrait page: the same nine columns
	 * as {@link #WIDTHS}, the texts narrower.
	 */
	static final int[] PORTRAIT_WIDTHS = { 9, 11, 18, 20, 12, 8, 20, 12, 8 };

	/**
	 * 部门整体支出绩效目标 as the published documents print it (seed 004): 部门职能, 总体绩效目标 (总体目标 and
	 * 工作重点), 分项绩效目标 (one sub-heading per key task with its content), 工作保障措施, then the
	 * tables of the 年度主要任务 (each task with its key indicators and budget) and of the
	 * 年度绩效指标, with the status and the signature lines under the last. A section left
	 * empty prints "（未填写）".
	 */
	static Manuscript departmentManuscript(TargetHeader header, TargetContent content) {
		require(content, TargetKind.DEPARTMENT);
		var m = new Manuscript(header.fiscalYear() + "年度部门整体支出绩效目标", unitLine(header));
		m.heading(1, "一、部门职能");
		m.paragraph(orUnfilled(content.duties()));
		m.heading(1, "二、总体绩效目标");
		m.heading(2, "（一）总体目标");
		m.paragraph(orUnfilled(content.annualObjective()));
		m.heading(2, "（二）工作重点");
		m.paragraph(orUnfilled(content.workFocus()));
		m.heading(1, "三、分项绩效目标");
		if (content.tasks().isEmpty()) {
			m.paragraph(UNFILLED);
		}
		for (int t = 0; t < content.tasks().size(); t++) {
			KeyTask task = content.tasks().get(t);
			m.heading(2, "（" + numeral(t + 1) + "）" + task.name());
			m.paragraph(orUnfilled(task.content()));
		}
		m.heading(1, "四、工作保障措施");
		m.paragraph(orUnfilled(content.safeguards()));
		m.heading(1, "五、年度主要任务及绩效指标");

		var tasks = new FormGrid("年度主要任务", "", "", PORTRAIT_WIDTHS, false);
		tasks.signatures(false);
		tasks(tasks, content);
		// a page the tasks run onto starts with their headings
		tasks.headerRows(0, 3);
		m.add(new Manuscript.Grid(null, tasks));
		var indicators = new FormGrid("年度绩效指标", "", "", PORTRAIT_WIDTHS, false);
		indicators(indicators, scheme(header, content), content.indicators());
		footnote(indicators, header);
		m.add(new Manuscript.Grid(null, indicators));
		return m;
	}

	static final String UNFILLED = "（未填写）";

	private static String orUnfilled(String text) {
		return text == null || text.isBlank() ? UNFILLED : text;
	}

	/** 一, 二, … 九十九: the numbering of the sub-headings. */
	static String numeral(int n) {
		String[] digits = { "", "一", "二", "三", "四", "五", "六", "七", "八", "九" };
		if (n < 10) {
			return digits[n];
		}
		return (n >= 20 ? digits[n / 10] : "") + "十" + digits[n % 10];
	}

	static FormGrid projectForm(TargetHeader header, TargetContent content, List<Integer> checkpoints) {
		require(content, TargetKind.PROJECT);
		var grid = new FormGrid("项目支出绩效目标表", header.fiscalYear() + "年度项目支出绩效目标表", unitLine(header), WIDTHS, true);

		int r = grid.row();
		grid.text(r, 0, 2, Style.LABEL, "项目编码");
		grid.text(r, 2, 2, Style.CENTER, header.projectCode());
		grid.text(r, 4, 1, Style.LABEL, "项目名称");
		grid.text(r, 5, 4, Style.TEXT, header.projectName());

		r = grid.row();
		grid.text(r, 0, 2, Style.LABEL, "主管部门");
		grid.text(r, 2, 2, Style.TEXT, header.departmentName());
		grid.text(r, 4, 1, Style.LABEL, "实施单位");
		grid.text(r, 5, 4, Style.TEXT, header.unitName());

		r = grid.row();
		grid.text(r, 0, 2, Style.LABEL, "项目属性");
		grid.text(r, 2, 1, Style.CENTER, header.projectType());
		grid.text(r, 3, 1, Style.LABEL, "项目期");
		grid.text(r, 4, 1, Style.CENTER, header.period());
		grid.text(r, 5, 2, Style.LABEL, "项目负责人");
		grid.text(r, 7, 2, Style.CENTER, header.manager());

		r = grid.rows(2);
		grid.put(r, 0, 2, 2, Style.LABEL, "预算规模及资金用途", null);
		grid.text(r, 2, 1, Style.LABEL, "年度资金总额");
		grid.number(r, 3, 1, Style.MONEY_TOTAL, wan(content.annualFunds()));
		grid.text(r, 4, 1, Style.LABEL, "其中：财政拨款");
		grid.number(r, 5, 1, Style.MONEY, wan(content.fiscalFunds()));
		grid.text(r, 6, 1, Style.LABEL, "其他资金");
		grid.number(r, 7, 2, Style.MONEY, wan(content.otherFunds()));
		grid.text(r + 1, 2, 1, Style.LABEL, "资金用途");
		grid.text(r + 1, 3, 6, Style.TEXT, header.projectPurpose());

		// Cumulative shares by the end of each quarter; the published tables head the
		// columns "3月底" and so on.
		SpendingPlan plan = content.spendingPlan();
		r = grid.rows(2);
		grid.put(r, 0, 2, 2, Style.LABEL, "资金支出计划（%）", null);
		int[][] quarters = { { 2, 1 }, { 3, 1 }, { 4, 2 }, { 6, 3 } };
		List<String> ends = SpendingCheckpoints.labels(checkpoints);
		BigDecimal[] shares = plan == null ? new BigDecimal[4]
				: new BigDecimal[] { plan.march(), plan.june(), plan.september(), plan.december() };
		for (int q = 0; q < 4; q++) {
			grid.text(r, quarters[q][0], quarters[q][1], Style.LABEL, ends.get(q));
			grid.number(r + 1, quarters[q][0], quarters[q][1], Style.PERCENT, shares[q]);
		}

		r = grid.rows(2);
		grid.put(r, 0, 2, 1, Style.LABEL, "总体目标", null);
		grid.text(r, 1, 1, Style.LABEL, "中期目标");
		grid.text(r, 2, 7, Style.TEXT, content.mediumTermObjective());
		grid.text(r + 1, 1, 1, Style.LABEL, "年度目标");
		grid.text(r + 1, 2, 7, Style.TEXT, content.annualObjective());

		indicators(grid, scheme(header, content), content.indicators());
		footnote(grid, header);
		return grid;
	}

	static FormGrid departmentForm(TargetHeader header, TargetContent content) {
		require(content, TargetKind.DEPARTMENT);
		var grid = new FormGrid("部门整体支出绩效目标表", header.fiscalYear() + "年度部门整体支出绩效目标表", unitLine(header), WIDTHS, true);

		int r = grid.row();
		grid.text(r, 0, 2, Style.LABEL, "部门（单位）名称");
		grid.text(r, 2, 7, Style.TEXT, header.unitName());
		r = grid.row();
		grid.text(r, 0, 2, Style.LABEL, "部门职能概述");
		grid.text(r, 2, 7, Style.TEXT, content.duties());
		r = grid.row();
		grid.text(r, 0, 2, Style.LABEL, "年度总体目标");
		grid.text(r, 2, 7, Style.TEXT, content.annualObjective());

		tasks(grid, content);

		indicators(grid, scheme(header, content), content.indicators());

		r = grid.row();
		grid.text(r, 0, 2, Style.LABEL, "工作重点");
		grid.text(r, 2, 7, Style.TEXT, content.workFocus());
		r = grid.row();
		grid.text(r, 0, 2, Style.LABEL, "保障措施");
		grid.text(r, 2, 7, Style.TEXT, content.safeguards());
		footnote(grid, header);
		return grid;
	}

	/**
	 * 年度主要任务 as the published tables print them: each task with its rows of key
	 * indicators (关键性指标 and 绩效标准, the indicator's value), its name, content and budget
	 * merged down those rows, then 金额合计. Which indicators are a task's is derived by
	 * {@link KeyTask#indicatorsByTask}; a task naming none has one row with "—".
	 */
	private static void tasks(FormGrid grid, TargetContent content) {
		grid.text(grid.row(), 0, grid.columns(), Style.HEADER, "年度主要任务");
		int r = grid.rows(2);
		grid.put(r, 0, 2, 2, Style.HEADER, "任务名称", null);
		grid.put(r, 2, 2, 1, Style.HEADER, "主要内容", null);
		grid.put(r, 3, 2, 1, Style.HEADER, "关键性指标", null);
		grid.put(r, 4, 2, 1, Style.HEADER, "绩效标准", null);
		grid.text(r, 5, 4, Style.HEADER, "预算金额（万元）");
		grid.text(r + 1, 5, 1, Style.HEADER, "总额");
		grid.text(r + 1, 6, 1, Style.HEADER, "财政拨款");
		grid.text(r + 1, 7, 2, Style.HEADER, "其他资金");
		grid.keepWithNext(r - 1);
		grid.keepWithNext(r);
		grid.keepWithNext(r + 1);
		List<List<Indicator>> byTask = KeyTask.indicatorsByTask(content.tasks().stream().map(KeyTask::name).toList(),
				content.indicators(), Indicator::name);
		Amount fiscalSum = Amount.ZERO;
		Amount otherSum = Amount.ZERO;
		for (int t = 0; t < content.tasks().size(); t++) {
			KeyTask task = content.tasks().get(t);
			List<Indicator> keys = byTask.get(t);
			int lines = Math.max(1, keys.size());
			// A task whose amounts are still blank counts as zero rather than failing the
			// whole export.
			Amount fiscal = orZero(task.fiscalFunds());
			Amount other = orZero(task.otherFunds());
			r = grid.rows(lines);
			grid.put(r, 0, lines, 2, Style.TEXT, task.name(), null);
			grid.put(r, 2, lines, 1, Style.TEXT, task.content(), null);
			grid.put(r, 5, lines, 1, Style.MONEY, null, wan(fiscal.plus(other)));
			grid.put(r, 6, lines, 1, Style.MONEY, null, wan(fiscal));
			grid.put(r, 7, lines, 2, Style.MONEY, null, wan(other));
			if (keys.isEmpty()) {
				grid.text(r, 3, 1, Style.CENTER, "—");
				grid.text(r, 4, 1, Style.CENTER, "—");
			}
			for (int k = 0; k < keys.size(); k++) {
				grid.text(r + k, 3, 1, Style.TEXT, keys.get(k).name());
				grid.text(r + k, 4, 1, Style.CENTER, shown(keys.get(k).value()));
			}
			fiscalSum = fiscalSum.plus(fiscal);
			otherSum = otherSum.plus(other);
		}
		r = grid.row();
		grid.text(r, 0, 5, Style.LABEL, "金额合计");
		grid.number(r, 5, 1, Style.MONEY_TOTAL, wan(fiscalSum.plus(otherSum)));
		grid.number(r, 6, 1, Style.MONEY_TOTAL, wan(fiscalSum));
		grid.number(r, 7, 2, Style.MONEY_TOTAL, wan(otherSum));
	}

	/**
	 * 年度绩效指标: a heading, the column headings, one row per indicator with level 1 and
	 * level 2 merged over their rows, and the sum of the 分值 when any is set (a target
	 * still being drafted may have none).
	 */
	private static void indicators(FormGrid grid, IndicatorScheme scheme, List<Indicator> indicators) {
		int heading = grid.row();
		grid.text(heading, 0, grid.columns(), Style.HEADER, "年度绩效指标");
		int head = grid.row();
		for (int c = 0; c < INDICATOR_HEADINGS.length; c++) {
			grid.text(head, c, 1, Style.HEADER, INDICATOR_HEADINGS[c]);
		}
		// the longest part of the form: a PDF page it runs onto starts with the heading
		// and the column headings
		grid.headerRows(heading, 2);
		List<Indicator> rows = inTableOrder(scheme, indicators);
		int first = grid.rows(rows.size());
		for (int i = 0; i < rows.size(); i++) {
			Indicator indicator = rows.get(i);
			int r = first + i;
			IndicatorSubcategory subcategory = indicator.subcategory();
			IndicatorCategory category = subcategory == null ? null : subcategory.category();
			if (i == 0 || !Objects.equals(category, category(rows.get(i - 1)))) {
				int run = 1;
				while (i + run < rows.size() && Objects.equals(category, category(rows.get(i + run)))) {
					run++;
				}
				grid.put(r, 0, run, 1, Style.CENTER, category == null ? "" : category.label(), null);
			}
			if (i == 0 || !Objects.equals(subcategory, rows.get(i - 1).subcategory())) {
				int run = 1;
				while (i + run < rows.size() && Objects.equals(subcategory, rows.get(i + run).subcategory())) {
					run++;
				}
				grid.put(r, 1, run, 1, Style.CENTER, subcategory == null ? "" : subcategory.label(), null);
			}
			grid.text(r, 2, 1, Style.TEXT, indicator.name());
			grid.text(r, 3, 1, Style.TEXT, indicator.explanation());
			grid.text(r, 4, 1, Style.CENTER, shown(indicator.value()));
			grid.number(r, 5, 1, Style.WEIGHT, indicator.weight());
			grid.text(r, 6, 1, Style.TEXT, indicator.scoringRule());
			grid.text(r, 7, 1, Style.CENTER, indicator.basis() == null ? "" : indicator.basis().label());
			grid.text(r, 8, 1, Style.CENTER, indicator.core() ? CORE_MARK : "");
		}
		if (rows.stream().anyMatch(indicator -> indicator.weight() != null)) {
			BigDecimal total = rows.stream()
				.map(Indicator::weight)
				.filter(Objects::nonNull)
				.reduce(BigDecimal.ZERO, BigDecimal::add);
			int r = grid.row();
			grid.text(r, 0, 5, Style.LABEL, "合计");
			grid.number(r, 5, 1, Style.WEIGHT_TOTAL, total);
			grid.text(r, 6, 1, Style.TEXT, "");
			grid.text(r, 7, 2, Style.TEXT, "");
		}
	}

	/**
	 * The rows in the order of the printed table: by the scheme's order of level-2
	 * categories, then as the filler entered them. A row written for the other scheme
	 * sorts where {@link IndicatorScheme#place} puts it, after the scheme's own rows of
	 * that place, but keeps its own labels: the form shows what was approved.
	 */
	static List<Indicator> inTableOrder(IndicatorScheme scheme, List<Indicator> indicators) {
		List<Indicator> rows = new ArrayList<>(indicators);
		List<IndicatorSubcategory> order = scheme.subcategories();
		// List.sort is stable, so rows of the same category keep the filler's order.
		rows.sort(Comparator.<Indicator>comparingInt(indicator -> {
			if (indicator.subcategory() == null) {
				return Integer.MAX_VALUE;
			}
			int place = order.indexOf(scheme.place(indicator.subcategory()));
			return place < 0 ? Integer.MAX_VALUE - 1 : place;
		})
			.thenComparingInt(indicator -> indicator.subcategory() != null && !scheme.contains(indicator.subcategory())
					? indicator.subcategory().ordinal() + 1 : 0));
		return rows;
	}

	private static IndicatorCategory category(Indicator indicator) {
		return indicator.subcategory() == null ? null : indicator.subcategory().category();
	}

	/**
	 * The value written the same way every time; an empty value prints as an empty cell.
	 */
	private static String shown(TargetValue value) {
		return value == null || value.isEmpty() ? "" : value.normalised();
	}

	private static IndicatorScheme scheme(TargetHeader header, TargetContent content) {
		return content.scheme() != null ? content.scheme() : IndicatorScheme.defaultFor(header.fiscalYear());
	}

	/** "201 共青团示例市委员会本级": the unit's code and name, as above the published tables. */
	private static String unitLine(TargetHeader header) {
		String code = header.unitCode() == null || header.unitCode().isBlank() ? "" : header.unitCode() + " ";
		return code + (header.unitName() == null ? "" : header.unitName());
	}

	private static void footnote(FormGrid grid, TargetHeader header) {
		if (header.statusLabel() != null) {
			grid.footnote("状态：" + header.statusLabel() + "　版本：第" + header.revision() + "版");
		}
	}

	private static void require(TargetContent content, TargetKind kind) {
		if (content.kind() != kind) {
			throw new IllegalArgumentException(
					"需要" + kind.label() + "，收到的是" + (content.kind() == null ? "未注明类型的目标" : content.kind().label()));
		}
	}

	private static BigDecimal wan(Amount amount) {
		return amount == null ? null : amount.toWanExact();
	}

	private static Amount orZero(Amount amount) {
		return amount == null ? Amount.ZERO : amount;
	}

}
