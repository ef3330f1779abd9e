package org.perfdesk.targets;

import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * 绩效目标: one version of a project or department target for a fiscal year. An approved
 * target never changes; a change after approval is an adjustment ({@link #revision()} +
 * 1), and the approved version stays readable.
 *
 * @param projectId the project for a project target, null for a department target
 * @param revision 1 for the target as first declared, + 1 for each adjustment (调整)
 * @param current false for versions replaced by an adjustment
 * @param version optimistic-locking counter of this row
 * @param adjustmentReason 调整原因 for revision > 1
 */
public record PerformanceTarget(long id, TargetKind kind, long unitId, Long projectId, int fiscalYear, int revision,
		boolean current, TargetStatus status, int version, TargetContent content, String adjustmentReason,
		LocalDateTime updatedAt) {

	/** Editable by its filler: a current draft or returned version. */
	public boolean editable() {
		return current && status.editable();
	}

	public boolean isProject() {
		return kind == TargetKind.PROJECT;
	}

	/**
	 * What the versions of one target share: the project, or the department for a
	 * department target.
	 */
	static String subjectKey(TargetKind kind, long unitId, Long projectId) {
		return kind == TargetKind.PROJECT ? "P" + projectId : "D" + unitId;
	}

	/** The displayed fields, for the audit trail's old → new. */
	Map<String, String> auditFields() {
		var fields = new LinkedHashMap<String, String>();
		TargetContent c = content;
		fields.put("状态", status.label());
		fields.put("指标体系", c.scheme().label());
		if (isProject()) {
			fields.put("中期目标", c.mediumTermObjective());
			fields.put("年度目标", c.annualObjective());
			fields.put("财政拨款(万元)", c.fiscalFunds().toWanExact().toPlainString());
			fields.put("其他资金(万元)", c.otherFunds().toWanExact().toPlainString());
			SpendingPlan p = c.spendingPlan();
			fields.put("资金支出计划(%)",
					p == null ? ""
							: p.march().stripTrailingZeros().toPlainString() + " / "
									+ p.june().stripTrailingZeros().toPlainString() + " / "
									+ p.september().stripTrailingZeros().toPlainString() + " / "
									+ p.december().stripTrailingZeros().toPlainString());
		}
		else {
			fields.put("部门职能", c.duties());
			fields.put("年度总体目标", c.annualObjective());
			fields.put("年度主要任务",
					c.tasks()
						.stream()
						.map(t -> t.name() + "（" + t.total().toWanExact().toPlainString() + "万元）")
						.collect(Collectors.joining("；")));
			fields.put("工作重点", c.workFocus());
			fields.put("保障措施", c.safeguards());
		}
		fields.put("绩效指标",
				c.indicators()
					.stream()
					.map(i -> i.subcategory().label() + "/" + i.name() + " " + i.value().typed()
							+ (i.weight() == null ? "" : "（" + i.weight().stripTrailingZeros().toPlainString() + "分）"))
					.collect(Collectors.joining("；")));
		return fields;
	}
}
