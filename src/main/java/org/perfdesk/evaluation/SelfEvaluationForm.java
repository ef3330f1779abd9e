package org.perfdesk.evaluation;

import java.util.ArrayList;
import java.util.List;

import org.perfdesk.evaluation.scoring.Qualitative;

/**
 * The 自评表 form as posted: numbers as typed, one entry per indicator row, and the version
 * read.
 */
public class SelfEvaluationForm {

	private Integer version;

	private String completionText = "";

	private String executionScore = "";

	private String executionScoreReason = "";

	private String executionReason = "";

	private List<Entry> indicators = new ArrayList<>();

	/** One indicator row of the form. */
	public static class Entry {

		private String weight = "";

		private String actual = "";

		private Qualitative.Band band;

		private String score = "";

		private String scoreReason = "";

		private String reason = "";

		public String getWeight() {
			return weight;
		}

		public void setWeight(String weight) {
			this.weight = weight;
		}

		public String getActual() {
			return actual;
		}

		public void setActual(String actual) {
			this.actual = actual;
		}

		public Qualitative.Band getBand() {
			return band;
		}

		public void setBand(Qualitative.Band band) {
			this.band = band;
		}

		public String getScore() {
			return score;
		}

		public void setScore(String score) {
			this.score = score;
		}

		public String getScoreReason() {
			return scoreReason;
		}

		public void setScoreReason(String scoreReason) {
			this.scoreReason = scoreReason;
		}

		public String getReason() {
			return reason;
		}

		public void setReason(String reason) {
			this.reason = reason;
		}

	}

	/**
	 * The form as stored: a score set by hand, or the score chosen within a qualitative
	 * row's band.
	 */
	/**
	 * The 实际完成值 of an imported table put into the rows of the same indicator (names
	 * compared without spaces and punctuation) that have none yet; the number of rows
	 * filled.
	 */
	int takeActuals(SelfEvaluation e, List<org.perfdesk.importing.ImportedIndicator> imported) {
		int taken = 0;
		for (int i = 0; i < e.indicators().size() && i < indicators.size(); i++) {
			String name = key(e.indicators().get(i).name());
			Entry entry = indicators.get(i);
			if (entry.actual != null && !entry.actual.isBlank()) {
				continue;
			}
			for (var row : imported) {
				if (row.actual() != null && key(row.name()).equals(name)) {
					entry.actual = row.actual();
					taken++;
					break;
				}
			}
		}
		return taken;
	}

	private static String key(String name) {
		return name == null ? "" : name.replaceAll("[\\s\\p{Punct}，。、；：（）“”]", "");
	}

	static SelfEvaluationForm of(SelfEvaluation e) {
		var form = new SelfEvaluationForm();
		form.version = e.version();
		form.completionText = e.completionText();
		form.executionScore = e.executionOverride() == null ? "" : e.executionOverride().score().toPlainString();
		form.executionScoreReason = e.executionOverride() == null ? "" : e.executionOverride().reason();
		form.executionReason = e.executionReason();
		for (EvaluatedIndicator r : e.indicators()) {
			var entry = new Entry();
			entry.weight = r.weight().stripTrailingZeros().toPlainString();
			entry.actual = r.actual();
			entry.band = r.band();
			if (r.overridden()) {
				entry.score = r.override().score().toPlainString();
				entry.scoreReason = r.override().reason();
			}
			else if (r.band() != null && r.computed().scorable()) {
				entry.score = r.computed().score().toPlainString();
			}
			entry.reason = r.reason();
			form.indicators.add(entry);
		}
		return form;
	}

	EvaluationInput toInput() {
		return new EvaluationInput(completionText, executionScore, executionScoreReason, executionReason,
				// a row the browser did not send (indicators[3] without [2]) is bound as
				// null: it reads as left blank
				indicators.stream()
					.map(e -> e == null ? new Entry() : e)
					.map(e -> new EvaluationInput.Row(e.weight, e.actual, e.band, e.score, e.scoreReason, e.reason))
					.toList());
	}

	public Integer getVersion() {
		return version;
	}

	public void setVersion(Integer version) {
		this.version = version;
	}

	public String getCompletionText() {
		return completionText;
	}

	public void setCompletionText(String completionText) {
		this.completionText = completionText;
	}

	public String getExecutionScore() {
		return executionScore;
	}

	public void setExecutionScore(String executionScore) {
		this.executionScore = executionScore;
	}

	public String getExecutionScoreReason() {
		return executionScoreReason;
	}

	public void setExecutionScoreReason(String executionScoreReason) {
		this.executionScoreReason = executionScoreReason;
	}

	public String getExecutionReason() {
		return executionReason;
	}

	public void setExecutionReason(String executionReason) {
		this.executionReason = executionReason;
	}

	public List<Entry> getIndicators() {
		return indicators;
	}

	public void setIndicators(List<Entry> indicators) {
		this.indicators = indicators;
	}

}
