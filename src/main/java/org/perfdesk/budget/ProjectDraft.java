package org.perfdesk.budget;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import org.perfdesk.shared.Amount;
import org.perfdesk.shared.FiscalYear;
import org.perfdesk.shared.PlainText;

/**
 * What a user submits to register or revise a project, from a page form or the API. Every
 * field may be missing or wrong; {@link #problems()} lists each problem in Chinese
 * against its field, so a form shows them all at once and the API answers them all in one
 * 400.
 *
 * @param unitId the unit the project belongs to ({@code null} means the user's own unit)
 * @param fiscalAppropriation 当年财政拨款 in yuan
 * @param carryOver 上年结转 in yuan
 * @param otherFunds 其他资金 in yuan
 */
public record ProjectDraft(Long unitId, Integer fiscalYear, String code, String name, ProjectType type,
		Integer startYear, Integer endYear, String manager, BigDecimal fiscalAppropriation, BigDecimal carryOver,
		BigDecimal otherFunds, String purpose) {

	static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,39}");

	/** The same draft with the unit and year filled in where they are missing. */
	public ProjectDraft orDefaults(long defaultUnitId, Integer defaultYear) {
		return new ProjectDraft(unitId == null ? defaultUnitId : unitId, fiscalYear == null ? defaultYear : fiscalYear,
				code, name, type, startYear, endYear, manager, fiscalAppropriation, carryOver, otherFunds, purpose);
	}

	/**
	 * Field → Chinese message for everything wrong with the draft itself; empty when it
	 * is fine.
	 */
	public Map<String, String> problems() {
		var errors = new LinkedHashMap<String, String>();
		if (fiscalYear == null) {
			errors.put("fiscalYear", "预算年度不能为空");
		}
		else if (!FiscalYear.isValid(fiscalYear)) {
			errors.put("fiscalYear", "预算年度须在 " + FiscalYear.MIN + " 至 " + FiscalYear.MAX + " 之间");
		}
		if (isBlank(code)) {
			errors.put("code", "项目编码不能为空");
		}
		else if (!CODE.matcher(code.strip()).matches()) {
			errors.put("code", "项目编码只能由字母、数字、下划线和连字符组成，最长 40 位");
		}
		text(errors, "name", name, "项目名称", 200, PlainText.SINGLE_LINE);
		if (type == null) {
			errors.put("type", "请选择项目类型（常年性/延续性/一次性）");
		}
		period(errors);
		text(errors, "manager", manager, "项目负责人", 50, PlainText.SINGLE_LINE);
		amount(errors, "fiscalAppropriation", fiscalAppropriation, "当年财政拨款");
		amount(errors, "carryOver", carryOver, "上年结转");
		amount(errors, "otherFunds", otherFunds, "其他资金");
		text(errors, "purpose", purpose, "资金用途", 2000, PlainText.MULTI_LINE);
		return errors;
	}

	private void period(Map<String, String> errors) {
		if (startYear == null) {
			errors.put("startYear", "项目起始年度不能为空");
		}
		else if (!FiscalYear.isValid(startYear)) {
			errors.put("startYear", "项目起始年度须在 " + FiscalYear.MIN + " 至 " + FiscalYear.MAX + " 之间");
		}
		if (endYear == null) {
			errors.put("endYear", "项目结束年度不能为空");
		}
		else if (!FiscalYear.isValid(endYear)) {
			errors.put("endYear", "项目结束年度须在 " + FiscalYear.MIN + " 至 " + FiscalYear.MAX + " 之间");
		}
		if (errors.containsKey("startYear") || errors.containsKey("endYear")) {
			return;
		}
		if (startYear > endYear) {
			errors.put("endYear", "项目结束年度不能早于起始年度");
		}
		else if (fiscalYear != null && FiscalYear.isValid(fiscalYear)
				&& (fiscalYear < startYear || fiscalYear > endYear)) {
			errors.put("startYear", "项目期 " + startYear + "–" + endYear + " 年须包含预算年度 " + fiscalYear + " 年");
		}
	}

	private static void amount(Map<String, String> errors, String field, BigDecimal value, String label) {
		if (value == null) {
			errors.put(field, label + "不能为空，没有请填 0");
		}
		else if (value.signum() < 0) {
			errors.put(field, label + "不能为负数");
		}
		else if (value.stripTrailingZeros().scale() > 2) {
			errors.put(field, label + "最多精确到分（元后两位小数）");
		}
		else if (value.compareTo(Amount.MAX.yuan()) > 0) {
			errors.put(field, label + "超出合理范围（不超过 " + Amount.MAX_TEXT + "）");
		}
	}

	private static void text(Map<String, String> errors, String field, String value, String label, int max,
			PlainText kind) {
		if (isBlank(value)) {
			errors.put(field, label + "不能为空");
		}
		else if (!kind.accepts(value.strip())) {
			errors.put(field, PlainText.message(label));
		}
		else if (value.strip().length() > max) {
			errors.put(field, label + "不能超过 " + max + " 个字（现有 " + value.strip().length() + " 个字）");
		}
	}

	private static boolean isBlank(String s) {
		return s == null || s.isBlank();
	}
}
