package org.perfdesk.org;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.perfdesk.shared.RuleViolation;

/**
 * 密码规则: what a new password must be, wherever one is set - 修改密码, 用户管理 (new account,
 * reset) and {@code bin/perfdesk create-admin}. Long enough, not longer than BCrypt
 * reads, and not one of the passwords an attacker tries first: one character repeated, a
 * run such as 12345678 or hgfedcba, a few characters repeated, the username or the
 * person's name, or one of the most common passwords (also with digits or signs appended,
 * as in password1 or admin@2025).
 * <p>
 * Every check compares case-insensitively: to a guesser, Password1 is password1.
 */
final class PasswordRule {

	static final int MIN_LENGTH = 8;

	/**
	 * BCrypt reads 72 bytes; Spring's encoder refuses longer input rather than cut it
	 * silently.
	 */
	static final int MAX_BYTES = 72;

	/**
	 * A period of up to this many characters makes a password a repetition (12121212,
	 * abcabcab, abcdabcd).
	 */
	private static final int LONGEST_REPEATED_UNIT = 4;

	/**
	 * The top of the published lists of most used passwords (international and Chinese),
	 * keyboard runs, and this product's own name and demo password: the demo's password
	 * stands in the README, so it must never guard a real account. The demo loader seeds
	 * it through {@link AccountManagement#seedDemoAccount}.
	 */
	static final Set<String> COMMON = Set.of("password", "passw0rd", "p@ssw0rd", "p@ssword", "password1", "11111111",
			"12345678", "123456789", "1234567890", "0987654321", "123123123", "12344321", "11223344", "qwertyui",
			"qwertyuiop", "qwerty", "asdfghjk", "asdfghjkl", "zxcvbnm", "1qaz2wsx", "qazwsxedc", "1q2w3e4r",
			"1q2w3e4r5t", "zaq12wsx", "abc12345", "abcd1234", "a1234567", "a12345678", "a123456789", "aa123456",
			"qq123456", "iloveyou", "woaini1314", "5201314", "admin", "administrator", "root", "welcome", "letmein",
			"changeme", "sunshine", "football", "baseball", "superman", "dragon", "monkey", "trustno1", "perfdesk",
			"perfdesk-demo", "jixiaotai");

	/**
	 * Digits and signs people append to a common word to pass a length rule: password1,
	 * admin@2025, perfdesk!.
	 */
	private static final Pattern APPENDED = Pattern.compile("[\\d\\p{Punct}\\s]+$");

	private PasswordRule() {
	}

	/**
	 * Refuses the password with a Chinese message keyed {@code password}; nothing to do
	 * when it is acceptable.
	 */
	static void check(String password, String username, String displayName) {
		problem(password, username, displayName).ifPresent(message -> {
			throw new RuleViolation("password", message);
		});
	}

	/** Why the password is refused, in Chinese; empty when it is acceptable. */
	static Optional<String> problem(String password, String username, String displayName) {
		if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
			return Optional.of("密码至少 " + MIN_LENGTH + " 位");
		}
		if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
			return Optional.of("密码不能超过 " + MAX_BYTES + " 个字节（约 72 个字母或数字，或 24 个汉字）");
		}
		String p = password.toLowerCase(Locale.ROOT);
		int[] c = p.codePoints().toArray();
		if (period(c) == 1) {
			return Optional.of("密码不能由同一个字符重复组成（如 11111111、aaaaaaaa），请换一个");
		}
		if (isRun(c)) {
			return Optional.of("密码不能是连续的数字或字母（如 12345678、abcdefgh、87654321），请换一个");
		}
		if (period(c) <= LONGEST_REPEATED_UNIT) {
			return Optional.of("密码不能是几个字符的简单重复（如 12121212、abcabcab），请换一个");
		}
		if (username != null && !username.isBlank() && p.contains(username.strip().toLowerCase(Locale.ROOT))) {
			return Optional.of("密码不能包含用户名，请换一个");
		}
		if (displayName != null) {
			for (String part : displayName.strip().toLowerCase(Locale.ROOT).split("\\s+")) {
				if (part.codePointCount(0, part.length()) >= 2 && p.contains(part)) {
					return Optional.of("密码不能包含姓名，请换一个");
				}
			}
		}
		String word = APPENDED.matcher(p).replaceFirst("");
		if (COMMON.contains(p) || COMMON.contains(word)) {
			return Optional.of("这是最常用的密码之一，很容易被猜中，请换一个");
		}
		return Optional.empty();
	}

	/**
	 * Every character one up, or every character one down, from the one before: 12345678,
	 * hgfedcba.
	 */
	private static boolean isRun(int[] c) {
		int step = c[1] - c[0];
		if (step != 1 && step != -1) {
			return false;
		}
		for (int i = 2; i < c.length; i++) {
			if (c[i] - c[i - 1] != step) {
				return false;
			}
		}
		return true;
	}

	/**
	 * The shortest k such that every character equals the one k places before it (the
	 * length when none is).
	 */
	private static int period(int[] c) {
		for (int k = 1; k < c.length; k++) {
			boolean repeats = true;
			for (int i = k; i < c.length && repeats; i++) {
				repeats = c[i] == c[i - k];
			}
			if (repeats) {
				return k;
			}
		}
		return c.length;
	}

}
