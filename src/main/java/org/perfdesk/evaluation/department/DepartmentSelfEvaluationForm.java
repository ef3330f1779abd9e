package org.perfdesk.evaluation.department;

import org.perfdesk.evaluation.common.CommonIndicator;
import org.perfdesk.evaluation.common.CommonIndicatorTemplate;

import java.util.ArrayList;
import java.util.List;

/**
 * The 部门整体支出绩效自评表 form as posted: texts, one entry per key indicator, task and common
 * indicator.
 */
public class DepartmentSelfEvaluationForm {

	private String achievement = "";

	private String problems = "";

	private String measures = "";

	private String adjustmentReason = "";

	private Integer version;

	private List<KeyEntry> keyIndicators = new ArrayList<>();

	private List<TaskEntry> tasks = new ArrayList<>();

	private List<ResponseEntry> responses = new ArrayList<>();

	/** 年度完成值 and 具体完成情况 of a key indicator. */
	public static class KeyEntry {

		private String actualValue = "";

		private String completion = "";

		public String getActualValue() {
			return actualValue;
		}

		public void setActualValue(String actualValue) {
			this.actualValue = actualValue;
		}

		public String getCompletion() {
			return completion;
		}

		public void setCompletion(String completion) {
			this.completion = completion;
		}

	}

	/** 完成情况 of a main task. */
	public static class TaskEntry {

		private String completion = "";

		public String getCompletion() {
			return completion;
		}

		public void setCompletion(String completion) {
			this.completion = completion;
		}

	}

	/**
	 * A common indicator: its code, the checklist answers ("Y", "N" or empty) and the
	 * reason for a deduction.
	 */
	public static class ResponseEntry {

		private String code = "";

		private List<String> answers = new ArrayList<>();

		private String reason = "";

		public String getCode() {
			return code;
		}

		public void setCode(String code) {
			this.code = code;
		}

		public List<String> getAnswers() {
			return answers;
		}

		public void setAnswers(List<String> answers) {
			this.answers = answers == null ? new ArrayList<>() : answers;
		}

		public String getReason() {
			return reason;
		}

		public void setReason(String reason) {
			this.reason = reason;
		}

		/** The answer of an item as the select shows it. */
		public String answer(int item) {
			return item < answers.size() && answers.get(item) != null ? answers.get(item) : "";
		}

	}

	static DepartmentSelfEvaluationForm of(DepartmentSelfEvaluation e, CommonIndicatorTemplate template) {
		var form = new DepartmentSelfEvaluationForm();
		form.achievement = e.achievement();
		form.problems = e.problems();
		form.measures = e.measures();
		form.adjustmentReason = e.adjustmentReason();
		form.version = e.version();
		for (KeyIndicatorResult k : e.keyIndicators()) {
			var entry = new KeyEntry();
			entry.actualValue = k.actualValue();
			entry.completion = k.completion();
			form.keyIndicators.add(entry);
		}
		for (TaskResult t : e.tasks()) {
			var entry = new TaskEntry();
			entry.completion = t.completion();
			form.tasks.add(entry);
		}
		for (CommonIndicator c : template.indicators()) {
			var entry = new ResponseEntry();
			entry.code = c.code();
			entry.reason = e.reason(c.code());
			List<Boolean> answers = e.answers(c.code());
			for (int i = 0; i < c.items().size(); i++) {
				Boolean a = i < answers.size() ? answers.get(i) : null;
				entry.answers.add(a == null ? "" : a ? "Y" : "N");
			}
			form.responses.add(entry);
		}
		return form;
	}

	DepartmentSelfEvaluationInput toInput() {
		// A row the browser did not send (indicators[3] posted without [2]) is bound as
		// null: it reads as left blank.
		return new DepartmentSelfEvaluationInput(achievement, problems, measures, adjustmentReason,
				keyIndicators.stream()
					.map(k -> k == null ? new KeyEntry() : k)
					.map(k -> new DepartmentSelfEvaluationInput.KeyIndicatorEntry(k.actualValue, k.completion))
					.toList(),
				tasks.stream().map(t -> t == null ? "" : t.completion).toList(),
				responses.stream()
					.map(r -> r == null ? new ResponseEntry() : r)
					.map(r -> new DepartmentSelfEvaluationInput.ResponseEntry(r.code,
							r.answers.stream().map(a -> a == null ? "" : a).toList(), r.reason))
					.toList());
	}

	public String getAchievement() {
		return achievement;
	}

	public void setAchievement(String achievement) {
		this.achievement = achievement;
	}

	public String getProblems() {
		return problems;
	}

	public void setProblems(String problems) {
		this.problems = problems;
	}

	public String getMeasures() {
		return measures;
	}

	public void setMeasures(String measures) {
		this.measures = measures;
	}

	public String getAdjustmentReason() {
		return adjustmentReason;
	}

	public void setAdjustmentReason(String adjustmentReason) {
		this.adjustmentReason = adjustmentReason;
	}

	public Integer getVersion() {
		return version;
	}

	public void setVersion(Integer version) {
		this.version = version;
	}

	public List<KeyEntry> getKeyIndicators() {
		return keyIndicators;
	}

	public void setKeyIndicators(List<KeyEntry> keyIndicators) {
		this.keyIndicators = keyIndicators;
	}

	public List<TaskEntry> getTasks() {
		return tasks;
	}

	public void setTasks(List<TaskEntry> tasks) {
		this.tasks = tasks;
	}

	public List<ResponseEntry> getResponses() {
		return responses;
	}

	public void setResponses(List<ResponseEntry> responses) {
		this.responses = responses;
	}

}
