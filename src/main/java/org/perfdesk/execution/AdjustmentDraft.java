package org.perfdesk.execution;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.perfdesk.budget.FundSource;
import org.perfdesk.shared.Amount;
import org.perfdesk.shared.PlainText;

/** A 预算调整 as typed, before the rules that need the database have looked at it. */
public record AdjustmentDraft(LocalDate adjustedOn, AdjustmentKind kind, FundSource fundSource, Amount amount,
		String reason) {

	static final int REASON_MAX = 500;

	/** What is wrong with the input on its own, field → Chinese message. */
	Map<String, String> problems(int fiscalYear) {
		var errors = new LinkedHashMap<String, String>();
		if (adjustedOn == null) {
			errors.put("adjustedOn", "请填写调整日期");
		}
		else if (adjustedOn.getYear() != fiscalYear) {
			errors.put("adjustedOn",
					"调整日期须在 " + fiscalYear + " 年度内（" + fiscalYear + "-01-01 至 " + fiscalYear + "-12-31）");
		}
		if (kind == null) {
			errors.put("kind", "请选择调整类型（追加或追减）");
		}
		if (fundSource == null) {
			errors.put("fundSource", "请选择资金来源");
		}
		if (amount == null) {
			errors.put("amount", "请填写调整金额");
		}
		else if (amount.yuan().signum() <= 0) {
			errors.put("amount", "调整金额须大于 0；减少预算请选择“追减”");
		}
		else if (amount.exceedsMax()) {
			errors.put("amount", "调整金额超出合理范围（不超过 " + Amount.MAX_TEXT + "），请检查金额单位");
		}
		if (reason == null || reason.isBlank()) {
			errors.put("reason", "请填写调整原因");
		}
		else if (!PlainText.MULTI_LINE.accepts(reason.strip())) {
			errors.put("reason", PlainText.message("调整原因"));
		}
		else if (reason.strip().length() > REASON_MAX) {
			errors.put("reason", "调整原因最多 " + REASON_MAX + " 字");
		}
		return errors;
	}
}
