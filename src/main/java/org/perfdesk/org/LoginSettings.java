package org.perfdesk.org;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Lock-out after repeated failed logins ({@code perfdesk.login.*}); see
 * {@link LoginThrottle} and ADR 0005. Each lock lasts {@code lockMinutes}, and failures
 * older than that are forgotten.
 *
 * @param maxFailures failed attempts in a row, for one account from one client address,
 * that lock this account for this address only
 * @param lockMinutes how long a lock lasts
 * @param maxFailuresPerAddress failed attempts from one client address, whatever the
 * names tried, that lock every login from this address
 * @param maxFailuresPerAccount failed attempts in a row for one account from all
 * addresses together that lock the account itself, for everybody: the last line against
 * guessing from many addresses, set far above {@code maxFailures} so that a few requests
 * from elsewhere cannot lock a person out
 */
@ConfigurationProperties("perfdesk.login")
record LoginSettings(@DefaultValue("5") int maxFailures, @DefaultValue("15") int lockMinutes,
		@DefaultValue("20") int maxFailuresPerAddress, @DefaultValue("50") int maxFailuresPerAccount) {

	LoginSettings {
		if (maxFailures < 1 || lockMinutes < 1 || maxFailuresPerAddress < 1 || maxFailuresPerAccount < 1) {
			throw new IllegalArgumentException("perfdesk.login.* must all be at least 1");
		}
	}
}
