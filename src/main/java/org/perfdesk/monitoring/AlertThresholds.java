package org.perfdesk.monitoring;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When progress turns a light yellow or red: the share of what is expected by now below which an item is red
 * ({@code perfdesk.monitoring.red-below}, default 0.6) or yellow ({@code yellow-below}, default 0.8). Regions set
 * their own, so these are settings rather than constants (domain.md §1.7 item 9).
 */
@ConfigurationProperties("perfdesk.monitoring")
public record AlertThresholds(@DefaultValue("0.6") BigDecimal redBelow, @DefaultValue("0.8") BigDecimal yellowBelow) {

	public static final AlertThresholds DEFAULT = new AlertThresholds(new BigDecimal("0.6"), new BigDecimal("0.8"));

	public AlertThresholds {
		if (redBelow.signum() < 0 || yellowBelow.compareTo(redBelow) < 0) {
			throw new IllegalArgumentException("预警阈值须满足 0 ≤ 红灯阈值 ≤ 黄灯阈值，当前为 " + redBelow + " 与 " + yellowBelow);
		}
	}

	/**
	 * The light for an actual share against the share expected by now (both as fractions, e.g. 0.45 of the
	 * budget spent against 7/12 of the year gone). Nothing expected yet means nothing to judge.
	 */
	public Light judge(BigDecimal actual, BigDecimal expected) {
		if (actual == null || expected == null || expected.signum() <= 0) {
			return Light.NONE;
		}
		BigDecimal progress = actual.divide(expected, 4, RoundingMode.HALF_UP);
		if (progress.compareTo(redBelow) < 0) {
			return Light.RED;
		}
		return progress.compareTo(yellowBelow) < 0 ? Light.YELLOW : Light.GREEN;
	}
}
