package org.perfdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * What only the real container does: taking apart a multipart body (MockMvc never parses
 * one) and forwarding to {@code /error}. Signed in through the login form like a browser,
 * the CSRF token sent as a header.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class BrokenUploadTests {

	private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

	private static final Pattern CSRF_INPUT = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	HttpClient http;

	@BeforeEach
	void signIn() throws Exception {
		http = HttpClient.newBuilder()
			.cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(Duration.ofSeconds(10))
			.build();
		String token = token(CSRF_INPUT, send(HttpRequest.newBuilder(uri("/login")).GET()).body());
		String form = "username=filler&password=perfdesk-demo&_csrf="
				+ URLEncoder.encode(token, StandardCharsets.UTF_8);
		HttpResponse<String> login = send(HttpRequest.newBuilder(uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form)));
		assertThat(login.headers().firstValue("Location"))
			.hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
	}

	@Test
	void aMultipartBodyWithoutABoundaryIsA400WithAChineseMessage() throws Exception {
		assertRefused("multipart/form-data", "--x\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\nPK");
	}

	@Test
	void aMultipartBodyCutOffInTheMiddleIsA400WithAChineseMessage() throws Exception {
		assertRefused("multipart/form-data; boundary=XYZ", "--XYZ\r\nContent-Disposition: form-data; name=\"file\";"
				+ " filename=\"执行数.xlsx\"\r\nContent-Type: application/octet-stream\r\n\r\nPK\u0003\u0004 and then nothing");
	}

	@Test
	void theErrorPageAskedForDirectlyIsNotFound() throws Exception {
		HttpResponse<String> error = send(HttpRequest.newBuilder(uri("/error")).header("Accept", "text/html").GET());
		assertThat(error.statusCode()).isEqualTo(404);
		assertThat(error.body()).contains("页面不存在");
	}

	private void assertRefused(String contentType, String body) throws Exception {
		long months = jdbc.sql("select count(*) from execution_monthly").query(Long.class).single();
		String token = token(CSRF_META, send(HttpRequest.newBuilder(uri("/execution/import")).GET()).body());
		HttpResponse<String> upload = send(HttpRequest.newBuilder(uri("/execution/import"))
			.header("Content-Type", contentType)
			.header("X-CSRF-TOKEN", token)
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.ISO_8859_1)));
		assertThat(upload.statusCode()).isEqualTo(400);
		assertThat(upload.body()).contains(RequestErrors.BROKEN_UPLOAD);
		assertThat(jdbc.sql("select count(*) from execution_monthly").query(Long.class).single()).isEqualTo(months);
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
		return http.send(request.timeout(Duration.ofSeconds(30)).build(),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private static String token(Pattern pattern, String page) {
		Matcher m = pattern.matcher(page);
		assertThat(m.find()).as("CSRF token in the page").isTrue();
		return m.group(1);
	}

}
