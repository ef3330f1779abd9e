package org.perfdesk.target.quality;

import java.util.ArrayList;
import java.util.List;

import org.perfdesk.target.Indicator;
import org.perfdesk.target.TargetContent;
import org.perfdesk.target.TargetKind;
import org.perfdesk.target.TargetSubject;

/**
 * S2 必填项未填写 (this product's own check, the 完整性 part of 88号 that D13 does not cover): the annual objective,
 * and for each indicator row its level-2 category, name and value.
 * <p>
 * Error: an empty row cannot be reviewed or scored, and every other rule skips what is missing so that it is
 * reported once, here.
 */
public final class RequiredFieldMissing implements QualityRule {

	@Override
	public String code() {
		return "S2";
	}

	@Override
	public String title() {
		return "必填项未填写";
	}

	@Override
	public Severity severity() {
		return Severity.ERROR;
	}

	@Override
	public List<Finding> check(TargetSubject subject) {
		List<Finding> findings = new ArrayList<>();
		TargetContent content = subject.content();
		if (content.annualObjective() == null || content.annualObjective().isBlank()) {
			String what = content.kind() == TargetKind.DEPARTMENT ? "年度总体目标" : "年度目标";
			findings.add(Finding.of(this, "未填写" + what + "。请概括本年度资金要实现的主要产出和效果。", null, "annualObjective"));
		}
		List<Indicator> indicators = content.indicators();
		for (int i = 0; i < indicators.size(); i++) {
			Indicator indicator = indicators.get(i);
			List<String> missing = new ArrayList<>();
			String field = null;
			if (indicator.subcategory() == null) {
				missing.add("二级指标");
				field = Rows.field(i, "subcategory");
			}
			if (Rows.name(indicator).isEmpty()) {
				missing.add("三级指标名称");
				field = field != null ? field : Rows.field(i, "name");
			}
			if (Rows.isBlank(indicator.value())) {
				missing.add("指标值");
				field = field != null ? field : Rows.field(i, "value");
			}
			if (!missing.isEmpty()) {
				String which = Rows.name(indicator).isEmpty() ? "第" + (i + 1) + "行指标" : Rows.describe(i, indicator);
				findings.add(Finding.of(this, which + "未填写" + String.join("、", missing) + "。请补齐，或删除该行。", i, field));
			}
		}
		return findings;
	}
}
