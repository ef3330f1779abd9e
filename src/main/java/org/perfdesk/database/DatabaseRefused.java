package org.perfdesk.database;

/**
 * The embedded database cannot be used as it is; the message is one Chinese line saying
 * what is wrong and what to do, printed instead of a stack trace (see
 * {@link RefusalReporter}).
 */
public class DatabaseRefused extends RuntimeException {

	public DatabaseRefused(String message) {
		super(message, null, false, false);
	}

}
