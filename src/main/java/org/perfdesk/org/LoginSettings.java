package org.perfdesk.org;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Lock-out after repeated failed logins ({@code perfdesk.login.*}).
 *
 * @param maxFailures failed attempts in a row that lock the account
 * @param lockMinutes how long the lock lasts
 */
@ConfigurationProperties("perfdesk.login")
record LoginSettings(@DefaultValue("5") int maxFailures, @DefaultValue("15") int lockMinutes) {
}
