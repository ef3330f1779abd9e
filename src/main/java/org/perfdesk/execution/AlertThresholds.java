package org.perfdesk.execution;

import java.math.BigDecimal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Thresholds of the traffic lights ({@link ProgressLight}), as fractions of what is
 * expected by then (执行进度 or execution against the spending plan): below
 * {@code perfdesk.alerts.red-below} red, below {@code perfdesk.alerts.yellow-below}
 * yellow, otherwise green. Defaults 0.6 and 0.8 (domain.md §1.7 item 9); settings outside
 * 0 ≤ red ≤ yellow ≤ 1 stop the application at start.
 * <p>
 * The lights are decided by the figures that carry these thresholds
 * ({@link ExecutionFigures#thresholds()}), so pages and exports call {@code light()} and
 * get the configured colours without a static holder.
 */
@ConfigurationProperties("perfdesk.alerts")
public record AlertThresholds(@DefaultValue("0.6") BigDecimal redBelow, @DefaultValue("0.8") BigDecimal yellowBelow) {

	/** 60% and 80%: for figures built without the settings (tests, sums). */
	public static final AlertThresholds DEFAULT = new AlertThresholds(new BigDecimal("0.6"), new BigDecimal("0.8"));

	public AlertThresholds {
		if (redBelow == null || yellowBelow == null) {
			throw new IllegalArgumentException("预警阈值 perfdesk.alerts.red-below 和 perfdesk.alerts.yellow-below 都须填写");
		}
		if (redBelow.signum() < 0 || yellowBelow.compareTo(BigDecimal.ONE) > 0 || redBelow.compareTo(yellowBelow) > 0) {
			throw new IllegalArgumentException("预警阈值须满足 0 ≤ 红灯阈值 ≤ 黄灯阈值 ≤ 1（如 0.6 和 0.8）：perfdesk.alerts.red-below="
					+ redBelow.toPlainString() + "，perfdesk.alerts.yellow-below=" + yellowBelow.toPlainString());
		}
	}

	/**
	 * The light of a progress (a fraction of what was expected), or null when there is
	 * none.
	 */
	public ProgressLight light(BigDecimal progress) {
		if (progress == null) {
			return null;
		}
		if (progress.compareTo(redBelow) < 0) {
			return ProgressLight.RED;
		}
		return progress.compareTo(yellowBelow) < 0 ? ProgressLight.YELLOW : ProgressLight.GREEN;
	}

	/** The red threshold as a percentage for the pages, e.g. "60%". */
	public String redBelowText() {
		return ExecutionRates.percentPlain(redBelow);
	}

	/** The yellow threshold as a percentage for the pages, e.g. "80%". */
	public String yellowBelowText() {
		return ExecutionRates.percentPlain(yellowBelow);
	}
}
