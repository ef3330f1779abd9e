/**
 * 审核 - the one review rule of every reviewed record (绩效目标, 绩效监控表, 项目支出绩效自评表,
 * 部门整体支出绩效自评表): the levels 部门审核 → 财政审核 ({@link org.perfdesk.review.ReviewLevel}), the
 * decision 通过 / 退回 ({@link org.perfdesk.review.ReviewDecision}), who reviews at which
 * stage and what a decision needs, a return with a required opinion
 * ({@link org.perfdesk.review.ReviewRule}), and the grades that force a return where a
 * form grades its dimensions ({@link org.perfdesk.review.ReturnGrades}, setting
 * {@code perfdesk.review.return-grades}).
 * <p>
 * Owns no tables: each owning module maps its statuses onto
 * {@link org.perfdesk.review.ReviewRule.Stage}, asks the rule, and keeps its own review
 * table ({@code target_review}, {@code monitoring_review},
 * {@code self_evaluation_review}, {@code department_evaluation_review}, all of the shape
 * level, decision, opinion, reviewer, time), so no migration moves.
 */
@org.springframework.modulith.ApplicationModule(displayName = "审核 (review)", allowedDependencies = { "org", "shared" })
package org.perfdesk.review;
