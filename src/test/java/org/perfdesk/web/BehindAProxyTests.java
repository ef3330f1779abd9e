package org.perfdesk.web;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real Tomcat, reached as through a reverse proxy on the same machine that terminates
 * HTTPS and says so with {@code X-Forwarded-Proto} and {@code X-Forwarded-For}
 * ({@code server.forward-headers-strategy=native}). The same context as the browser
 * tests, so the server starts once for both.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class BehindAProxyTests {

	@LocalServerPort
	int port;

	final HttpClient http = HttpClient.newHttpClient();

	@Test
	void theSessionCookieIsSecureOverHttpsAndStillWorksOverPlainHttp() throws Exception {
		String overHttps = sessionCookie(get("/login", "X-Forwarded-Proto", "https"));
		assertThat(overHttps).startsWith("JSESSIONID=")
			.containsIgnoringCase("; Secure")
			.containsIgnoringCase("; HttpOnly")
			.containsIgnoringCase("SameSite=Lax");
		String plain = sessionCookie(get("/login"));
		assertThat(plain).startsWith("JSESSIONID=")
			.containsIgnoringCase("; HttpOnly")
			.doesNotContainIgnoringCase("Secure");
	}

	@Test
	void theLockOutCountsTheClientsAddressNotTheProxys() throws Exception {
		for (int i = 0; i < 5; i++) {
			assertThat(login("centre", "wrong-" + i, "203.0.113.77")).endsWith("/login?error");
		}
		assertThat(login("centre", "perfdesk-demo", "203.0.113.77")).endsWith("/login?error");
		// another client behind the same proxy is not locked out
		assertThat(login("centre", "perfdesk-demo", "203.0.113.78")).endsWith("/");
	}

	private HttpResponse<String> get(String path, String... headers) throws Exception {
		var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
		if (headers.length > 0) {
			request.headers(headers);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	/**
	 * Posts the login form, with the session and CSRF token of the login page, for the
	 * client; the redirect.
	 */
	private String login(String username, String password, String client) throws Exception {
		HttpResponse<String> page = get("/login", "X-Forwarded-For", client);
		String cookie = sessionCookie(page).split(";", 2)[0];
		Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page.body());
		assertThat(csrf.find()).isTrue();
		String form = "username=" + username + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8)
				+ "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
		HttpResponse<String> answer = http
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.header("Cookie", cookie)
				.header("X-Forwarded-For", client)
				.POST(HttpRequest.BodyPublishers.ofString(form))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(answer.statusCode()).isEqualTo(302);
		return answer.headers().firstValue("Location").orElseThrow();
	}

	private static String sessionCookie(HttpResponse<String> response) {
		List<String> cookies = response.headers().allValues("Set-Cookie");
		return cookies.stream()
			.filter(c -> c.startsWith("JSESSIONID="))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no session cookie in " + cookies));
	}

}
