package org.perfdesk.org;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.perfdesk.shared.RecordChanged;
import org.perfdesk.shared.RecordChanged.Action;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads accounts for Spring Security and counts failed logins (ADR 0005), for form login
 * and the API alike:
 * <ul>
 * <li>{@link LoginSettings#maxFailures()} wrong passwords in a row for one name from one
 * client address lock that name for that address ({@link LoginThrottle});</li>
 * <li>{@link LoginSettings#maxFailuresPerAddress()} failures from one address, whatever
 * the names, lock the address;</li>
 * <li>{@link LoginSettings#maxFailuresPerAccount()} wrong passwords in a row from
 * everywhere lock the account itself ({@code locked_until}, shown to the administrator on
 * the workbench).</li>
 * </ul>
 * Each lock lasts {@link LoginSettings#lockMinutes()}. An attempt refused by a lock
 * counts for nothing, so that a lock does not grow while somebody keeps knocking. Locks
 * of an existing account are audit-trail entries ({@code LOGIN_LOCKED}); a locked address
 * is logged.
 */
@Service
class AccountDetailsService implements UserDetailsService {

	private static final Logger log = LoggerFactory.getLogger(AccountDetailsService.class);

	private final AccountRepository accounts;

	private final LoginSettings settings;

	private final LoginThrottle throttle;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	AccountDetailsService(AccountRepository accounts, LoginSettings settings, LoginThrottle throttle, Clock clock,
			ApplicationEventPublisher events) {
		this.accounts = accounts;
		this.settings = settings;
		this.throttle = throttle;
		this.clock = clock;
		this.events = events;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		Account account = accounts.findByUsername(username)
			.orElseThrow(() -> new UsernameNotFoundException("用户名或密码错误"));
		return User.withUsername(account.username())
			.password(account.passwordHash())
			.authorities(List.of(new SimpleGrantedAuthority(account.role().authority())))
			.disabled(!account.enabled())
			.accountLocked(account.isLockedAt(LocalDateTime.now(clock)))
			.build();
	}

	@EventListener
	@Transactional
	void onFailure(AuthenticationFailureBadCredentialsEvent event) {
		String username = event.getAuthentication().getName();
		String address = LoginThrottle.addressOf(event.getAuthentication());
		if (throttle.isThrottled(username, address)) {
			return; // refused by a lock, password unseen: not one more guess
		}
		LoginThrottle.Locks locks = throttle.recordFailure(username, address);
		if (locks.addressLockedUntil() != null) {
			log.warn("登录锁定：来自 {} 的登录失败次数过多，锁定至 {}", address, display(locks.addressLockedUntil()));
		}
		accounts.findByUsername(username).ifPresent(account -> {
			if (locks.pairLockedUntil() != null) {
				publishLock(account, "来自 " + address + " 的登录", display(locks.pairLockedUntil()));
			}
			LocalDateTime now = LocalDateTime.now(clock);
			if (account.isLockedAt(now)) {
				return;
			}
			// whole seconds, so the value read back from the database compares equal
			LocalDateTime until = now.truncatedTo(ChronoUnit.SECONDS).plusMinutes(settings.lockMinutes());
			accounts.recordFailedLogin(username, settings.maxFailuresPerAccount(), until);
			accounts.findByUsername(username)
				.filter(a -> a.lockedUntil() != null && a.lockedUntil().equals(until))
				.ifPresent(a -> publishLock(a, "所有来源地址", display(until)));
		});
	}

	@EventListener
	@Transactional
	void onSuccess(AuthenticationSuccessEvent event) {
		accounts.resetFailedLogins(event.getAuthentication().getName());
		throttle.recordSuccess(event.getAuthentication().getName(), LoginThrottle.addressOf(event.getAuthentication()));
	}

	private void publishLock(Account account, String scope, String until) {
		events.publishEvent(new RecordChanged(Action.LOGIN_LOCKED, AccountManagement.RECORD_TYPE, account.id(),
				account.username(), account.unitId(), null, List.of(new RecordChanged.FieldChange("锁定范围", null, scope),
						new RecordChanged.FieldChange("锁定至", null, until))));
	}

	private String display(Instant instant) {
		return display(LocalDateTime.ofInstant(instant, clock.getZone()).truncatedTo(ChronoUnit.SECONDS));
	}

	private static String display(LocalDateTime time) {
		return time.toString().replace('T', ' ');
	}

}
