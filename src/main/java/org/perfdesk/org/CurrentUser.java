package org.perfdesk.org;

import java.time.Clock;

import org.perfdesk.shared.FiscalYear;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The signed-in account as the server sees it: its data scope and its chosen fiscal year.
 * Read from the security context on every call, never from anything the browser sends.
 */
@Component
public class CurrentUser {

	private final AccountManagement accounts;

	private final OrgDirectory directory;

	private final Clock clock;

	CurrentUser(AccountManagement accounts, OrgDirectory directory, Clock clock) {
		this.accounts = accounts;
		this.directory = directory;
		this.clock = clock;
	}

	public Account account() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth == null || auth instanceof AnonymousAuthenticationToken) {
			throw new AuthenticationCredentialsNotFoundException("未登录");
		}
		return accounts.findByUsername(auth.getName())
			.orElseThrow(() -> new AuthenticationCredentialsNotFoundException("账号不存在：" + auth.getName()));
	}

	public DataScope scope() {
		return DataScope.of(account(), directory);
	}

	/**
	 * The data scope of a named account as it is now, for work done on its behalf after
	 * the request (a background export): a disabled or deleted account reads nothing.
	 */
	public DataScope scopeOf(String username) {
		Account account = accounts.findByUsername(username)
			.filter(Account::enabled)
			.orElseThrow(() -> new AuthenticationCredentialsNotFoundException("账号不存在或已停用：" + username));
		return DataScope.of(account, directory);
	}

	/**
	 * The year chosen in the header, or the current calendar year when the user never
	 * chose one.
	 */
	public FiscalYear fiscalYear() {
		Integer chosen = account().fiscalYear();
		return chosen != null && FiscalYear.isValid(chosen) ? FiscalYear.of(chosen) : FiscalYear.current(clock);
	}

	public void chooseFiscalYear(FiscalYear year) {
		accounts.chooseFiscalYear(account().id(), year);
	}

}
