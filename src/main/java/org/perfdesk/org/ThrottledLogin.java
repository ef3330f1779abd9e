package org.perfdesk.org;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The one way to sign in with a username and password, for form login and the API alike.
 * Unlike Spring's default it checks the password <em>before</em> it looks at locks and at
 * the account's status, and answers a lock exactly as it answers a wrong password: so
 * neither the answer nor the time it takes tells whether a name exists, is locked or is
 * disabled. Only somebody who typed the right password of an unlocked account learns that
 * it is disabled.
 * <p>
 * A {@link LockedException} is not a failed attempt ({@link AccountDetailsService} counts
 * only wrong passwords), so hammering a lock does not lengthen it.
 */
@Component
class ThrottledLogin implements AuthenticationProvider {

	/**
	 * What a lock says; the web layer shows every bad login with one and the same message
	 * anyway.
	 */
	static final String LOCKED = "用户名或密码错误";

	private final DaoAuthenticationProvider passwords;

	private final LoginThrottle throttle;

	ThrottledLogin(AccountDetailsService accounts, PasswordEncoder encoder, LoginThrottle throttle) {
		this.throttle = throttle;
		this.passwords = new DaoAuthenticationProvider(accounts);
		passwords.setPasswordEncoder(encoder);
		// the checks run below, after the password, in an order that reveals nothing
		passwords.setPreAuthenticationChecks(user -> {
		});
		passwords.setPostAuthenticationChecks(user -> {
		});
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		boolean throttled = throttle.isThrottled(authentication.getName(), LoginThrottle.addressOf(authentication));
		Authentication result = passwords.authenticate(authentication);
		UserDetails user = (UserDetails) result.getPrincipal();
		if (throttled || !user.isAccountNonLocked()) {
			throw new LockedException(LOCKED);
		}
		if (!user.isEnabled()) {
			throw new DisabledException("账号已停用");
		}
		return result;
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
