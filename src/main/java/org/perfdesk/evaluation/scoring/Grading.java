package org.perfdesk.evaluation.scoring;

import java.math.BigDecimal;

import org.perfdesk.shared.Grade;

/**
 * 等级 of a self-evaluation total: 优 [90, 100], 良 [80, 90), 中 [60, 80), 差 below 60. Graded
 * on the unrounded total, because the MOF's integer ranges (80–89) would otherwise leave
 * 89.995 between 良 and 优 depending on rounding; a region that rounds first can round
 * before calling.
 */
public final class Grading {

	private static final BigDecimal EXCELLENT = BigDecimal.valueOf(90);

	private static final BigDecimal GOOD = BigDecimal.valueOf(80);

	private static final BigDecimal FAIR = BigDecimal.valueOf(60);

	private Grading() {
	}

	public static Grade gradeOf(BigDecimal unroundedTotal) {
		if (unroundedTotal.compareTo(EXCELLENT) >= 0) {
			return Grade.EXCELLENT;
		}
		if (unroundedTotal.compareTo(GOOD) >= 0) {
			return Grade.GOOD;
		}
		if (unroundedTotal.compareTo(FAIR) >= 0) {
			return Grade.FAIR;
		}
		return Grade.POOR;
	}

}
