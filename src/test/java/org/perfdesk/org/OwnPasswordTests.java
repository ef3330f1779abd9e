package org.perfdesk.org;

import org.junit.jupiter.api.Test;
import org.perfdesk.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

@IntegrationTest
@Transactional
class OwnPasswordTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	UserDetailsService users;

	@Test
	void aPersonChangesTheirOwnPasswordOnlyWithTheCurrentOne() throws Exception {
		var reviewer = user(users.loadUserByUsername("reviewer"));
		mvc.perform(post("/password").with(reviewer)
			.with(csrf())
			.param("currentPassword", "guess")
			.param("password", "new-secret-1")
			.param("repeated", "new-secret-1")).andExpect(content().string(containsString("当前密码不正确")));
		mvc.perform(post("/password").with(reviewer)
			.with(csrf())
			.param("currentPassword", "perfdesk-demo")
			.param("password", "new-secret-1")
			.param("repeated", "new-secret-2")).andExpect(content().string(containsString("两次输入的新密码不一致")));
		assertThat(encoder.matches("perfdesk-demo", hash("reviewer"))).isTrue();

		mvc.perform(post("/password").with(reviewer)
			.with(csrf())
			.param("currentPassword", "perfdesk-demo")
			.param("password", "new-secret-1")
			.param("repeated", "new-secret-1")).andExpect(redirectedUrl("/password"));
		assertThat(encoder.matches("new-secret-1", hash("reviewer"))).isTrue();
		assertThat(hash("filler")).isNotEqualTo(hash("reviewer"));
		assertThat(encoder.matches("perfdesk-demo", hash("filler"))).isTrue();
	}

	@Test
	void theOwnNewPasswordMustNotBeTrivialOrCommon() throws Exception {
		var filler = user(users.loadUserByUsername("filler"));
		String before = hash("filler");
		String[][] cases = { { "aaaaaaaa", "同一个字符重复" }, { "87654321", "连续的数字或字母" }, { "filler-filler", "包含用户名" },
				{ "12345678", "连续的数字或字母" }, { "password1", "最常用的密码" }, { "王填报的新密码很长", "包含姓名" } };
		for (String[] c : cases) {
			mvc.perform(post("/password").with(filler)
				.with(csrf())
				.param("currentPassword", "perfdesk-demo")
				.param("password", c[0])
				.param("repeated", c[0])).andExpect(content().string(containsString(c[1])));
		}
		assertThat(hash("filler")).isEqualTo(before);
	}

	private String hash(String username) {
		return jdbc.sql("select password_hash from org_account where username = :u")
			.param("u", username)
			.query(String.class)
			.single();
	}

}
