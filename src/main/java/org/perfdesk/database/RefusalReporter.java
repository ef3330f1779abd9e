package org.perfdesk.database;

import org.springframework.boot.SpringBootExceptionReporter;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * Prints a {@link DatabaseRefused} as its one Chinese line on standard error. Ordered
 * before Boot's failure analysers: the first reporter that reports a failure stops Boot
 * from logging it with its stack trace.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
class RefusalReporter implements SpringBootExceptionReporter {

	@Override
	public boolean reportException(Throwable failure) {
		for (Throwable t = failure; t != null; t = t.getCause()) {
			if (t instanceof DatabaseRefused refused) {
				System.err.println(refused.getMessage());
				return true;
			}
		}
		return false;
	}

}
