package org.perfdesk.web;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.perfdesk.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Form login and the API's basic authentication, with the lock-out of ADR 0005. The tests
 * share one application (and its in-memory login counters), so each test that fails
 * logins does so from client addresses of its own (documentation ranges 192.0.2.x,
 * 198.51.100.x, 203.0.113.x): MockMvc's default 127.0.0.1 stays clean for the other test
 * classes.
 */
@IntegrationTest
class LoginTests {

	static final String PASSWORD = "perfdesk-demo";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theLoginPageIsChinese() throws Exception {
		mvc.perform(get("/login"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("预算绩效管理系统")));
	}

	@Test
	void everyDemoAccountLandsOnTheHomePage() throws Exception {
		for (String user : new String[] { "admin", "finance", "reviewer", "filler", "filler2" }) {
			mvc.perform(formLogin().user(user).password(PASSWORD)).andExpect(redirectedUrl("/"));
		}
	}

	@Test
	void passwordsAreStoredAsBcryptHashes() {
		assertThat(jdbc.sql("select password_hash from org_account").query(String.class).list()).isNotEmpty()
			.allMatch(h -> h.startsWith("$2a$") && !h.contains("perfdesk-demo"));
	}

	@Test
	void fiveWrongPasswordsFromOneAddressLockTheAccountForThatAddressOnly() throws Exception {
		String attacker = "203.0.113.5";
		for (int i = 0; i < 5; i++) {
			mvc.perform(login("centre", "wrong-" + i, attacker)).andExpect(redirectedUrl("/login?error"));
		}
		// from the attacker's address even the right password is refused, exactly like a
		// wrong one
		mvc.perform(login("centre", PASSWORD, attacker)).andExpect(redirectedUrl("/login?error"));
		assertThat(api("centre", PASSWORD, attacker)).isEqualTo(api("centre", "wrong", "203.0.113.6"));
		assertThat(jdbc.sql("select count(*) from audit_entry where action = 'LOGIN_LOCKED' and label = 'centre'")
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(jdbc
			.sql("select c.new_value from audit_field_change c join audit_entry e on e.id = c.entry_id "
					+ "where e.action = 'LOGIN_LOCKED' and e.label = 'centre' and c.field = '锁定范围'")
			.query(String.class)
			.single()).isEqualTo("来自 " + attacker + " 的登录");
		// the person at their own desk is not locked out by somebody else's guesses
		mvc.perform(login("centre", PASSWORD, "198.51.100.20")).andExpect(redirectedUrl("/"));
		mvc.perform(get("/api/v1/units").with(httpBasic("centre", PASSWORD)).with(from("198.51.100.20")))
			.andExpect(status().isOk());
		assertThat(jdbc.sql("select locked_until from org_account where username = 'centre'")
			.query(java.sql.Timestamp.class)
			.optional()).isEmpty();
	}

	@Test
	void aLockedAccountAnswersLikeAWrongPasswordAndLikeANameThatDoesNotExist() throws Exception {
		String address = "192.0.2.30";
		jdbc.sql("update org_account set locked_until = :t where username = 'filler2'")
			.param("t", java.time.LocalDateTime.now(org.perfdesk.PerfDeskApplication.ZONE).plusMinutes(10))
			.update();
		try {
			MockHttpServletResponse locked = mvc.perform(login("filler2", PASSWORD, address)).andReturn().getResponse();
			MockHttpServletResponse wrong = mvc.perform(login("filler", "wrong-password", address))
				.andReturn()
				.getResponse();
			MockHttpServletResponse unknown = mvc.perform(login("nobody-here", "wrong-password", address))
				.andReturn()
				.getResponse();
			assertThat(List.of(locked.getRedirectedUrl(), wrong.getRedirectedUrl(), unknown.getRedirectedUrl()))
				.containsOnly("/login?error");
			String lockedApi = api("filler2", PASSWORD, address);
			assertThat(lockedApi).isEqualTo(api("filler", "wrong-password", address))
				.isEqualTo(api("nobody-here", "wrong-password", address))
				.isEqualTo("401 {\"status\":401,\"message\":\"" + SecurityConfig.UNAUTHORISED + "\"}");
			mvc.perform(get("/login").param("error", ""))
				.andExpect(content().string(org.hamcrest.Matchers.containsString("用户名或密码错误，或因多次输错已被暂时锁定")));
		}
		finally {
			jdbc.sql("update org_account set locked_until = null, failed_logins = 0 where username = 'filler2'")
				.update();
		}
	}

	@Test
	void aDisabledAccountIsToldSoOnlyAfterTheRightPassword() throws Exception {
		String address = "192.0.2.40";
		jdbc.sql("update org_account set enabled = false where username = 'filler2'").update();
		try {
			mvc.perform(login("filler2", "wrong-password", address)).andExpect(redirectedUrl("/login?error"));
			mvc.perform(login("filler2", PASSWORD, address)).andExpect(redirectedUrl("/login?disabled"));
			assertThat(api("filler2", PASSWORD, address)).isEqualTo(api("filler2", "wrong-password", address));
		}
		finally {
			jdbc.sql("update org_account set enabled = true, failed_logins = 0 where username = 'filler2'").update();
		}
	}

	@Test
	void manyFailuresFromOneAddressLockThatAddressForEveryName() throws Exception {
		String attacker = "198.51.100.66";
		for (int i = 0; i < 20; i++) {
			mvc.perform(login("guess" + i, "wrong", attacker)).andExpect(redirectedUrl("/login?error"));
		}
		mvc.perform(login("reviewer", PASSWORD, attacker)).andExpect(redirectedUrl("/login?error"));
		mvc.perform(get("/api/v1/units").with(httpBasic("reviewer", PASSWORD)).with(from(attacker)))
			.andExpect(status().isUnauthorized());
		// knocking on while locked is not counted against the account: a lock does not
		// grow into a bigger one
		mvc.perform(login("reviewer", "wrong", attacker)).andExpect(redirectedUrl("/login?error"));
		assertThat(jdbc.sql("select failed_logins from org_account where username = 'reviewer'")
			.query(Integer.class)
			.single()).isZero();
		mvc.perform(login("reviewer", PASSWORD, "198.51.100.67")).andExpect(redirectedUrl("/"));
	}

	@Test
	void theAccountItselfLocksOnlyAfterFiftyFailuresFromEverywhere() throws Exception {
		try {
			for (int i = 0; i < 50; i++) {
				String address = "203.0.113." + (100 + i / 5); // five from each address:
																// each pair locks in turn
				if (i == 45) {
					assertThat(jdbc.sql("select locked_until from org_account where username = 'palace'")
						.query(java.sql.Timestamp.class)
						.optional()).isEmpty();
				}
				mvc.perform(login("palace", "wrong-" + i, address)).andExpect(redirectedUrl("/login?error"));
			}
			assertThat(jdbc.sql("select locked_until from org_account where username = 'palace'")
				.query(java.sql.Timestamp.class)
				.optional()).isPresent();
			mvc.perform(login("palace", PASSWORD, "192.0.2.99")).andExpect(redirectedUrl("/login?error"));
			assertThat(jdbc
				.sql("select c.new_value from audit_field_change c join audit_entry e on e.id = c.entry_id "
						+ "where e.action = 'LOGIN_LOCKED' and e.label = 'palace' and c.field = '锁定范围'")
				.query(String.class)
				.list()).hasSize(11).containsOnlyOnce("所有来源地址");
		}
		finally {
			// the tests share one database: unlock again so that later test classes can
			// sign in as palace
			jdbc.sql("update org_account set locked_until = null, failed_logins = 0 where username = 'palace'")
				.update();
		}
	}

	@Test
	void aSuccessfulLoginResetsTheCountOfFailures() throws Exception {
		String address = "192.0.2.50";
		for (int i = 0; i < 4; i++) {
			mvc.perform(login("finance", "wrong-" + i, address)).andExpect(redirectedUrl("/login?error"));
		}
		mvc.perform(login("finance", PASSWORD, address)).andExpect(redirectedUrl("/"));
		mvc.perform(login("finance", "wrong-again", address)).andExpect(redirectedUrl("/login?error"));
		mvc.perform(login("finance", PASSWORD, address)).andExpect(redirectedUrl("/"));
	}

	/** The form login of the login page, sent from the given client address. */
	private static MockHttpServletRequestBuilder login(String username, String password, String address) {
		return post("/login").param("username", username).param("password", password).with(csrf()).with(from(address));
	}

	/** Status and body of an API call with these credentials from this address. */
	private String api(String username, String password, String address) throws Exception {
		MockHttpServletResponse r = mvc
			.perform(get("/api/v1/units").with(httpBasic(username, password)).with(from(address)))
			.andReturn()
			.getResponse();
		return r.getStatus() + " " + r.getContentAsString();
	}

	private static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

}
