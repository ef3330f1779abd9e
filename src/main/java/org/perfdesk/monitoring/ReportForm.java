package org.perfdesk.monitoring;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * The 监控表 form as posted: the progress text, one entry per indicator row, and the version
 * read.
 */
public class ReportForm {

	private String progressText = "";

	private Integer version;

	private List<Entry> indicators = new ArrayList<>();

	/** One indicator row of the form. */
	public static class Entry {

		private String valueToDate = "";

		private String projected = "";

		private Likelihood likelihood;

		private List<DeviationCause> causes = new ArrayList<>();

		private String causeNote = "";

		private String measures = "";

		public String getValueToDate() {
			return valueToDate;
		}

		public void setValueToDate(String valueToDate) {
			this.valueToDate = valueToDate;
		}

		public String getProjected() {
			return projected;
		}

		public void setProjected(String projected) {
			this.projected = projected;
		}

		public Likelihood getLikelihood() {
			return likelihood;
		}

		public void setLikelihood(Likelihood likelihood) {
			this.likelihood = likelihood;
		}

		public List<DeviationCause> getCauses() {
			return causes;
		}

		public void setCauses(List<DeviationCause> causes) {
			this.causes = causes == null ? new ArrayList<>() : causes;
		}

		public String getCauseNote() {
			return causeNote;
		}

		public void setCauseNote(String causeNote) {
			this.causeNote = causeNote;
		}

		public String getMeasures() {
			return measures;
		}

		public void setMeasures(String measures) {
			this.measures = measures;
		}

		public boolean has(DeviationCause cause) {
			return causes.contains(cause);
		}

	}

	static ReportForm of(MonitoringReport report) {
		var form = new ReportForm();
		form.progressText = report.progressText();
		form.version = report.saved() ? report.version() : null;
		for (MonitoredIndicator i : report.indicators()) {
			var e = new Entry();
			e.valueToDate = i.valueToDate();
			e.projected = i.projected();
			e.likelihood = i.likelihood();
			e.causes = new ArrayList<>(
					i.causes().isEmpty() ? EnumSet.noneOf(DeviationCause.class) : EnumSet.copyOf(i.causes()));
			e.causeNote = i.causeNote();
			e.measures = i.measures();
			form.indicators.add(e);
		}
		return form;
	}

	ReportInput toInput() {
		// A row or a cause the browser did not send (indicators[3] without [2]) is bound
		// as null: it reads as blank.
		return new ReportInput(progressText, indicators.stream()
			.map(e -> e == null ? new Entry() : e)
			.map(e -> new IndicatorEntry(e.valueToDate, e.projected, e.likelihood,
					e.causes == null ? null
							: e.causes.stream()
								.filter(java.util.Objects::nonNull)
								.collect(java.util.stream.Collectors.toUnmodifiableSet()),
					e.causeNote, e.measures))
			.toList());
	}

	public String getProgressText() {
		return progressText;
	}

	public void setProgressText(String progressText) {
		this.progressText = progressText;
	}

	public Integer getVersion() {
		return version;
	}

	public void setVersion(Integer version) {
		this.version = version;
	}

	public List<Entry> getIndicators() {
		return indicators;
	}

	public void setIndicators(List<Entry> indicators) {
		this.indicators = indicators;
	}

}
