package org.perfdesk.targets;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.perfdesk.indicator.IndicatorScheme;
import org.perfdesk.indicator.IndicatorSubcategory;
import org.perfdesk.indicator.TargetValue;
import org.perfdesk.shared.Amount;
import org.perfdesk.shared.DecimalText;
import org.perfdesk.shared.WanText;

/**
 * The target page form. Amounts are typed in 万元, percentages and weights as text, so that
 * "abc" comes back as a Chinese message beside the field instead of a binding error.
 * Indicator and task rows are added and removed in the browser; rows left completely
 * empty are dropped.
 */
public class TargetForm {

	private Integer version;

	private Long projectId;

	private Long unitId;

	private String mediumTermObjective;

	private String annualObjective;

	private String fiscalFunds;

	private String otherFunds;

	private String planMarch;

	private String planJune;

	private String planSeptember;

	private String planDecember;

	private String duties;

	private String workFocus;

	private String safeguards;

	private List<TaskRow> tasks = new ArrayList<>();

	private List<IndicatorRow> indicators = new ArrayList<>();

	static TargetForm of(PerformanceTarget t) {
		TargetContent c = t.content();
		var form = new TargetForm();
		form.version = t.version();
		form.projectId = t.projectId();
		form.unitId = t.unitId();
		form.mediumTermObjective = c.mediumTermObjective();
		form.annualObjective = c.annualObjective();
		form.fiscalFunds = c.fiscalFunds().toWanExact().toPlainString();
		form.otherFunds = c.otherFunds().toWanExact().toPlainString();
		if (c.spendingPlan() != null) {
			form.plan(c.spendingPlan());
		}
		form.duties = c.duties();
		form.workFocus = c.workFocus();
		form.safeguards = c.safeguards();
		for (KeyTask task : c.tasks()) {
			var row = new TaskRow();
			row.name = task.name();
			row.content = task.content();
			row.fiscalFunds = task.fiscalFunds().toWanExact().toPlainString();
			row.otherFunds = task.otherFunds().toWanExact().toPlainString();
			form.tasks.add(row);
		}
		for (Indicator i : c.indicators()) {
			var row = new IndicatorRow();
			row.subcategory = i.subcategory().name();
			row.name = i.name();
			row.explanation = i.explanation();
			row.value = i.value() == null ? "" : i.value().typed();
			row.basis = i.basis() == null ? "" : i.basis().name();
			row.weight = i.weight() == null ? "" : i.weight().stripTrailingZeros().toPlainString();
			row.scoringRule = i.scoringRule();
			row.core = i.core();
			row.dataSource = i.dataSource();
			row.catalogueEntryId = i.catalogueEntryId();
			form.indicators.add(row);
		}
		return form;
	}

	/**
	 * A new project target: the funds of the project's budget, an even spending plan and
	 * one empty row for each level-2 category the scheme requires, so the filler sees the
	 * tree to fill.
	 */
	static TargetForm blankProject(long projectId, Amount fiscal, Amount other, IndicatorScheme scheme) {
		var form = new TargetForm();
		form.projectId = projectId;
		form.fiscalFunds = fiscal.toWanExact().toPlainString();
		form.otherFunds = other.toWanExact().toPlainString();
		form.plan(SpendingPlan.EVEN);
		form.requiredRows(scheme);
		return form;
	}

	static TargetForm blankDepartment(long unitId, IndicatorScheme scheme) {
		var form = new TargetForm();
		form.unitId = unitId;
		form.tasks.add(new TaskRow());
		form.requiredRows(scheme);
		return form;
	}

	/**
	 * The indicator rows of an imported document instead of the empty ones: each under
	 * the scheme's level-2 category of that name (left for the filler to choose where the
	 * document named none the scheme has).
	 */
	/** No more rows than a form may post (web.PageErrors bounds the rows of a form). */
	static final int MAX_IMPORTED = 200;

