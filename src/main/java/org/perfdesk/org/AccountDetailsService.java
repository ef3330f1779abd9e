package org.perfdesk.org;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.perfdesk.shared.RecordChanged;
import org.perfdesk.shared.RecordChanged.Action;
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
 * Loads accounts for Spring Security and counts failed logins: after {@link LoginSettings#maxFailures()} wrong
 * passwords in a row the account is locked for {@link LoginSettings#lockMinutes()} minutes, for form login and
 * for the API alike, so guessing passwords through either door is slowed down the same way.
 */
@Service
class AccountDetailsService implements UserDetailsService {

	private final AccountRepository accounts;

	private final LoginSettings settings;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	AccountDetailsService(AccountRepository accounts, LoginSettings settings, Clock clock,
			ApplicationEventPublisher events) {
		this.accounts = accounts;
		this.settings = settings;
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
		accounts.findByUsername(username).ifPresent(account -> {
			// whole seconds, so the value read back from the database compares equal
			LocalDateTime until = LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS).plusMinutes(settings.lockMinutes());
			accounts.recordFailedLogin(username, settings.maxFailures(), until);
			accounts.findByUsername(username).filter(a -> a.lockedUntil() != null && a.lockedUntil().equals(until))
				.ifPresent(a -> events.publishEvent(new RecordChanged(Action.LOGIN_LOCKED, AccountManagement.RECORD_TYPE,
						a.id(), a.username(), a.unitId(), null, List.of(new RecordChanged.FieldChange("锁定至", null,
								until.toString().replace('T', ' '))))));
		});
	}

	@EventListener
	@Transactional
	void onSuccess(AuthenticationSuccessEvent event) {
		accounts.resetFailedLogins(event.getAuthentication().getName());
	}
}
