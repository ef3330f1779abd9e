package org.perfdesk.org;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Counts failed logins per (name, client address) and per client address, and locks
 * either for {@link LoginSettings#lockMinutes()} once it reaches its bound (ADR 0005).
 * Names are counted whether or not such an account exists, so the lock-out behaves the
 * same for every name and tells nothing about which exist.
 * <p>
 * Kept in memory, like the sessions: PerfDesk runs as one process, and a restart
 * forgetting a quarter of an hour of counts costs little. The account-wide lock of last
 * resort is stored with the account ({@link AccountDetailsService}). At most
 * {@link #MAX_TRACKED} counters are kept per kind; past that, counters that have expired,
 * then those not locking anything, are dropped first.
 */
@Component
class LoginThrottle {

	static final int MAX_TRACKED = 100_000;

	/** A name longer than any username is cut, so that a counter key stays small. */
	private static final int LONGEST_NAME = 60;

	private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]+(%.*)?");

	private final ConcurrentHashMap<String, Counter> pairs = new ConcurrentHashMap<>();

	private final ConcurrentHashMap<String, Counter> addresses = new ConcurrentHashMap<>();

	private final LoginSettings settings;

	private final Clock clock;

	LoginThrottle(LoginSettings settings, Clock clock) {
		this.settings = settings;
		this.clock = clock;
	}

	/** The locks a failure started; {@code null} where it started none. */
	record Locks(Instant pairLockedUntil, Instant addressLockedUntil) {
	}

	/**
	 * Whether a login of this name from this address is refused, right password or not.
	 */
	boolean isThrottled(String username, String address) {
		Instant now = clock.instant();
		return isLocked(pairs.get(pairKey(username, address)), now) || isLocked(addresses.get(clientKey(address)), now);
	}

	/**
	 * Counts a failed login that was not throttled, and locks the pair or the address
	 * once it is the last allowed.
	 */
	Locks recordFailure(String username, String address) {
		Instant now = clock.instant();
		Duration lock = Duration.ofMinutes(settings.lockMinutes());
		Instant pair = fail(pairs, pairKey(username, address), settings.maxFailures(), lock, now);
		Instant client = fail(addresses, clientKey(address), settings.maxFailuresPerAddress(), lock, now);
		return new Locks(pair, client);
	}

	/**
	 * The right password (and no lock): this name starts afresh from this address.
	 * Address counts stay.
	 */
	void recordSuccess(String username, String address) {
		pairs.remove(pairKey(username, address));
	}

	/**
	 * An administrator reset the password: every lock of this name, from every address,
	 * is lifted.
	 */
	void forget(String username) {
		String suffix = "|" + name(username);
		pairs.keySet().removeIf(key -> key.endsWith(suffix));
	}

	/**
	 * The client address Spring Security recorded for the login attempt ({@code unknown}
	 * when there is none).
	 */
	static String addressOf(Authentication authentication) {
		return authentication != null && authentication.getDetails() instanceof WebAuthenticationDetails web
				&& web.getRemoteAddress() != null ? web.getRemoteAddress() : "unknown";
	}

	/**
	 * Whom an address stands for: IPv4 addresses as they are, IPv6 addresses by their /64
	 * network, since one household or server gets a whole /64 and could otherwise change
	 * address with every attempt.
	 */
	static String clientKey(String address) {
		if (address == null || address.indexOf(':') < 0 || !IPV6.matcher(address).matches()) {
			return address == null ? "unknown" : address;
		}
		try {
			byte[] bytes = InetAddress.getByName(address.replaceFirst("%.*$", "")).getAddress();
			return bytes.length == 16 ? HexFormat.of().formatHex(bytes, 0, 8) + "::/64" : address;
		}
		catch (UnknownHostException e) {
			return address; // a literal is never looked up, so this does not happen
		}
	}

	private static String pairKey(String username, String address) {
		return clientKey(address) + "|" + name(username);
	}

	private static String name(String username) {
		String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
		return name.length() > LONGEST_NAME ? name.substring(0, LONGEST_NAME) : name;
	}

	private static boolean isLocked(Counter counter, Instant now) {
		return counter != null && counter.isLockedAt(now);
	}

	/**
	 * One more failure under the key; the end of the lock when this failure started one.
	 */
	private static Instant fail(ConcurrentHashMap<String, Counter> counters, String key, int max, Duration lock,
			Instant now) {
		if (counters.size() >= MAX_TRACKED && !counters.containsKey(key)) {
			counters.values().removeIf(c -> c.isExpiredAt(now, lock));
			if (counters.size() >= MAX_TRACKED) {
				counters.values().removeIf(c -> !c.isLockedAt(now));
			}
		}
		Instant[] started = new Instant[1];
		counters.compute(key, (k, counter) -> {
			Counter c = counter == null ? new Counter() : counter;
			started[0] = c.fail(now, max, lock);
			return c;
		});
		return started[0];
	}

	/**
	 * Failures since the first one of the current window, and the end of the lock they
	 * caused, if any.
	 */
	private static final class Counter {

		private int failures;

		private Instant since;

		private Instant lockedUntil;

		boolean isLockedAt(Instant now) {
			return lockedUntil != null && now.isBefore(lockedUntil);
		}

		boolean isExpiredAt(Instant now, Duration window) {
			return !isLockedAt(now) && (since == null || !now.isBefore(since.plus(window)));
		}

		/** Called under the map's lock for this key. */
		Instant fail(Instant now, int max, Duration window) {
			if (isLockedAt(now)) {
				return null;
			}
			if (since == null || !now.isBefore(since.plus(window))) {
				failures = 0; // failures older than a lock lasts are forgotten
				since = now;
			}
			failures++;
			if (failures < max) {
				return null;
			}
			failures = 0;
			since = null;
			lockedUntil = now.plus(window);
			return lockedUntil;
		}

	}

}
