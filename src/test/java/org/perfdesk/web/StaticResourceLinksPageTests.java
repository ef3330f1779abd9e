package org.perfdesk.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.perfdesk.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * The application's link encoding: {@link StaticResourceLinks} in place of Spring's
 * per-link {@link ResourceUrlEncodingFilter}, pages still written with versioned webjar
 * URLs, and both the versioned and the versionless URL served.
 */
@IntegrationTest
class StaticResourceLinksPageTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Test
	void theOnlyResourceUrlEncodingFilterIsTheOneThatLeavesPageLinksAlone() {
		// were Boot's own filter registered again (ours removed, or a second one added),
		// every page link would be
		// looked up on the class path once more
		var encoders = context.getBeansOfType(FilterRegistrationBean.class)
			.values()
			.stream()
			.map(FilterRegistrationBean::getFilter)
			.filter(f -> f instanceof ResourceUrlEncodingFilter)
			.toList();
		assertThat(encoders).hasSize(1).allMatch(f -> f instanceof StaticResourceLinks);
		assertThat(context.getBeansOfType(ResourceUrlEncodingFilter.class)).isEmpty();
	}

	@Test
	void pagesLinkTheWebjarsWithTheirVersionAndBothUrlsServe() throws Exception {
		String html = mvc.perform(get("/projects").with(user(users.loadUserByUsername("filler"))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Matcher htmx = Pattern.compile("src=\"(/webjars/htmx\\.org/[0-9][^\"/]*/dist/htmx\\.min\\.js)\"").matcher(html);
		assertThat(htmx.find()).as("versioned htmx link in %s", html).isTrue();
		assertThat(html).contains("href=\"/css/perfdesk.css\"").contains("href=\"/projects/");
		mvc.perform(get(htmx.group(1)))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("htmx")));
		mvc.perform(get("/webjars/htmx.org/dist/htmx.min.js"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("htmx")));
		mvc.perform(get("/webjars/bootstrap/css/bootstrap.min.css")).andExpect(status().isOk());
	}

}