	void startFrom(List<org.perfdesk.importing.ImportedIndicator> rows, IndicatorScheme scheme) {
		if (rows.isEmpty()) {
			return;
		}
		indicators.clear();
		for (org.perfdesk.importing.ImportedIndicator r : rows.subList(0, Math.min(rows.size(), MAX_IMPORTED))) {
			var row = new IndicatorRow();
			IndicatorSubcategory sub = org.perfdesk.indicator.CatalogueDraft.parseSubcategory(r.level2());
			row.subcategory = sub != null && scheme.contains(sub) ? sub.name() : "";
			row.name = r.name() == null ? "" : r.name();
			row.value = r.target() == null ? "" : r.target();
			row.weight = r.weight() == null ? "" : r.weight().stripTrailingZeros().toPlainString();
			indicators.add(row);
		}
	}

	private void requiredRows(IndicatorScheme scheme) {
		for (IndicatorSubcategory s : scheme.required()) {
			var row = new IndicatorRow();
			row.subcategory = s.name();
			indicators.add(row);
		}
	}

	private void plan(SpendingPlan p) {
		planMarch = p.march().stripTrailingZeros().toPlainString();
		planJune = p.june().stripTrailingZeros().toPlainString();
		planSeptember = p.september().stripTrailingZeros().toPlainString();
		planDecember = p.december().stripTrailingZeros().toPlainString();
	}

	/**
	 * The content; what cannot be read is left out and explained in {@code errors} (field
	 * → message).
	 */
	TargetContent toContent(TargetKind kind, IndicatorScheme scheme, int fiscalYear, Map<String, String> errors) {
		return toContent(kind, scheme, fiscalYear, SpendingCheckpoints.labels(SpendingCheckpoints.DEFAULT_MONTHS),
				errors);
	}

	/**
	 * The content, with the spending plan's errors named by the year's checkpoints
	 * ({@code labels}: "3月底", "6月底", "10月底", "12月底").
	 */
	TargetContent toContent(TargetKind kind, IndicatorScheme scheme, int fiscalYear, List<String> labels,
			Map<String, String> errors) {
		SpendingPlan plan = null;
		if (kind == TargetKind.PROJECT) {
			BigDecimal m3 = percent("planMarch", planMarch, labels.get(0), errors);
			BigDecimal m6 = percent("planJune", planJune, labels.get(1), errors);
			BigDecimal m9 = percent("planSeptember", planSeptember, labels.get(2), errors);
			BigDecimal m12 = percent("planDecember", planDecember, labels.get(3), errors);
			plan = m3 == null || m6 == null || m9 == null || m12 == null ? null : new SpendingPlan(m3, m6, m9, m12);
		}
		// Blank rows are dropped first, so that an error's row index is the row's place
		// in the form shown again.
		tasks.removeIf(row -> row == null || row.blank());
		indicators.removeIf(row -> row == null || row.blank());
		List<KeyTask> keyTasks = new ArrayList<>();
		int t = 0;
		for (TaskRow row : tasks) {
			String prefix = "tasks[" + t + "].";
			Amount ff = wan(prefix + "fiscalFunds", row.fiscalFunds, "第 " + (t + 1) + " 项任务的财政拨款", errors);
			Amount of = wan(prefix + "otherFunds", row.otherFunds, "第 " + (t + 1) + " 项任务的其他资金", errors);
			keyTasks.add(new KeyTask(strip(row.name), strip(row.content), ff == null ? Amount.ZERO : ff,
					of == null ? Amount.ZERO : of));
			t++;
		}
		List<Indicator> list = new ArrayList<>();
		int i = 0;
		for (IndicatorRow row : indicators) {
			String prefix = "indicators[" + i + "].";
			String label = "第 " + (i + 1) + " 行指标";
			IndicatorSubcategory sub = null;
			try {
				sub = row.subcategory == null || row.subcategory.isBlank() ? null
						: IndicatorSubcategory.valueOf(row.subcategory);
			}
			catch (IllegalArgumentException e) {
				errors.put(prefix + "subcategory", label + "的二级指标“" + DecimalText.shown(row.subcategory) + "”无效");
			}
			if (sub == null && !errors.containsKey(prefix + "subcategory")) {
				errors.put(prefix + "subcategory", label + "请选择一级、二级指标");
			}
			ValueBasis basis = null;
			if (row.basis != null && !row.basis.isBlank()) {
				try {
					basis = ValueBasis.valueOf(row.basis);
				}
				catch (IllegalArgumentException e) {
					errors.put(prefix + "basis", label + "的指标值确定依据“" + DecimalText.shown(row.basis) + "”无效");
				}
			}
			DecimalText.Reading typedWeight = DecimalText.read(row.weight, DecimalText.SCORE_DIGITS);
			BigDecimal weight = typedWeight.value();
			if (typedWeight.problem() == DecimalText.Problem.NOT_A_NUMBER) {
				errors.put(prefix + "weight", label + "的分值“" + DecimalText.shown(row.weight) + "”不是数字，请填写如 10 或 7.5");
			}
			else if (typedWeight.problem() != null) {
				errors.put(prefix + "weight", typedWeight.message(label + "的分值"));
			}
			list.add(new Indicator(sub == null ? scheme.subcategories().get(0) : sub, strip(row.name),
					strip(row.explanation), TargetValue.parse(strip(row.value), fiscalYear), basis, weight,
					strip(row.scoringRule), row.core, strip(row.dataSource), row.catalogueEntryId));
			i++;
		}
		Amount ff = kind == TargetKind.PROJECT ? wan("fiscalFunds", fiscalFunds, "财政拨款", errors) : Amount.ZERO;
		Amount of = kind == TargetKind.PROJECT ? wan("otherFunds", otherFunds, "其他资金", errors) : Amount.ZERO;
		return new TargetContent(kind, scheme, strip(mediumTermObjective), strip(annualObjective), ff, of, plan,
				strip(duties), keyTasks, strip(workFocus), strip(safeguards), list);
	}

