package org.perfdesk.evaluation.department;

import java.util.List;

/**
 * What the department's 填报人 saves in a self-evaluation: the texts, one entry per key
 * indicator and per main task in the order of the evaluation, and one response per common
 * indicator of the year's template.
 *
 * @param taskCompletions the 完成情况 of each main task, in order
 */
public record DepartmentSelfEvaluationInput(String achievement, String problems, String measures,
		String adjustmentReason, List<KeyIndicatorEntry> keyIndicators, List<String> taskCompletions,
		List<ResponseEntry> responses) {

	/** 年度完成值 and 具体完成情况 of one key indicator. */
	public record KeyIndicatorEntry(String actualValue, String completion) {
	}

	/**
	 * One common indicator: its code, the checklist answers as typed ("Y" 符合, "N" 不符合,
	 * empty 未作答) and the reason for a deduction.
	 */
	public record ResponseEntry(String code, List<String> answers, String reason) {

		public ResponseEntry {
			answers = answers == null ? List.of() : answers;
		}
	}

	public DepartmentSelfEvaluationInput {
		keyIndicators = keyIndicators == null ? List.of() : List.copyOf(keyIndicators);
		taskCompletions = taskCompletions == null ? List.of() : taskCompletions;
		responses = responses == null ? List.of() : List.copyOf(responses);
	}
}
