package org.perfdesk.consistency;

/** Whether the table says the target was reached, as entered or read off the 实际完成值. */
public enum Attainment {

	MET, MISSED,
	/** A 反向 ceiling (≤) was exceeded. */
	CEILING_EXCEEDED,
	/** The table does not tell. */
	UNKNOWN

}
