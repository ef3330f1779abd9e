package org.perfdesk.targets;

import org.perfdesk.shared.Amount;

/**
 * What the printed target forms show besides the content: who the target belongs to and
 * where it stands. The forms take these as plain values so that they need neither the
 * project nor the unit records; the project fields are null for a department target.
 *
 * @param departmentName 主管部门
 * @param unitCode 单位编码, printed before the unit name as on the published tables
 * ("712001…本级")
 * @param unitName 单位名称 (the unit whose target this is)
 * @param fiscalYear the budget year of the target
 * @param projectCode 项目编码
 * @param projectName 项目名称
 * @param projectType 项目属性 / 项目类型 as its label (常年性, 延续性, 一次性)
 * @param period 项目期, e.g. "2022年" or "2021—2023年"
 * @param manager 项目负责人
 * @param projectBudget the project's budget in the project register, for comparison; the
 * forms print the target's own funds
 * @param projectPurpose 资金用途 from the project register, printed under 预算规模及资金用途
 * @param statusLabel where the target is in review (草稿, 已批复 …), printed under the table
 * @param revision the target's version number, printed with the status
 */
public record TargetHeader(String departmentName, String unitCode, String unitName, int fiscalYear, String projectCode,
		String projectName, String projectType, String period, String manager, Amount projectBudget,
		String projectPurpose, String statusLabel, int revision) {

	/** The header of a department target, which has no project. */
	public static TargetHeader ofDepartment(String departmentName, String unitCode, String unitName, int fiscalYear,
			String statusLabel, int revision) {
		return new TargetHeader(departmentName, unitCode, unitName, fiscalYear, null, null, null, null, null, null,
				null, statusLabel, revision);
	}
}
