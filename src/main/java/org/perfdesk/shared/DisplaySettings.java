package org.perfdesk.shared;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How amounts are shown: {@code perfdesk.display.wan-decimals} decimals of 万元 on pages
 * (default 2, as the published tables; some bureaus ask for 4 or 6). Applied once at
 * start-up; a value outside 0–6 stops the start with a Chinese message rather than
 * showing rounded money silently.
 */
@ConfigurationProperties("perfdesk.display")
public record DisplaySettings(@DefaultValue("2") int wanDecimals) {

	public DisplaySettings {
		Amount.useDisplayScale(wanDecimals);
	}
}
