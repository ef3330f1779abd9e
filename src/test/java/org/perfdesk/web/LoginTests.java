package org.perfdesk.web;

import org.junit.jupiter.api.Test;
import org.perfdesk.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class LoginTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theLoginPageIsChinese() throws Exception {
		mvc.perform(get("/login")).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("预算绩效管理系统")));
	}

	@Test
	void everyDemoAccountLandsOnTheHomePage() throws Exception {
		for (String user : new String[] { "admin", "finance", "reviewer", "filler", "filler2" }) {
			mvc.perform(formLogin().user(user).password("perfdesk-demo")).andExpect(redirectedUrl("/"));
		}
	}

	@Test
	void passwordsAreStoredAsBcryptHashes() {
		assertThat(jdbc.sql("select password_hash from org_account").query(String.class).list())
			.isNotEmpty().allMatch(h -> h.startsWith("$2a$") && !h.contains("perfdesk-demo"));
	}

	@Test
	void fiveWrongPasswordsLockTheAccountEvenForTheRightPassword() throws Exception {
		for (int i = 0; i < 5; i++) {
			mvc.perform(formLogin().user("centre").password("wrong-" + i)).andExpect(redirectedUrl("/login?error"));
		}
		mvc.perform(formLogin().user("centre").password("perfdesk-demo")).andExpect(redirectedUrl("/login?locked"));
		mvc.perform(get("/api/v1/units").with(httpBasic("centre", "perfdesk-demo"))).andExpect(status().isUnauthorized());
		assertThat(jdbc.sql("select count(*) from audit_entry where action = 'LOGIN_LOCKED' and label = 'centre'")
			.query(Long.class).single()).isEqualTo(1);
		// the tests share one database: unlock again so that later test classes can sign in as centre
		jdbc.sql("update org_account set locked_until = null, failed_logins = 0 where username = 'centre'").update();
	}

	@Test
	void aSuccessfulLoginResetsTheCountOfFailures() throws Exception {
		for (int i = 0; i < 4; i++) {
			mvc.perform(formLogin().user("palace").password("wrong-" + i)).andExpect(redirectedUrl("/login?error"));
		}
		mvc.perform(formLogin().user("palace").password("perfdesk-demo")).andExpect(redirectedUrl("/"));
		mvc.perform(formLogin().user("palace").password("wrong-again")).andExpect(redirectedUrl("/login?error"));
		mvc.perform(formLogin().user("palace").password("perfdesk-demo")).andExpect(redirectedUrl("/"));
	}
}
