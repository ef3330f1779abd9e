package org.perfdesk.web;

import java.io.IOException;
import java.security.SecureRandom;
import java.util.Base64;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Content-Security-Policy, Referrer-Policy and Permissions-Policy on every answer (Spring
 * Security adds the others: X-Content-Type-Options, X-Frame-Options, Cache-Control, and
 * HSTS over HTTPS).
 * <p>
 * Scripts run only from this server ({@code /js}, {@code /webjars}) or, for the few
 * inline chart scripts that carry a page's figures, with the nonce drawn fresh for each
 * answer: the templates write it as {@code th:attr="nonce=${cspNonce}"}. Inline event
 * handlers ({@code onclick=}) are therefore impossible; the templates ask for that
 * behaviour with data attributes that {@code perfdesk.js} serves. So text that slipped
 * into a page unescaped could still not run as script.
 * <p>
 * Styles allow {@code 'unsafe-inline'}: the templates use {@code style=} attributes, and
 * ECharts writes the markup of its tooltips with them. Inline style cannot run code; it
 * is the script policy that matters.
 */
@Component
@Order(-190) // after RequestSizeLimit, before Spring Security, so that its error answers
				// carry the headers too
class SecurityHeaders extends OncePerRequestFilter {

	/**
	 * The request attribute, and so the template variable, holding this answer's script
	 * nonce.
	 */
	static final String NONCE = "cspNonce";

	static final String REFERRER_POLICY = "same-origin";

	/**
	 * Nothing here needs a camera, a microphone, the position or a payment: no page may
	 * ask for them.
	 */
	static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
			+ "serial=(), bluetooth=(), midi=(), display-capture=()";

	private final SecureRandom random = new SecureRandom();

	static String policy(String nonce) {
		return "default-src 'self'; script-src 'self' 'nonce-" + nonce + "'; style-src 'self' 'unsafe-inline'; "
				+ "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; "
				+ "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		byte[] bytes = new byte[18];
		random.nextBytes(bytes);
		String nonce = Base64.getEncoder().encodeToString(bytes);
		request.setAttribute(NONCE, nonce);
		response.setHeader("Content-Security-Policy", policy(nonce));
		response.setHeader("Referrer-Policy", REFERRER_POLICY);
		response.setHeader("Permissions-Policy", PERMISSIONS_POLICY);
		chain.doFilter(request, response);
	}

}
