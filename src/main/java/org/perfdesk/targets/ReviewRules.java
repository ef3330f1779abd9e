package org.perfdesk.targets;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.perfdesk.org.DataScope;
import org.perfdesk.org.Role;
import org.perfdesk.shared.Grade;
import org.perfdesk.shared.PlainText;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who reviews a target at which status, and what a decision needs. 财预〔2015〕88号 sends a target graded 中 or
 * 差 back for revision; regions differ (some send 良 back too), so the grades that force a return are a setting:
 * {@code perfdesk.review.return-grades}.
 */
@ConfigurationProperties("perfdesk.review")
record ReviewRules(@DefaultValue({ "FAIR", "POOR" }) Set<Grade> returnGrades) {

	static final int MAX_OPINION = 2000;

	ReviewRules {
		returnGrades = returnGrades.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(returnGrades));
	}

	/** The review level a target at this status waits for, or null when it waits for none. */
	static ReviewLevel awaiting(TargetStatus status) {
		return switch (status) {
			case SUBMITTED -> ReviewLevel.DEPARTMENT;
			case DEPARTMENT_APPROVED -> ReviewLevel.FINANCE;
			default -> null;
		};
	}

	/** True when this user reviews the target now: the department's reviewer, then the finance bureau's. */
	static boolean mayReview(DataScope scope, PerformanceTarget target) {
		ReviewLevel level = awaiting(target.status());
		if (level == null || !target.current() || !scope.canRead(target.unitId())) {
			return false;
		}
		return level == ReviewLevel.DEPARTMENT ? scope.role() == Role.DEPARTMENT_REVIEWER
				: scope.role() == Role.FINANCE_REVIEWER;
	}

	/** Field → message for an incomplete or inconsistent decision; empty when it can be recorded. */
	Map<String, String> problems(ReviewInput input) {
		var errors = new LinkedHashMap<String, String>();
		if (input.decision() == null) {
			errors.put("decision", "请选择审核结论：通过或退回");
		}
		grade(errors, "completeness", "完整性", input.completeness());
		grade(errors, "relevance", "相关性", input.relevance());
		grade(errors, "appropriateness", "适当性", input.appropriateness());
		grade(errors, "feasibility", "可行性", input.feasibility());
		String opinion = input.opinion() == null ? "" : input.opinion().strip();
		if (input.decision() == ReviewDecision.RETURN && opinion.isEmpty()) {
			errors.put("opinion", "退回时须填写审核意见，写明需要修改的内容");
		}
		if (!PlainText.MULTI_LINE.accepts(opinion)) {
			errors.put("opinion", PlainText.message("审核意见"));
		}
		else if (opinion.length() > MAX_OPINION) {
			errors.put("opinion", "审核意见过长：" + opinion.length() + " 字，上限 " + MAX_OPINION + " 字");
		}
		if (input.decision() == ReviewDecision.APPROVE && errors.isEmpty()) {
			Set<Grade> low = EnumSet.noneOf(Grade.class);
			for (Grade g : new Grade[] { input.completeness(), input.relevance(), input.appropriateness(),
					input.feasibility() }) {
				if (returnGrades.contains(g)) {
					low.add(g);
				}
			}
			if (!low.isEmpty()) {
				errors.put("decision", "有维度评为“" + low.stream().map(Grade::label).collect(Collectors.joining("”“"))
						+ "”，按审核规则须退回修改，不能通过");
			}
		}
		return errors;
	}

	private static void grade(Map<String, String> errors, String field, String label, Grade grade) {
		if (grade == null) {
			errors.put(field, "请为" + label + "评定等级（优/良/中/差）");
		}
	}
}
