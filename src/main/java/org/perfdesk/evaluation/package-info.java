/**
 * 绩效自评 - the self-evaluation after the year ends: the scoring engine (named, configurable scoring policies per
 * fiscal year, each score kept with its rule, inputs and a one-line explanation) and the consistency checker
 * (一致性校验) that recomputes every printed rate, sum, weight total and score. So far the engine and the checker
 * are plain classes with their tests; the evaluation tables, pages and workflow come next.
 */
@org.springframework.modulith.ApplicationModule(displayName = "绩效自评 (evaluation)", allowedDependencies = { "budget", "execution", "indicator", "target", "org", "shared" })
package org.perfdesk.evaluation;
