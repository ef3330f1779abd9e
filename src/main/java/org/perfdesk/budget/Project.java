package org.perfdesk.budget;

import java.util.LinkedHashMap;
import java.util.Map;

import org.perfdesk.shared.Amount;

/**
 * 项目: one entry of the project register for one unit and one fiscal year, with its budget
 * split by fund source (当年财政拨款, 上年结转, 其他资金). The total is always computed from the parts,
 * never stored or typed. Registered by the unit's 填报人; targets, monitoring and
 * self-evaluation refer to it by id.
 */
public record Project(long id, long unitId, int fiscalYear, String code, String name, ProjectType type, int startYear,
		int endYear, String manager, Amount fiscalAppropriation, Amount carryOver, Amount otherFunds, String purpose,
		int version) {

	/** 预算合计 = 当年财政拨款 + 上年结转 + 其他资金. */
	public Amount totalBudget() {
		return fiscalAppropriation.plus(carryOver).plus(otherFunds);
	}

	public String period() {
		return startYear == endYear ? startYear + "年" : startYear + "–" + endYear + "年";
	}

	/** The displayed fields, for the audit trail's old → new. */
	Map<String, String> auditFields() {
		var fields = new LinkedHashMap<String, String>();
		fields.put("项目编码", code);
		fields.put("项目名称", name);
		fields.put("项目类型", type.label());
		fields.put("项目期", period());
		fields.put("项目负责人", manager);
		fields.put("当年财政拨款(万元)", fiscalAppropriation.toWanExact().toPlainString());
		fields.put("上年结转(万元)", carryOver.toWanExact().toPlainString());
		fields.put("其他资金(万元)", otherFunds.toWanExact().toPlainString());
		fields.put("资金用途", purpose);
		return fields;
	}
}
