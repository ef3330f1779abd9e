package org.perfdesk.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * Two filter chains: {@code /api/**} is stateless HTTP Basic (no session, so no CSRF
 * token to steal), everything else is form login with a session and CSRF protection on
 * every form. Data scope is not decided here but by the services, on every read and
 * write; this only makes sure somebody is signed in.
 */
@Configuration
@ConditionalOnWebApplication
@EnableMethodSecurity
class SecurityConfig {

	static final String UNAUTHORISED = "未登录，或用户名、密码错误；多次输错后将暂时锁定，请稍后再试";

	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http) throws Exception {
		http.securityMatcher("/api/**")
			.authorizeHttpRequests(a -> a.anyRequest().authenticated())
			// one answer for no, wrong, locked or disabled credentials: the API tells
			// nobody which names exist
			.httpBasic(basic -> basic.authenticationEntryPoint(
					(request, response, e) -> json(response, HttpServletResponse.SC_UNAUTHORIZED, UNAUTHORISED, true)))
			.exceptionHandling(e -> e.accessDeniedHandler(
					(request, response, denied) -> json(response, HttpServletResponse.SC_FORBIDDEN, "无权执行此操作", false)))
			.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(csrf -> csrf.disable());
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain pages(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests(a -> a
			.requestMatchers("/login", "/webjars/**", "/css/**", "/js/**", "/img/**", "/favicon.ico", "/error")
			.permitAll()
			// the interface description holds no data; every endpoint it describes still
			// requires a login
			.requestMatchers("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
			.permitAll()
			.anyRequest()
			.authenticated())
			.formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", true).failureHandler(loginFailure()))
			.logout(logout -> logout.logoutSuccessUrl("/login?logout"))
			.csrf(Customizer.withDefaults());
		return http.build();
	}

	/**
	 * A lock reads like a wrong password ({@code ?error}), so the page tells nobody which
	 * names exist or are locked. {@code ?disabled} comes only after the right password of
	 * an unlocked account (ThrottledLogin).
	 */
	private static AuthenticationFailureHandler loginFailure() {
		return (request, response, e) -> {
			String reason = e instanceof DisabledException ? "disabled" : "error";
			response.sendRedirect(request.getContextPath() + "/login?" + reason);
		};
	}

	private static void json(HttpServletResponse response, int status, String message, boolean challenge)
			throws IOException {
		response.setStatus(status);
		if (challenge) {
			response.setHeader("WWW-Authenticate", "Basic realm=\"PerfDesk\", charset=\"UTF-8\"");
		}
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.getWriter().write("{\"status\":" + status + ",\"message\":\"" + message + "\"}");
	}

}
