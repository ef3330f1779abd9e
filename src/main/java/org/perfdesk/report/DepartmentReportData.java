package org.perfdesk.report;

import java.util.List;

import org.perfdesk.evaluation.department.DepartmentSelfEvaluationSheet;
import org.perfdesk.execution.department.DepartmentFigures;
import org.perfdesk.shared.Amount;

/**
 * Everything the 部门整体支出绩效自评报告 prints from the database, gathered once per rendering so
 * that every part and every proposed paragraph reads the same figures.
 *
 * @param duties 部门职能 from the year's department target, or blank
 * @param units the units of the department (itself first) with their kind
 * @param figures the year's 部门整体支出数据 (zero and unsaved when not recorded)
 * @param lastYear the previous year's, for the changes
 * @param projects every project of the department and its units with its 全年预算数 and 执行数
 * @param evaluation the department's self-evaluation of the year with its scores, or null
 * when none is open
 */
public record DepartmentReportData(long departmentId, String departmentName, int fiscalYear, String duties,
		List<UnitLine> units, DepartmentFigures figures, DepartmentFigures lastYear, List<ProjectLine> projects,
		DepartmentSelfEvaluationSheet evaluation) implements ReportSource.Material {

	public DepartmentReportData {
		units = List.copyOf(units);
		projects = List.copyOf(projects);
	}

	@Override
	public String subjectName() {
		return departmentName;
	}

	@Override
	public List<org.perfdesk.document.Manuscript.Block> part(String name) {
		return DepartmentParts.render(name, this);
	}

	@Override
	public String proposal(String narrative) {
		return DepartmentProposals.propose(narrative, this);
	}

	public record UnitLine(String name, String kind) {
	}

	/** A project's line of the 项目支出 list. */
	public record ProjectLine(String unitName, String code, String name, Amount budget, Amount executed) {
	}

	public Amount projectBudget() {
		return projects.stream().map(ProjectLine::budget).reduce(Amount.ZERO, Amount::plus);
	}

	public Amount projectExecuted() {
		return projects.stream().map(ProjectLine::executed).reduce(Amount.ZERO, Amount::plus);
	}

	/** 部门预算 = 基本支出预算 + 项目全年预算. */
	public Amount totalBudget() {
		return figures.basicBudget().plus(projectBudget());
	}

	/** 实际支出 = 基本支出 + 项目执行数. */
	public Amount totalSpent() {
		return figures.basicSpent().plus(projectExecuted());
	}
}
