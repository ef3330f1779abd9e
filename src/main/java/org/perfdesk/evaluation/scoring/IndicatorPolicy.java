package org.perfdesk.evaluation.scoring;

import java.math.BigDecimal;

/**
 * A named rule that scores a quantitative indicator from its weight W, target A and
 * actual value B.
 */
public interface IndicatorPolicy {

	/** The Chinese name printed beside the score. */
	String name();

	ScoredItem score(BigDecimal weight, BigDecimal target, BigDecimal actual);

}
