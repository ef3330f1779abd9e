package org.perfdesk.org;

import java.nio.charset.StandardCharsets;
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

/** Creates and changes accounts. Passwords are stored only as BCrypt hashes. */
@Service
@Transactional
public class AccountManagement {

	static final String RECORD_TYPE = org.perfdesk.shared.RecordType.ACCOUNT.name();

	static final int MIN_PASSWORD_LENGTH = 8;

	/** What BCrypt hashes: UTF-8 bytes, at most 72. */
	static final int MAX_PASSWORD_BYTES = 72;

	private static final Pattern USERNAME = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]{2,49}");

	private final AccountRepository accounts;

	private final UnitRepository units;

	private final PasswordEncoder encoder;

	private final ApplicationEventPublisher events;

	AccountManagement(AccountRepository accounts, UnitRepository units, PasswordEncoder encoder,
			ApplicationEventPublisher events) {
		this.accounts = accounts;
		this.units = units;
		this.encoder = encoder;
		this.events = events;
	}

	public Account create(String username, String displayName, String rawPassword, Role role, long unitId) {
		if (username == null || !USERNAME.matcher(username).matches()) {
			throw new RuleViolation("username", "用户名须以字母开头，由 3–50 位字母、数字、下划线、点或连字符组成");
		}
		if (accounts.findByUsername(username).isPresent()) {
			throw new RuleViolation("username", "用户名“" + username + "”已存在");
		}
		String name = UnitManagement.requireText("displayName", displayName, "姓名", 50);
		checkPassword(rawPassword);
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
		if (losesAdministration && accounts.findAll().stream()
			.filter(a -> a.role() == Role.ADMINISTRATOR && a.enabled()).count() <= 1) {
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
		checkPassword(rawPassword);
		accounts.updatePassword(id, encoder.encode(rawPassword));
		events.publishEvent(new RecordChanged(Action.UPDATE, RECORD_TYPE, id, account.username(), account.unitId(),
				null, List.of(new RecordChanged.FieldChange("密码", "******", "（已重置）"))));
	}

	/** 修改密码 by the account holder: the current password must be right, and the new one typed twice alike. */
	public void changeOwnPassword(long id, String currentPassword, String newPassword, String repeated) {
		Account account = load(id);
		if (currentPassword == null || !encoder.matches(currentPassword, account.passwordHash())) {
			throw new RuleViolation("currentPassword", "当前密码不正确");
		}
		checkPassword(newPassword);
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

	static void checkPassword(String raw) {
		if (raw == null || raw.length() < MIN_PASSWORD_LENGTH) {
			throw new RuleViolation("password", "密码至少 " + MIN_PASSWORD_LENGTH + " 位");
		}
		if (raw.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
			// BCrypt reads 72 bytes and refuses more; a Chinese character takes three of them in UTF-8
			throw new RuleViolation("password", "密码最长 " + MAX_PASSWORD_BYTES + " 字节（约 24 个汉字或 72 个字母、数字）");
		}
	}

	private void publish(Action action, Account account, Map<String, String> before, Map<String, String> after) {
		events.publishEvent(new RecordChanged(action, RECORD_TYPE, account.id(), account.username(), account.unitId(),
				null, RecordChanged.diff(before, after)));
	}
}
