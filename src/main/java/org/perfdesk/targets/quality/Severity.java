package org.perfdesk.targets.quality;

/**
 * How much a {@link Finding} matters. Only an error stops the filler from submitting: the
 * 88号 review grades a target as a whole, so a questionable wording is the reviewer's
 * call, while a gap that makes the target impossible to review or to evaluate later (a
 * missing category, weights that do not add up) is not.
 */
public enum Severity {

	/** 错误: the target cannot be submitted until it is fixed. */
	ERROR("错误"),

	/** 提示: worth a look before submitting; the reviewer decides. */
	WARNING("提示");

	private final String label;

	Severity(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	public boolean blocksSubmission() {
		return this == ERROR;
	}

}