	private static String strip(String s) {
		return s == null ? "" : s.strip();
	}

	private static BigDecimal percent(String field, String text, String label, Map<String, String> errors) {
		if (text == null || text.isBlank()) {
			errors.put(field, "请填写" + label + "累计支出比例（%）");
			return null;
		}
		DecimalText.Reading parsed = DecimalText.read(text.strip().replace("%", "").replace("％", ""),
				DecimalText.SCORE_DIGITS);
		if (parsed.blank()) {
			errors.put(field, "请填写" + label + "累计支出比例（%）");
			return null;
		}
		if (parsed.problem() == DecimalText.Problem.NOT_A_NUMBER) {
			errors.put(field, label + "累计支出比例“" + DecimalText.shown(text) + "”不是数字，请填写如 25 或 25.5");
			return null;
		}
		if (parsed.problem() != null) {
			errors.put(field, parsed.message(label + "累计支出比例"));
			return null;
		}
		if (DecimalText.decimals(parsed.value()) > 2) {
			errors.put(field, label + "累计支出比例最多保留两位小数");
			return null;
		}
		return parsed.value();
	}

	/**
	 * Blank means nothing (zero); a wrong text is explained in {@code errors} and read as
	 * null.
	 */
	private static Amount wan(String field, String text, String label, Map<String, String> errors) {
		if (text == null || text.isBlank()) {
			return Amount.ZERO;
		}
		return WanText.read(field, text, label, errors);
	}

	public Integer getVersion() {
		return version;
	}

	public void setVersion(Integer version) {
		this.version = version;
	}

	public Long getProjectId() {
		return projectId;
	}

	public void setProjectId(Long projectId) {
		this.projectId = projectId;
	}

	public Long getUnitId() {
		return unitId;
	}

	public void setUnitId(Long unitId) {
		this.unitId = unitId;
	}

	public String getMediumTermObjective() {
		return mediumTermObjective;
	}

	public void setMediumTermObjective(String mediumTermObjective) {
		this.mediumTermObjective = mediumTermObjective;
	}

	public String getAnnualObjective() {
		return annualObjective;
	}

	public void setAnnualObjective(String annualObjective) {
		this.annualObjective = annualObjective;
	}

	public String getFiscalFunds() {
		return fiscalFunds;
	}

	public void setFiscalFunds(String fiscalFunds) {
		this.fiscalFunds = fiscalFunds;
	}

	public String getOtherFunds() {
		return otherFunds;
	}

