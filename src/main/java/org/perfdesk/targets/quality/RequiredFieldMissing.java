package org.perfdesk.targets.quality;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.perfdesk.targets.Indicator;
import org.perfdesk.targets.TargetContent;
import org.perfdesk.targets.TargetKind;
import org.perfdesk.targets.TargetSubject;

/**
 * S2 必填项未填写 (this product's own check, the 完整性 part of 88号 that D13 does not cover): the
 * annual objective, and for each indicator row its level-2 category, name and value.
 * <p>
 * Error: an empty row cannot be reviewed or scored, and every other rule skips what is
 * missing so that it is reported once, here.
 */
public final class RequiredFieldMissing extends RowRule {

	public RequiredFieldMissing() {
		super("S2", "必填项未填写", Severity.ERROR);
	}

	@Override
	public List<Finding> check(TargetSubject subject) {
		List<Finding> findings = new ArrayList<>();
		TargetContent content = subject.content();
		if (content.annualObjective() == null || content.annualObjective().isBlank()) {
			String what = content.kind() == TargetKind.DEPARTMENT ? "年度总体目标" : "年度目标";
			findings.add(targetFinding("annualObjective", "未填写" + what + "。请概括本年度资金要实现的主要产出和效果。"));
		}
		findings.addAll(checkRows(subject));
		return findings;
	}

	@Override
	Optional<Finding> checkRow(int index, Indicator indicator, TargetSubject subject) {
		List<String> missing = new ArrayList<>();
		String property = null;
		if (indicator.subcategory() == null) {
			missing.add("二级指标");
			property = "subcategory";
		}
		if (Rows.name(indicator).isEmpty()) {
			missing.add("三级指标名称");
			property = property != null ? property : "name";
		}
		if (!Rows.hasValue(indicator)) {
			missing.add("指标值");
			property = property != null ? property : "value";
		}
		if (missing.isEmpty()) {
			return Optional.empty();
		}
		String which = Rows.name(indicator).isEmpty() ? "第" + (index + 1) + "行指标" : Rows.describe(index, indicator);
		return Optional.of(rowFinding(index, property, which + "未填写" + String.join("、", missing) + "。请补齐，或删除该行。"));
	}

}
