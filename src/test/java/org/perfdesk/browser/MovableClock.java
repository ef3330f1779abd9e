package org.perfdesk.browser;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.perfdesk.PerfDeskApplication;

/**
 * The application's clock for a story that needs the year to pass: it runs like the real
 * one (so that times still follow each other within a day), from a moment the test sets
 * with {@link #travelTo}. Zone as the application's.
 */
final class MovableClock extends Clock {

	private volatile Duration offset;

	MovableClock(LocalDateTime start) {
		travelTo(start);
	}

	/** From now on the clock reads {@code moment}, then runs on. */
	void travelTo(LocalDateTime moment) {
		offset = Duration.between(Instant.now(), moment.atZone(getZone()).toInstant());
	}

	@Override
	public ZoneId getZone() {
		return PerfDeskApplication.ZONE;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return Clock.offset(Clock.system(zone), offset);
	}

	@Override
	public Instant instant() {
		return Instant.now().plus(offset);
	}

}