	public void setOtherFunds(String otherFunds) {
		this.otherFunds = otherFunds;
	}

	public String getPlanMarch() {
		return planMarch;
	}

	public void setPlanMarch(String planMarch) {
		this.planMarch = planMarch;
	}

	public String getPlanJune() {
		return planJune;
	}

	public void setPlanJune(String planJune) {
		this.planJune = planJune;
	}

	public String getPlanSeptember() {
		return planSeptember;
	}

	public void setPlanSeptember(String planSeptember) {
		this.planSeptember = planSeptember;
	}

	public String getPlanDecember() {
		return planDecember;
	}

	public void setPlanDecember(String planDecember) {
		this.planDecember = planDecember;
	}

	public String getDuties() {
		return duties;
	}

	public void setDuties(String duties) {
		this.duties = duties;
	}

	public String getWorkFocus() {
		return workFocus;
	}

	public void setWorkFocus(String workFocus) {
		this.workFocus = workFocus;
	}

	public String getSafeguards() {
		return safeguards;
	}

	public void setSafeguards(String safeguards) {
		this.safeguards = safeguards;
	}

	public List<TaskRow> getTasks() {
		return tasks;
	}

	public void setTasks(List<TaskRow> tasks) {
		this.tasks = tasks;
	}

	public List<IndicatorRow> getIndicators() {
		return indicators;
	}

	public void setIndicators(List<IndicatorRow> indicators) {
		this.indicators = indicators;
	}

	/** One indicator row of the form. */
	public static class IndicatorRow {

		private String subcategory;

		private String name;

		private String explanation;

		private String value;

		private String basis;

		private String weight;

		private String scoringRule;

		private boolean core;

		private String dataSource;

		private Long catalogueEntryId;

		boolean blank() {
			return isBlank(name) && isBlank(value) && isBlank(explanation) && isBlank(weight) && isBlank(scoringRule);
		}

		public String getSubcategory() {
			return subcategory;
		}

		public void setSubcategory(String subcategory) {
			this.subcategory = subcategory;
		}

		public String getName() {
			return name;
		}

		public void setName(String name) {
			this.name = name;
		}

		public String getExplanation() {
			return explanation;
		}

		public void setExplanation(String explanation) {
			this.explanation = explanation;
		}

		public String getValue() {
			return value;
		}

		public void setValue(String value) {
			this.value = value;
		}

		public String getBasis() {
			return basis;
		}

		public void setBasis(String basis) {
			this.basis = basis;
		}

		public String getWeight() {
			return weight;
		}

		public void setWeight(String weight) {
			this.weight = weight;
		}

		public String getScoringRule() {
			return scoringRule;
		}

		public void setScoringRule(String scoringRule) {
			this.scoringRule = scoringRule;
		}

		public boolean isCore() {
			return core;
		}

		public void setCore(boolean core) {
			this.core = core;
		}

		public String getDataSource() {
			return dataSource;
		}

		public void setDataSource(String dataSource) {
			this.dataSource = dataSource;
		}

		public Long getCatalogueEntryId() {
			return catalogueEntryId;
		}

		public void setCatalogueEntryId(Long catalogueEntryId) {
			this.catalogueEntryId = catalogueEntryId;
		}

	}

	/** One key-task row of a department target. */
	public static class TaskRow {

		private String name;

		private String content;

		private String fiscalFunds;

		private String otherFunds;

		boolean blank() {
			return isBlank(name) && isBlank(content) && isBlank(fiscalFunds) && isBlank(otherFunds);
		}

		public String getName() {
			return name;
		}

		public void setName(String name) {
			this.name = name;
		}

		public String getContent() {
			return content;
		}

		public void setContent(String content) {
			this.content = content;
		}

		public String getFiscalFunds() {
			return fiscalFunds;
		}

		public void setFiscalFunds(String fiscalFunds) {
			this.fiscalFunds = fiscalFunds;
		}

		public String getOtherFunds() {
			return otherFunds;
		}

		public void setOtherFunds(String otherFunds) {
			this.otherFunds = otherFunds;
		}

	}

	static boolean isBlank(String s) {
		return s == null || s.isBlank();
	}

}
