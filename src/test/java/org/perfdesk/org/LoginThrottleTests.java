package org.perfdesk.org;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The in-memory counters of {@link LoginThrottle}, with settings of their own and a clock
 * the test moves.
 */
class LoginThrottleTests {

	final MovableClock clock = new MovableClock();

	/**
	 * perfdesk.login.max-failures=3, lock-minutes=10, max-failures-per-address=6 (per
	 * account: not kept here).
	 */
	final LoginThrottle throttle = new LoginThrottle(new LoginSettings(3, 10, 6, 50), clock);

	@Test
	void theSettingsSayAfterHowManyFailuresAndForHowLongANameIsLockedFromOneAddress() {
		assertThat(throttle.recordFailure("centre", "192.0.2.1").pairLockedUntil()).isNull();
		assertThat(throttle.recordFailure("Centre", "192.0.2.1").pairLockedUntil()).isNull();
		var third = throttle.recordFailure("centre", "192.0.2.1");
		assertThat(third.pairLockedUntil()).isEqualTo(clock.instant().plus(Duration.ofMinutes(10)));
		assertThat(throttle.isThrottled("centre", "192.0.2.1")).isTrue();
		assertThat(throttle.isThrottled("CENTRE", "192.0.2.1")).isTrue();
		assertThat(throttle.isThrottled("centre", "192.0.2.2")).isFalse();
		assertThat(throttle.isThrottled("palace", "192.0.2.1")).isFalse();
		clock.advance(Duration.ofMinutes(10));
		assertThat(throttle.isThrottled("centre", "192.0.2.1")).isFalse();
		assertThat(throttle.recordFailure("centre", "192.0.2.1").pairLockedUntil()).isNull();
	}

	@Test
	void failuresOlderThanALockLastsAreForgotten() {
		throttle.recordFailure("centre", "192.0.2.1");
		throttle.recordFailure("centre", "192.0.2.1");
		clock.advance(Duration.ofMinutes(11));
		assertThat(throttle.recordFailure("centre", "192.0.2.1").pairLockedUntil()).isNull();
		assertThat(throttle.isThrottled("centre", "192.0.2.1")).isFalse();
	}

	@Test
	void aSuccessStartsTheNameAfreshButNotTheAddress() {
		for (int i = 0; i < 2; i++) {
			throttle.recordFailure("centre", "192.0.2.1");
		}
		throttle.recordSuccess("centre", "192.0.2.1");
		for (int i = 0; i < 2; i++) {
			assertThat(throttle.recordFailure("centre", "192.0.2.1").pairLockedUntil()).isNull();
		}
		// four failures from the address so far; two more lock it, for every name
		throttle.recordFailure("palace", "192.0.2.1");
		assertThat(throttle.recordFailure("nobody", "192.0.2.1").addressLockedUntil()).isNotNull();
		assertThat(throttle.isThrottled("admin", "192.0.2.1")).isTrue();
		assertThat(throttle.isThrottled("admin", "192.0.2.9")).isFalse();
	}

	@Test
	void aPasswordResetLiftsTheLocksOfTheNameFromEveryAddress() {
		for (String address : new String[] { "192.0.2.1", "192.0.2.2" }) {
			for (int i = 0; i < 3; i++) {
				throttle.recordFailure("centre", address);
			}
		}
		for (int i = 0; i < 3; i++) {
			throttle.recordFailure("palace", "192.0.2.3");
		}
		throttle.forget("centre");
		assertThat(throttle.isThrottled("centre", "192.0.2.1")).isFalse();
		assertThat(throttle.isThrottled("centre", "192.0.2.2")).isFalse();
		assertThat(throttle.isThrottled("palace", "192.0.2.3")).isTrue();
	}

	@Test
	void anIpv6ClientCountsAsItsWholeSlash64() {
		assertThat(LoginThrottle.clientKey("2001:db8:1:2:aaaa::1"))
			.isEqualTo(LoginThrottle.clientKey("2001:db8:1:2::ffff"))
			.isEqualTo("20010db800010002::/64");
		assertThat(LoginThrottle.clientKey("2001:db8:1:3::1")).isNotEqualTo(LoginThrottle.clientKey("2001:db8:1:2::1"));
		assertThat(LoginThrottle.clientKey("203.0.113.7")).isEqualTo("203.0.113.7");
		assertThat(LoginThrottle.clientKey("not:an address")).isEqualTo("not:an address");
		for (int i = 0; i < 6; i++) {
			throttle.recordFailure("guess" + i, "2001:db8:1:2::" + Integer.toHexString(i + 1));
		}
		assertThat(throttle.isThrottled("admin", "2001:db8:1:2::beef")).isTrue();
	}

	@Test
	void theCountersStayBoundedAndKeepTheirLocks() {
		for (int i = 0; i < 3; i++) {
			throttle.recordFailure("centre", "192.0.2.1");
		}
		for (int i = 0; i < LoginThrottle.MAX_TRACKED + 10; i++) {
			throttle.recordFailure("n" + i, "10." + (i >> 16 & 255) + "." + (i >> 8 & 255) + "." + (i & 255));
		}
		assertThat(throttle.isThrottled("centre", "192.0.2.1")).isTrue();
	}

	static final class MovableClock extends Clock {

		private Instant now = Instant.parse("2026-03-02T01:00:00Z");

		void advance(Duration d) {
			now = now.plus(d);
		}

		@Override
		public ZoneId getZone() {
			return ZoneId.of("Asia/Shanghai");
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return now;
		}

	}

}
