/**
 * 部门整体支出绩效自评 - one {@link org.perfdesk.evaluation.department.DepartmentSelfEvaluation}
 * per approved department target of a past year
 * ({@link org.perfdesk.evaluation.department.DepartmentSelfEvaluationManagement}): opened
 * by the department's 填报人 with the target's key indicators and main tasks copied in,
 * scored by the year's 共性指标 template ({@code evaluation.common}), checked by module
 * {@code consistency} as it would be printed, reviewed by the department and then the
 * finance bureau under module {@code review}'s rule, and written as the 自评表 and the
 * 完成情况表. Its 部门资金情况 ({@link org.perfdesk.evaluation.department.DepartmentFunds}) is
 * computed from execution's 部门整体支出数据 and the projects, never typed, and frozen at
 * submission.
 * <p>
 * Owns the tables {@code department_evaluation},
 * {@code department_evaluation_key_indicator}, {@code department_evaluation_task},
 * {@code department_evaluation_response}, {@code department_evaluation_score} and
 * {@code department_evaluation_review} (migrations stay in the evaluation folder); pages
 * under {@code /evaluations/departments}, API under
 * {@code /api/v1/evaluations/departments}. The named interface
 * {@code evaluation::department} is what the demo uses.
 */
@org.springframework.modulith.NamedInterface("department")
package org.perfdesk.evaluation.department;
