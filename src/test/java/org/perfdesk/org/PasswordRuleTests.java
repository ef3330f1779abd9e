package org.perfdesk.org;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.perfdesk.shared.RuleViolation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PasswordRuleTests {

	private static String problem(String password) {
		return PasswordRule.problem(password, "wangxiao", "团市委办公室 王小填").orElse(null);
	}

	@ParameterizedTest
	@ValueSource(strings = { "Tz7-kestrel-harbour", "青年志愿者2025行动!", "9fj3LmQ2", "perfdesk-demo-is-long-now", "13572468",
			"abcdefgz" })
	void aPasswordNobodyGuessesFirstIsAccepted(String password) {
		assertThat(problem(password)).isNull();
	}

	@Test
	void tooShortAndTooLongForBcryptAreRefused() {
		assertThat(problem("Tz7-kes")).isEqualTo("密码至少 8 位");
		assertThat(problem(null)).isEqualTo("密码至少 8 位");
		assertThat(problem("Tz7-kestrel-harbour-".repeat(4).substring(0, 72))).isNull();
		assertThat(problem("Tz7-kestrel-harbour-".repeat(4).substring(0, 73))).contains("不能超过 72 个字节");
		assertThat(problem("xy".repeat(37))).contains("不能超过 72 个字节");
		// 27 Chinese characters are 81 bytes: BCrypt would refuse them, so the rule does
		// first, in Chinese
		assertThat(problem("青年志愿者行动绩效目标申报运行监控绩效自评报告审核通过")).contains("不能超过 72 个字节");
	}

	@ParameterizedTest
	@ValueSource(strings = { "aaaaaaaa", "11111111", "AAAAaaaa", "88888888888" })
	void oneCharacterRepeatedIsRefused(String password) {
		assertThat(problem(password)).startsWith("密码不能由同一个字符重复组成");
	}

	@ParameterizedTest
	@ValueSource(strings = { "12345678", "87654321", "abcdefgh", "HGFEDCBA", "3456789:", "stuvwxyz", "123456789" })
	void simpleRunsUpOrDownAreRefused(String password) {
		assertThat(problem(password)).startsWith("密码不能是连续的数字或字母");
	}

	@ParameterizedTest
	@ValueSource(strings = { "12121212", "abcabcab", "abcdabcd", "12341234", "passpass", "qwerqwerqwer" })
	void aFewCharactersRepeatedAreRefused(String password) {
		assertThat(problem(password)).startsWith("密码不能是几个字符的简单重复");
	}

	@Test
	void theUsernameOrThePersonsNameInsideThePasswordIsRefused() {
		assertThat(problem("WangXiao-2025")).isEqualTo("密码不能包含用户名，请换一个");
		assertThat(problem("我是王小填，密码很长")).isEqualTo("密码不能包含姓名，请换一个");
		assertThat(problem("团市委办公室的密码")).isEqualTo("密码不能包含姓名，请换一个");
		// a one-character part of a name is no clue
		assertThat(PasswordRule.problem("Tz7-kestrel-王", "ops", "王")).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "password", "Password1", "P@ssw0rd", "qwertyui", "abc12345", "a1234567", "iloveyou",
			"1234567890", "perfdesk", "perfdesk-demo", "Perfdesk2025!", "admin@2025", "woaini1314", "1qaz2wsx",
			"welcome123" })
	void theMostCommonPasswordsAreRefusedAlsoWithDigitsAppended(String password) {
		assertThat(problem(password)).isEqualTo("这是最常用的密码之一，很容易被猜中，请换一个");
	}

	@Test
	void checkThrowsARuleViolationOnThePasswordField() {
		assertThatThrownBy(() -> PasswordRule.check("12345678", "admin", "系统管理员"))
			.isInstanceOfSatisfying(RuleViolation.class, e -> {
				assertThat(e.field()).isEqualTo("password");
				assertThat(e.getMessage()).contains("连续的数字或字母");
			});
	}

}
