package org.perfdesk.publication;

/** Where an export stands. */
public enum PublicationStatus {

	QUEUED("排队中"), RUNNING("生成中"), DONE("已完成"), FAILED("失败");

	private final String label;

	PublicationStatus(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	public boolean finished() {
		return this == DONE || this == FAILED;
	}

}
