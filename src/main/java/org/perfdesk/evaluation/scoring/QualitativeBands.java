package org.perfdesk.evaluation.scoring;

import java.math.BigDecimal;

/**
 * Where the three 定性 bands start, as shares of the weight: 达成 [achieved, 1], 部分达成
 * [partly, achieved), 未达成 [0, partly). The national default is 0.8 / 0.6; kept as a
 * setting because regional forms vary. An achieved start of 1 is allowed: then only full
 * marks count as 达成.
 */
public record QualitativeBands(BigDecimal achieved, BigDecimal partly) {

	public static final QualitativeBands DEFAULT = new QualitativeBands(new BigDecimal("0.8"), new BigDecimal("0.6"));

	public QualitativeBands {
		if (partly.signum() <= 0 || partly.compareTo(achieved) >= 0 || achieved.compareTo(BigDecimal.ONE) > 0) {
			throw new IllegalArgumentException("定性档次须满足 0 < 部分达成下限 < 达成下限 ≤ 100%");
		}
	}
}
