package org.perfdesk.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * Page links never reach the {@link ResourceUrlProvider} (per-link resolution made a
 * 5,000-project list page spend most of its time looking page paths up on the class
 * path); static paths do, once each.
 */
class StaticResourceLinksTests {

	static final String HTMX = "/webjars/htmx.org/dist/htmx.min.js";

	static final String HTMX_VERSIONED = "/webjars/htmx.org/2.0.10/dist/htmx.min.js";

	ResourceUrlProvider provider = mock(ResourceUrlProvider.class);

	StaticResourceLinks filter = new StaticResourceLinks(() -> provider);

	/**
	 * What a page rendered through the filter gets from {@code encodeURL}, for each URL.
	 */
	private List<String> encoded(String contextPath, String... urls) throws Exception {
		var request = new MockHttpServletRequest("GET", contextPath + "/projects");
		request.setContextPath(contextPath);
		List<String> out = new ArrayList<>();
		filter.doFilter(request, new MockHttpServletResponse(), (req, res) -> {
			for (String url : urls) {
				out.add(((HttpServletResponse) res).encodeURL(url));
			}
		});
		return out;
	}

	@Test
	void pageLinksPassThroughWithoutALookup() throws Exception {
		assertThat(encoded("", "/projects/1", "/execution/projects/7?month=3", "/", "/evaluations#list",
				"https://example.org/webjars/x.js", "/webjarsx/y.js"))
			.containsExactly("/projects/1", "/execution/projects/7?month=3", "/", "/evaluations#list",
					"https://example.org/webjars/x.js", "/webjarsx/y.js");
		verify(provider, never()).getForLookupPath(anyString());
	}

	@Test
	void aWebjarIsResolvedOnceAndKept() throws Exception {
		when(provider.getForLookupPath(HTMX)).thenReturn(HTMX_VERSIONED);
		assertThat(encoded("", HTMX, HTMX + "?v=1", HTMX)).containsExactly(HTMX_VERSIONED, HTMX_VERSIONED + "?v=1",
				HTMX_VERSIONED);
		assertThat(encoded("", HTMX)).containsExactly(HTMX_VERSIONED);
		verify(provider, times(1)).getForLookupPath(HTMX);
	}

	@Test
	void theContextPathIsKeptAndOnlyThePathBelowItIsLookedUp() throws Exception {
		when(provider.getForLookupPath(HTMX)).thenReturn(HTMX_VERSIONED);
		assertThat(encoded("/perfdesk", "/perfdesk" + HTMX, "/perfdesk/projects/1", "/other" + HTMX))
			.containsExactly("/perfdesk" + HTMX_VERSIONED, "/perfdesk/projects/1", "/other" + HTMX);
		verify(provider, times(1)).getForLookupPath(anyString());
	}

	@Test
	void aMissingResourceIsLeftAsWrittenAndNotKept() throws Exception {
		assertThat(encoded("", "/css/missing.css", "/css/missing.css")).containsExactly("/css/missing.css",
				"/css/missing.css");
		verify(provider, times(2)).getForLookupPath("/css/missing.css");
	}

}
