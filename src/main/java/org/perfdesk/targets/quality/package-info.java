/**
 * 目标审核规则: the checks a performance target goes through before submission (domain.md §4,
 * D1–D15 and D19, plus S1 spending plan and S2 required fields). Each rule is a small
 * class with a code, a title and a severity;
 * {@link org.perfdesk.targets.quality.QualityCheck#standard()} runs them all. Rules read
 * only {@link org.perfdesk.targets.TargetSubject} and return Chinese messages that say
 * what is wrong and how to fix it; errors block submission, warnings are left to the
 * reviewer.
 */
package org.perfdesk.targets.quality;
