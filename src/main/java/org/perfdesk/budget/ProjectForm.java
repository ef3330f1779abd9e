package org.perfdesk.budget;

import java.math.BigDecimal;
import java.util.Map;

import org.perfdesk.shared.Amount;
import org.perfdesk.shared.DecimalText;
import org.perfdesk.shared.WanText;

/**
 * The project page form. Amounts are typed in 万元 (as on every published table) and years
 * as text, so that "abc" in an amount comes back as a Chinese message beside the field
 * instead of a binding error.
 */
class ProjectForm {

	private Integer version;

	private Long unitId;

	private String code;

	private String name;

	private ProjectType type;

	private String startYear;

	private String endYear;

	private String manager;

	private String fiscalAppropriation;

	private String carryOver;

	private String otherFunds;

	private String purpose;

	static ProjectForm of(Project p) {
		var form = new ProjectForm();
		form.version = p.version();
		form.unitId = p.unitId();
		form.code = p.code();
		form.name = p.name();
		form.type = p.type();
		form.startYear = Integer.toString(p.startYear());
		form.endYear = Integer.toString(p.endYear());
		form.manager = p.manager();
		form.fiscalAppropriation = p.fiscalAppropriation().toWanExact().toPlainString();
		form.carryOver = p.carryOver().toWanExact().toPlainString();
		form.otherFunds = p.otherFunds().toWanExact().toPlainString();
		form.purpose = p.purpose();
		return form;
	}

	static ProjectForm blank(int fiscalYear) {
		var form = new ProjectForm();
		form.startYear = Integer.toString(fiscalYear);
		form.endYear = Integer.toString(fiscalYear);
		form.carryOver = "0";
		form.otherFunds = "0";
		return form;
	}

	/**
	 * The draft in yuan; numbers that cannot be read are left out and explained in
	 * {@code errors}.
	 */
	ProjectDraft toDraft(Integer fiscalYear, Map<String, String> errors) {
		return new ProjectDraft(unitId, fiscalYear, code, name, type, year("startYear", startYear, "项目起始年度", errors),
				year("endYear", endYear, "项目结束年度", errors), manager,
				wan("fiscalAppropriation", fiscalAppropriation, "当年财政拨款", errors),
				wan("carryOver", carryOver, "上年结转", errors), wan("otherFunds", otherFunds, "其他资金", errors), purpose);
	}

	private static Integer year(String field, String text, String label, Map<String, String> errors) {
		if (text == null || text.isBlank()) {
			return null;
		}
		var parsed = DecimalText.read(text, 4).number();
		if (parsed.isEmpty() || DecimalText.decimals(parsed.get()) > 0) {
			errors.put(field, label + "须为四位年份，如 2026");
			return null;
		}
		return parsed.get().intValueExact();
	}

	private static BigDecimal wan(String field, String text, String label, Map<String, String> errors) {
		Amount amount = WanText.read(field, text, label, errors);
		return amount == null ? null : amount.yuan();
	}

	public Integer getVersion() {
		return version;
	}

	public void setVersion(Integer version) {
		this.version = version;
	}

	public Long getUnitId() {
		return unitId;
	}

	public void setUnitId(Long unitId) {
		this.unitId = unitId;
	}

	public String getCode() {
		return code;
	}

	public void setCode(String code) {
		this.code = code;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public ProjectType getType() {
		return type;
	}

	public void setType(ProjectType type) {
		this.type = type;
	}

	public String getStartYear() {
		return startYear;
	}

	public void setStartYear(String startYear) {
		this.startYear = startYear;
	}

	public String getEndYear() {
		return endYear;
	}

	public void setEndYear(String endYear) {
		this.endYear = endYear;
	}

	public String getManager() {
		return manager;
	}

	public void setManager(String manager) {
		this.manager = manager;
	}

	public String getFiscalAppropriation() {
		return fiscalAppropriation;
	}

	public void setFiscalAppropriation(String fiscalAppropriation) {
		this.fiscalAppropriation = fiscalAppropriation;
	}

	public String getCarryOver() {
		return carryOver;
	}

	public void setCarryOver(String carryOver) {
		this.carryOver = carryOver;
	}

	public String getOtherFunds() {
		return otherFunds;
	}

	public void setOtherFunds(String otherFunds) {
		this.otherFunds = otherFunds;
	}

	public String getPurpose() {
		return purpose;
	}

	public void setPurpose(String purpose) {
		this.purpose = purpose;
	}

}
