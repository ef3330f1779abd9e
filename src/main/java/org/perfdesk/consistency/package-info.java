/**
 * 一致性校验 - the consistency checker: one engine that recomputes every printed rate, sum,
 * weight total and score of a self-evaluation table and says, in Chinese with the
 * arithmetic written out, where the printed figures disagree. It is used the same way on
 * tables entered in PerfDesk, on imported published documents and on generated reports:
 * the caller builds a {@link org.perfdesk.consistency.PrintedTable} (figures as printed,
 * with their printed precision, so the tolerance is what rounding can explain and nothing
 * more) and asks {@link org.perfdesk.consistency.ConsistencyChecks} for a checker; each
 * {@link org.perfdesk.consistency.Finding} has a code, a
 * {@link org.perfdesk.consistency.CheckSeverity} and a message.
 * <p>
 * The ten standard checks (internal sub-package {@code consistency.checks}, with the
 * interval arithmetic they share) run in a fixed order; any other module may add its own
 * by declaring a {@link org.perfdesk.consistency.Check} bean. The formulas are
 * deliberately the one-liners of domain.md §1.7, not the scoring engine's policies, so
 * the checker stays an independent second opinion; only the 反向 rule of the year
 * ({@link org.perfdesk.consistency.ReverseRule}) is passed in. Owns no tables and depends
 * on nothing but {@code shared}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "一致性校验 (consistency)", allowedDependencies = { "shared" })
package org.perfdesk.consistency;
