package org.perfdesk.consistency;

/**
 * 指标性质 of a scored row; only 正向 is recomputed here, the full policies live in the scoring
 * engine.
 */
public enum Direction {

	/** 正向 (≥): full points when B ≥ A, else W × B / A. */
	POSITIVE,
	/** 反向 (≤). */
	NEGATIVE,
	/** 等于 (=). */
	EQUAL,
	/** 定性. */
	QUALITATIVE

}
