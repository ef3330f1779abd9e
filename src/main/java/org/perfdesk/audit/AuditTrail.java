package org.perfdesk.audit;

import java.time.Clock;
import java.time.LocalDateTime;

import org.perfdesk.shared.RecordChanged;
import org.springframework.context.event.EventListener;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Writes an entry for every {@link RecordChanged}. A plain (synchronous) listener on
 * purpose: it runs inside the publisher's transaction, so the business change and its log
 * line commit or roll back together.
 */
@Component
class AuditTrail {

	/**
	 * Who is recorded when nobody is signed in: demo data, {@code bin/perfdesk}, the
	 * login lock-out.
	 */
	static final String SYSTEM = "system";

	private final AuditRepository entries;

	private final Clock clock;

	AuditTrail(AuditRepository entries, Clock clock) {
		this.entries = entries;
		this.clock = clock;
	}

	@EventListener
	void on(RecordChanged change) {
		if (change.changes().isEmpty() && change.action() == RecordChanged.Action.UPDATE) {
			return; // a save that changed nothing is not an event worth a line
		}
		entries.insert(change, actor(), LocalDateTime.now(clock));
	}

	private static String actor() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		return auth == null || !auth.isAuthenticated() || "anonymousUser".equals(auth.getName()) ? SYSTEM
				: auth.getName();
	}

}
