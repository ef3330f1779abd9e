package org.perfdesk.web;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * Resolves the links of static resources once, and leaves every other link a page builds
 * alone.
 * <p>
 * The resource chain is on (webjars-locator-lite turns it on, so that a versionless
 * {@code /webjars/htmx.org/dist/
 * htmx.min.js} is served and is written into pages with its version), and with it Spring
 * Boot registers Spring's {@link ResourceUrlEncodingFilter}. That filter hands every URL
 * a page builds (each {@code @{…}} of a template, so several per table row) to
 * {@link ResourceUrlProvider#getForLookupPath}. A page link such as {@code /projects/1}
 * matches the catch-all {@code /**} static handler, is looked up in each static location
 * on the class path, is not found, and nothing is cached: with 5,000 projects 84% of the
 * request time of the project and execution lists went there (docs/benchmarks.md). This
 * filter takes its place (Boot backs off when a {@code ResourceUrlEncodingFilter} is
 * registered): only paths under {@link #PREFIXES} go to the provider, each resolved path
 * is kept, and any other URL passes through untouched.
 */
class StaticResourceLinks extends ResourceUrlEncodingFilter {

	/**
	 * Where the static resources are: the webjars and the directories of
	 * {@code classpath:/static/}. The same paths {@code SecurityConfig} opens without
	 * sign-in.
	 */
	static final List<String> PREFIXES = List.of("/webjars/", "/css/", "/js/", "/img/");

	/**
	 * More resolved paths than the templates could name means something else is calling;
	 * stop keeping them.
	 */
	static final int MAX_KEPT = 1000;

	private final Supplier<ResourceUrlProvider> provider;

	private final Map<String, String> resolved = new ConcurrentHashMap<>();

	/**
	 * {@code provider} is asked for lazily: filters are made before Spring MVC's beans.
	 */
	StaticResourceLinks(Supplier<ResourceUrlProvider> provider) {
		this.provider = provider;
	}

	@Override
	public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
			throws IOException, ServletException {
		if (!(request instanceof HttpServletRequest http) || !(response instanceof HttpServletResponse httpResponse)) {
			chain.doFilter(request, response);
			return;
		}
		String contextPath = http.getContextPath();
		chain.doFilter(request, new HttpServletResponseWrapper(httpResponse) {

			@Override
			public String encodeURL(String url) {
				return super.encodeURL(resolve(contextPath, url));
			}
		});
	}

	/**
	 * The URL with the path of a static resource resolved (for a webjar: with its
	 * version), query and fragment kept; any other URL, and a static path that resolves
	 * to nothing, as it is.
	 */
	String resolve(String contextPath, String url) {
		if (url == null || !url.startsWith(contextPath)) {
			return url;
		}
		int end = endOfPath(url);
		String path = url.substring(contextPath.length(), end);
		if (PREFIXES.stream().noneMatch(path::startsWith)) {
			return url;
		}
		String found = resolved.get(path);
		if (found == null) {
			ResourceUrlProvider urls = provider.get();
			found = urls == null ? null : urls.getForLookupPath(path);
			if (found == null) {
				return url; // a missing resource: left as written, and looked up again
							// next time
			}
			if (resolved.size() < MAX_KEPT) {
				resolved.put(path, found);
			}
		}
		return contextPath + found + url.substring(end);
	}

	private static int endOfPath(String url) {
		int query = url.indexOf('?');
		int fragment = url.indexOf('#');
		int end = url.length();
		if (query >= 0) {
			end = query;
		}
		if (fragment >= 0 && fragment < end) {
			end = fragment;
		}
		return end;
	}

	@Configuration(proxyBeanMethods = false)
	static class Registration {

		/** For page requests and error pages, as Boot registers its own. */
		@Bean
		FilterRegistrationBean<ResourceUrlEncodingFilter> staticResourceLinks(
				ObjectProvider<ResourceUrlProvider> urls) {
			var registration = new FilterRegistrationBean<ResourceUrlEncodingFilter>(
					new StaticResourceLinks(urls::getIfAvailable));
			registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
			return registration;
		}

	}

}
