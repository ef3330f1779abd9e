package org.perfdesk.web;

import org.junit.jupiter.api.Test;
import org.perfdesk.IntegrationTest;
import org.perfdesk.DemoYear;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

@IntegrationTest
class FiscalYearChoiceTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Test
	void theChosenYearIsRememberedAndSelectsTheProjects() throws Exception {
		int current = DemoYear.current();
		var reviewer = user(users.loadUserByUsername("reviewer"));
		mvc.perform(get("/projects").with(reviewer))
			.andExpect(content().string(containsString(current + " 年度项目库")))
			.andExpect(content().string(containsString("青少年心理健康关爱行动")));

		mvc.perform(post("/fiscal-year").param("year", Integer.toString(current - 1))
			.param("back", "/projects")
			.with(csrf())
			.with(reviewer)).andExpect(redirectedUrl("/projects"));

		// a new request, as after logging in again: the choice comes from the account,
		// not the session
		mvc.perform(get("/projects").with(user(users.loadUserByUsername("reviewer"))))
			.andExpect(content().string(containsString((current - 1) + " 年度项目库")))
			.andExpect(content().string(containsString("第八次代表大会")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("青少年心理健康关爱行动"))));

		mvc.perform(post("/fiscal-year").param("year", Integer.toString(current))
			.param("back", "/projects")
			.with(csrf())
			.with(reviewer));
	}

	@Test
	void theBackLinkNeverLeavesTheSite() {
		assertThat(FiscalYearController.safeBack("/projects/3")).isEqualTo("/projects/3");
		assertThat(FiscalYearController.safeBack("https://evil.example")).isEqualTo("/");
		assertThat(FiscalYearController.safeBack("//evil.example")).isEqualTo("/");
		assertThat(FiscalYearController.safeBack("/\\evil.example")).isEqualTo("/");
	}

}
