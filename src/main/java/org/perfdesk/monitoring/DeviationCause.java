package org.perfdesk.monitoring;

/** 偏差原因 ticked on the monitoring form: 经费, 制度, 人员, 硬件条件保障, 其他 (domain.md §2.3). */
public enum DeviationCause {

	FUNDING("经费保障"), SYSTEM("制度保障"), STAFF("人员保障"), FACILITIES("硬件条件保障"), OTHER("其他");

	private final String label;

	DeviationCause(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
