package org.perfdesk.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.perfdesk.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Content-Security-Policy, Referrer-Policy and Permissions-Policy, and templates that
 * keep to the policy.
 */
@IntegrationTest
class SecurityHeadersTests {

	private static final Pattern NONCE = Pattern.compile("script-src 'self' 'nonce-([A-Za-z0-9+/=]+)'");

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Test
	void everyAnswerCarriesThePolicies() throws Exception {
		for (MockHttpServletResponse r : List.of(mvc.perform(get("/login")).andReturn().getResponse(),
				mvc.perform(get("/api/v1/units")).andReturn().getResponse(),
				mvc.perform(get("/projects")).andReturn().getResponse())) {
			String csp = r.getHeader("Content-Security-Policy");
			assertThat(csp).startsWith("default-src 'self'; ")
				.contains("object-src 'none'", "base-uri 'self'", "frame-ancestors 'none'", "form-action 'self'");
			assertThat(NONCE.matcher(csp).find()).isTrue();
			assertThat(directive(csp, "script-src")).doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
			assertThat(r.getHeader("Referrer-Policy")).isEqualTo("same-origin");
			assertThat(r.getHeader("Permissions-Policy")).contains("camera=()", "microphone=()", "geolocation=()");
			assertThat(r.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
		}
	}

	@Test
	void theInlineChartScriptCarriesTheNonceOfItsOwnAnswer() throws Exception {
		MockHttpServletResponse first = home();
		MockHttpServletResponse second = home();
		String nonce = nonce(first);
		assertThat(nonce).isNotEqualTo(nonce(second)).hasSizeGreaterThanOrEqualTo(24);
		List<String> inline = inlineScripts(first.getContentAsString());
		assertThat(inline).as("the workbench draws its budget chart with an inline script")
			.isNotEmpty()
			.allSatisfy(tag -> assertThat(tag).contains("nonce=\"" + nonce + "\""));
	}

	@Test
	void noTemplateHasAnInlineHandlerOrAScriptWithoutTheNonce() throws IOException {
		Pattern handler = Pattern.compile("<[^>]*[\\s:]on[a-z]+\\s*=", Pattern.CASE_INSENSITIVE);
		Pattern javascriptUrl = Pattern.compile("(href|action|src)\\s*=\\s*\"\\s*javascript:",
				Pattern.CASE_INSENSITIVE);
		try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
			List<Path> templates = files.filter(p -> p.toString().endsWith(".html")).toList();
			assertThat(templates).hasSizeGreaterThan(30);
			for (Path t : templates) {
				String html = Files.readString(t);
				assertThat(handler.matcher(html).find()).as("inline event handler in " + t).isFalse();
				assertThat(javascriptUrl.matcher(html).find()).as("javascript: URL in " + t).isFalse();
				for (String tag : inlineScripts(html)) {
					assertThat(tag).as("inline script in " + t).contains("th:attr=\"nonce=${cspNonce}\"");
				}
			}
		}
	}

	private MockHttpServletResponse home() throws Exception {
		return mvc.perform(get("/").with(user(users.loadUserByUsername("filler")))).andReturn().getResponse();
	}

	private static String nonce(MockHttpServletResponse response) {
		String csp = response.getHeader("Content-Security-Policy");
		assertThat(csp).isNotNull();
		Matcher m = NONCE.matcher(csp);
		assertThat(m.find()).isTrue();
		return m.group(1);
	}

	/** The opening tags of the scripts without a {@code src}. */
	private static List<String> inlineScripts(String html) {
		return Pattern.compile("<script\\b[^>]*>")
			.matcher(html)
			.results()
			.map(m -> m.group())
			.filter(tag -> !tag.matches("(?s).*\\s(th:)?src=.*"))
			.toList();
	}

	private static String directive(String csp, String name) {
		return Stream.of(csp.split(";"))
			.map(String::strip)
			.filter(d -> d.startsWith(name + " "))
			.findFirst()
			.orElseThrow();
	}

}
