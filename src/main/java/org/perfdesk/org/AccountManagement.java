package org.perfdesk.org;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.perfdesk.shared.ConcurrentChange;
import org.perfdesk.shared.FiscalYear;
import org.perfdesk.shared.RecordChanged;
import org.perfdesk.shared.RecordChanged.Action;
import org.perfdesk.shared.RecordNotFound;
import org.perfdesk.shared.RuleViolation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates and changes accounts. Passwords must pass {@link PasswordRule} and are stored
 * only as BCrypt hashes.
 */
@Service
@Transactional
public class AccountManagement {

	static final String RECORD_TYPE = org.perfdesk.shared.RecordType.ACCOUNT.name();

	/**
	 * The password of the demo accounts. It stands in the README, so {@link PasswordRule}
	 * refuses it everywhere a person sets a password; only {@link #seedDemoAccount} uses
	 * it.
	 */
	public static final String DEMO_PASSWORD = "perfdesk-demo";

	private static final Pattern USERNAME = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]{2,49}");

	private final AccountRepository accounts;

	private final UnitRepository units;

	private final PasswordEncoder encoder;

	private final ApplicationEventPublisher events;

	private final LoginThrottle throttle;

	AccountManagement(AccountRepository accounts, UnitRepository units, PasswordEncoder encoder,
			ApplicationEventPublisher events, LoginThrottle throttle) {
		this.accounts = accounts;
		this.units = units;
		this.encoder = encoder;
		this.events = events;
		this.throttle = throttle;
	}

	public Account create(String username, String displayName, String rawPassword, Role role, long unitId) {
		return create(username, displayName, rawPassword, role, unitId, true);
	}

	/**
	 * An account of the demo city, with the published {@link #DEMO_PASSWORD}: the one way
	 * to get a password the password rule refuses, and only that one. Used by the demo
	 * loader on an empty embedded database.
	 */
	public Account seedDemoAccount(String username, String displayName, Role role, long unitId) {
		return create(username, displayName, DEMO_PASSWORD, role, unitId, false);
	}

	private Account create(String username, String displayName, String rawPassword, Role role, long unitId,
			boolean checkPassword) {
		if (username == null || !USERNAME.matcher(username).matches()) {
			throw new RuleViolation("username", "用户名须以字母开头，由 3–50 位字母、数字、下划线、点或连字符组成");
		}
		if (accounts.findByUsername(username).isPresent()) {
			throw new RuleViolation("username", "用户名“" + username + "”已存在");
		}
		String name = UnitManagement.requireText("displayName", displayName, "姓名", 50);
		if (checkPassword) {
			PasswordRule.check(rawPassword, username, name);
		}
		Unit unit = activeUnit(unitId);
		checkRoleFitsUnit(role, unit);
		long id = accounts.insert(username, name, encoder.encode(rawPassword), role, unitId);
		Account created = load(id);
		publish(Action.CREATE, created, null, created.auditFields(unit.name()));
		return created;
	}

	public Account revise(long id, int version, String displayName, Role role, long unitId, boolean enabled) {
		Account before = load(id);
		Unit unit = activeUnit(unitId);
		checkRoleFitsUnit(role, unit);
		String name = UnitManagement.requireText("displayName", displayName, "姓名", 50);
		boolean losesAdministration = before.role() == Role.ADMINISTRATOR && before.enabled()
				&& (role != Role.ADMINISTRATOR || !enabled);
		if (losesAdministration && accounts.findAll()
			.stream()
			.filter(a -> a.role() == Role.ADMINISTRATOR && a.enabled())
			.count() <= 1) {
			throw new RuleViolation("role", "这是最后一个启用的系统管理员账号，不能停用或改为其他角色，否则没有人能管理用户和组织");
		}
		var changed = new Account(id, before.username(), name, before.passwordHash(), role, unitId, enabled,
				before.failedLogins(), before.lockedUntil(), before.fiscalYear(), version);
		if (!accounts.update(changed)) {
			throw new ConcurrentChange("账号“" + before.username() + "”");
		}
		Account after = load(id);
		publish(Action.UPDATE, after, before.auditFields(unitName(before.unitId())), after.auditFields(unit.name()));
		return after;
	}

	public void resetPassword(long id, String rawPassword) {
		Account account = load(id);
		PasswordRule.check(rawPassword, account.username(), account.displayName());
		accounts.updatePassword(id, encoder.encode(rawPassword));
		throttle.forget(account.username()); // 重置并解锁: the locks of single addresses too
		events.publishEvent(new RecordChanged(Action.UPDATE, RECORD_TYPE, id, account.username(), account.unitId(),
				null, List.of(new RecordChanged.FieldChange("密码", "******", "（已重置）"))));
	}

	/**
	 * 修改密码 by the account holder: the current password must be right, and the new one
	 * typed twice alike.
	 */
	public void changeOwnPassword(long id, String currentPassword, String newPassword, String repeated) {
		Account account = load(id);
		if (currentPassword == null || !encoder.matches(currentPassword, account.passwordHash())) {
			throw new RuleViolation("currentPassword", "当前密码不正确");
		}
		PasswordRule.check(newPassword, account.username(), account.displayName());
		if (!newPassword.equals(repeated)) {
			throw new RuleViolation("repeated", "两次输入的新密码不一致");
		}
		if (encoder.matches(newPassword, account.passwordHash())) {
			throw new RuleViolation("password", "新密码不能与当前密码相同");
		}
		accounts.updatePassword(id, encoder.encode(newPassword));
		events.publishEvent(new RecordChanged(Action.UPDATE, RECORD_TYPE, id, account.username(), account.unitId(),
				null, List.of(new RecordChanged.FieldChange("密码", "******", "（本人已修改）"))));
	}

	public void chooseFiscalYear(long accountId, FiscalYear year) {
		accounts.updateFiscalYear(accountId, year.value());
	}

	@Transactional(readOnly = true)
	public Optional<Account> findByUsername(String username) {
		return accounts.findByUsername(username);
	}

	@Transactional(readOnly = true)
	public Account find(long id) {
		return load(id);
	}

	@Transactional(readOnly = true)
	public List<Account> all() {
		return accounts.findAll();
	}

	private Account load(long id) {
		return accounts.findById(id).orElseThrow(() -> new RecordNotFound("账号", id));
	}

	private Unit activeUnit(long unitId) {
		Unit unit = units.findById(unitId).orElseThrow(() -> new RuleViolation("unitId", "所属单位不存在"));
		if (!unit.active()) {
			throw new RuleViolation("unitId", "所属单位已停用");
		}
		return unit;
	}

	private String unitName(long unitId) {
		return units.findById(unitId).map(Unit::name).orElse(null);
	}

	/** A reviewer reviews a department, a finance reviewer sits in the finance bureau. */
	private static void checkRoleFitsUnit(Role role, Unit unit) {
		if (role == null) {
			throw new RuleViolation("role", "请选择角色");
		}
		boolean fits = switch (role) {
			case UNIT_FILLER -> unit.kind() != UnitKind.FINANCE_BUREAU;
			case DEPARTMENT_REVIEWER -> unit.kind() == UnitKind.DEPARTMENT;
			case FINANCE_REVIEWER, ADMINISTRATOR -> unit.kind() == UnitKind.FINANCE_BUREAU;
		};
		if (!fits) {
			throw new RuleViolation("role", role.label() + "不能设在" + unit.kind().label() + "“" + unit.name() + "”");
		}
	}

	private void publish(Action action, Account account, Map<String, String> before, Map<String, String> after) {
		events.publishEvent(new RecordChanged(action, RECORD_TYPE, account.id(), account.username(), account.unitId(),
				null, RecordChanged.diff(before, after)));
	}

}
