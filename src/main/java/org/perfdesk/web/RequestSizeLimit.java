package org.perfdesk.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Bounds the body of API requests ({@code perfdesk.api.max-body-size}, 1 MB by default): a declared length above
 * the bound is refused before anything is read, and a chunked body is cut off while it is read, so a client
 * cannot make the server buffer megabytes of JSON. Answered with 400 and a Chinese message; nothing is saved.
 */
@Component
class RequestSizeLimit extends OncePerRequestFilter {

	static final String MESSAGE = "请求体过大，未保存任何内容";

	private final long maxBytes;

	RequestSizeLimit(Settings settings) {
		this.maxBytes = settings.maxBodySize().toBytes();
	}

	@ConfigurationProperties("perfdesk.api")
	record Settings(@DefaultValue("1MB") DataSize maxBodySize) {
	}

	/** Thrown while reading a chunked body that passes the bound. */
	static final class BodyTooLarge extends IOException {

		BodyTooLarge() {
			super(MESSAGE);
		}
	}

	static boolean isCause(Throwable e) {
		for (Throwable t = e; t != null; t = t.getCause()) {
			if (t instanceof BodyTooLarge) {
				return true;
			}
		}
		return false;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !request.getRequestURI().startsWith(request.getContextPath() + "/api/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getContentLengthLong() > maxBytes) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			response.setContentType("application/json;charset=UTF-8");
			response.getWriter().write("{\"status\":400,\"message\":\"" + MESSAGE + "（上限 " + maxBytes / 1024
					+ " KB）\",\"errors\":{}}");
			return;
		}
		chain.doFilter(new Bounded(request, maxBytes), response);
	}

	private static final class Bounded extends HttpServletRequestWrapper {

		private final long max;

		Bounded(HttpServletRequest request, long max) {
			super(request);
			this.max = max;
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			ServletInputStream in = super.getInputStream();
			return new ServletInputStream() {
				private long read;

				@Override
				public int read() throws IOException {
					int b = in.read();
					if (b >= 0 && ++read > max) {
						throw new BodyTooLarge();
					}
					return b;
				}

				@Override
				public int read(byte[] buf, int off, int len) throws IOException {
					int n = in.read(buf, off, len);
					if (n > 0 && (read += n) > max) {
						throw new BodyTooLarge();
					}
					return n;
				}

				@Override
				public boolean isFinished() {
					return in.isFinished();
				}

				@Override
				public boolean isReady() {
					return in.isReady();
				}

				@Override
				public void setReadListener(ReadListener listener) {
					in.setReadListener(listener);
				}
			};
		}
	}
}
